/**
 * HTTP rules both apps follow. The server refuses a state-changing request without this
 * header; the web client sends it on every one (a cross-site form cannot set it).
 */
export const CSRF_HEADER = "x-attune-csrf";
