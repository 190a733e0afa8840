import { invitePreview, inviteView, meView, type InvitePreview, type InviteView, type MeView } from "@attune/shared";
import { call, callVoid } from "./client.ts";

const codePath = (code: string) => `/api/invites/${encodeURIComponent(code)}`;

export const createInvite = (): Promise<InviteView> => call("POST", "/api/invites", inviteView);
export const cancelInvite = () => callVoid("DELETE", "/api/invites/current");
export const previewInvite = (code: string): Promise<InvitePreview> => call("GET", codePath(code), invitePreview);
export const acceptInvite = (code: string): Promise<MeView> => call("POST", `${codePath(code)}/accept`, meView);
export const unlink = () => callVoid("POST", "/api/couple/unlink");
