import {
  meView,
  resetRequestView,
  sessionView,
  type ChangePasswordBody,
  type LoginBody,
  type MeView,
  type ResetCompleteBody,
  type ResetRequestBody,
  type SessionView,
  type SignupBody,
} from "@attune/shared";
import { z } from "zod";
import { call, callVoid } from "./client.ts";

/** Who is signed in on this device, or null when nobody is (the server answers 200 either way). */
export async function fetchMe(): Promise<MeView | null> {
  return (await call("GET", "/api/session", z.object({ me: meView.nullable() }))).me;
}

export const signUp = (body: SignupBody) => call("POST", "/api/auth/signup", meView, body);
export const logIn = (body: LoginBody) => call("POST", "/api/auth/login", meView, body);
export const logOut = () => callVoid("POST", "/api/auth/logout");
export const requestReset = (body: ResetRequestBody) => call("POST", "/api/auth/reset/request", resetRequestView, body);
export const completeReset = (body: ResetCompleteBody) => call("POST", "/api/auth/reset/complete", meView, body);
export const changePassword = (body: ChangePasswordBody) => callVoid("POST", "/api/me/password", body);

const sessionList = z.object({ sessions: z.array(sessionView) });
export const listSessions = async (): Promise<SessionView[]> => (await call("GET", "/api/sessions", sessionList)).sessions;
export const endSession = (id: string) => callVoid("DELETE", `/api/sessions/${encodeURIComponent(id)}`);
export const endOtherSessions = () => callVoid("DELETE", "/api/sessions");
