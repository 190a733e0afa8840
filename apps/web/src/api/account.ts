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
import { ApiFailure, call, callVoid } from "./client.ts";

/** Who is signed in, or null when nobody is (401 is an answer here, not an error). */
export async function fetchMe(): Promise<MeView | null> {
  try {
    return await call("GET", "/api/me", meView);
  } catch (error) {
    if (error instanceof ApiFailure && error.status === 401) return null;
    throw error;
  }
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
