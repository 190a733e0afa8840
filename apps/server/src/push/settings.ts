import type { PushPrefs, PushSettingsView, PushSubscriptionBody } from "@attune/shared";
import type { DomainDeps } from "../domain/deps.ts";
import { DomainError, notFound } from "../domain/errors.ts";
import type { SessionRecord, UserRecord } from "../storage/store.ts";
import type { PushService } from "./service.ts";

/** Nothing is on until the person turns it on. */
const DEFAULT_PREFS: PushPrefs = { kinds: [], reminderTime: null, quietHours: null, timeZone: "UTC" };

export async function pushSettings(deps: DomainDeps, push: PushService, user: UserRecord, session: SessionRecord): Promise<PushSettingsView> {
  const stored = await deps.store.push.prefsFor(user.id);
  const prefs: PushPrefs = stored
    ? { kinds: stored.kinds as PushPrefs["kinds"], reminderTime: stored.reminderTime, quietHours: stored.quietHours, timeZone: stored.timeZone }
    : DEFAULT_PREFS;
  return { prefs, thisDevice: await deps.store.push.hasSubscriptionForSession(session.id), publicKey: await push.publicKey() };
}

export async function savePushPrefs(deps: DomainDeps, user: UserRecord, prefs: PushPrefs): Promise<PushPrefs> {
  const kinds = [...new Set(prefs.kinds)];
  await deps.store.push.savePrefs({
    userId: user.id,
    kinds,
    reminderTime: prefs.reminderTime,
    quietHours: prefs.quietHours,
    timeZone: prefs.timeZone,
    updatedAt: deps.now(),
  });
  return { ...prefs, kinds };
}

/** This device (this session) receives the person's notifications from now on. */
export async function subscribeDevice(
  deps: DomainDeps,
  push: PushService,
  user: UserRecord,
  session: SessionRecord,
  body: PushSubscriptionBody,
): Promise<void> {
  if (!push.acceptsEndpoint(body.endpoint)) {
    throw new DomainError("validation_failed", "That push address is not one Attune can send to (it must use https).", { field: "endpoint" });
  }
  await deps.store.push.saveSubscription({
    endpoint: body.endpoint,
    userId: user.id,
    sessionId: session.id,
    p256dh: body.keys.p256dh,
    auth: body.keys.auth,
    createdAt: deps.now(),
  });
}

/** Stops notifications to one of the person's devices; someone else's device looks missing. */
export async function unsubscribeDevice(deps: DomainDeps, user: UserRecord, endpoint: string): Promise<void> {
  if (!(await deps.store.push.deleteSubscription(user.id, endpoint))) throw notFound("That device");
}
