import webpush from "web-push";
import type { Store } from "../storage/store.ts";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  /** Who runs this server, for push services that need to reach them: mailto: or https:. */
  subject: string;
}

const SECRET_NAME = "vapid-keys";
export const DEFAULT_VAPID_SUBJECT = "mailto:operator@attune.invalid";

/**
 * The server's VAPID key pair: the operator's (VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY), or
 * one made on first start and kept in the database, so every instance signs with the same
 * key and subscriptions survive restarts (a new key would orphan every device).
 */
export async function loadVapidKeys(store: Store, given: Partial<VapidKeys>, now: number): Promise<VapidKeys> {
  const subject = given.subject ?? DEFAULT_VAPID_SUBJECT;
  if (given.publicKey && given.privateKey) return { publicKey: given.publicKey, privateKey: given.privateKey, subject };
  const candidate = webpush.generateVAPIDKeys();
  const stored = JSON.parse(await store.secrets.getOrCreate(SECRET_NAME, JSON.stringify(candidate), now)) as { publicKey: string; privateKey: string };
  return { publicKey: stored.publicKey, privateKey: stored.privateKey, subject };
}
