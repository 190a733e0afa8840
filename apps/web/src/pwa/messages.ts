/** Messages between the page and the service worker. */
export const SKIP_WAITING_MESSAGE = "SKIP_WAITING";
/** From the worker: a notification was clicked; the app should show this path. */
export const OPEN_SCREEN_MESSAGE = "attune:open-screen";
