/**
 * Helpers for browser tests that drive the real, built app. See README.md here.
 */
export { startTestServer, repoRoot, testScripts, webDist, type TestServer, type TestServerOptions } from "./server.ts";
export { chromiumArgs, chromiumPath, closeContexts, DESKTOP, launchBrowser, newPerson, PHONE } from "./browser.ts";
export { screenshot, screenshotDir } from "./screenshot.ts";
export { axeViolations, expectAccessible, type AxeOptions, type AxeViolation } from "./axe.ts";
export { signUpInBrowser, fillSignUp, logInInBrowser, uniqueEmail, type Person } from "./people.ts";
export { api, downloadText, fitsWidth, goInApp, pathOf } from "./page.ts";
export {
  accountByApi,
  apiAs,
  apiOk,
  coupleAccountsByApi,
  coupleByApi,
  pageOf,
  signUpByApi,
  signUpInContext,
  type Account,
  type ApiSignUpOptions,
} from "./api-people.ts";
export { testWithServer, type AppFixtures } from "./fixtures.ts";
export { waitForServiceWorker, withProfile, type ProfileDevice } from "./profile.ts";
