import { randomInt } from "node:crypto";
import { INVITE_ALPHABET, INVITE_CODE_LENGTH, INVITE_TTL_HOURS } from "@attune/shared";
import { UniqueViolation, type InviteRecord, type UserRecord } from "../storage/store.ts";
import type { DomainDeps } from "./deps.ts";
import { DomainError } from "./errors.ts";
import { newId } from "./ids.ts";
import { announceEnded, endGrantsOfCouple } from "./therapist/edges.ts";

export interface MeState {
  user: UserRecord;
  couple: { id: string; since: number; partner: UserRecord } | null;
  pendingInvite: InviteRecord | null;
}

const alreadyLinked = () => new DomainError("already_in_couple", "You're already linked with a partner. Unlink first to link with someone else.");
// Used, cancelled and unknown codes all look the same, so codes cannot be probed.
const noSuchInvite = () => new DomainError("not_found", "We couldn't find that invite. It may have been used or cancelled — ask for a new one.");

/** 8 characters from a 31-letter alphabet: ~40 bits, single use, 48 hours. */
export function newInviteCode(): string {
  let code = "";
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** The couple this person is in now, if any: what a live stream subscribes to. */
export async function currentCoupleId(deps: DomainDeps, userId: string): Promise<string | undefined> {
  return (await deps.store.couples.activeForUser(userId))?.id;
}

export async function describeMe(deps: DomainDeps, user: UserRecord): Promise<MeState> {
  const couple = await deps.store.couples.activeForUser(user.id);
  const partner = couple && (await deps.store.users.findById(couple.partnerId));
  const pendingInvite = couple ? undefined : await deps.store.invites.findPendingForInviter(user.id, deps.now());
  return {
    user,
    couple: couple && partner ? { id: couple.id, since: couple.since, partner } : null,
    pendingInvite: pendingInvite ?? null,
  };
}

/** Creates a fresh invite, replacing any pending one of this person. */
export async function createInvite(deps: DomainDeps, userId: string): Promise<InviteRecord> {
  if (await deps.store.couples.activeForUser(userId)) throw alreadyLinked();
  const now = deps.now();
  const invite: InviteRecord = {
    code: newInviteCode(),
    inviterId: userId,
    createdAt: now,
    expiresAt: now + INVITE_TTL_HOURS * 3600 * 1000,
    acceptedBy: null,
    acceptedAt: null,
  };
  await deps.store.transaction(async (repos) => {
    await repos.invites.deletePendingForInviter(userId);
    await repos.invites.create(invite);
  });
  return invite;
}

export async function cancelInvite(deps: DomainDeps, userId: string): Promise<void> {
  await deps.store.invites.deletePendingForInviter(userId);
}

async function usableInvite(deps: DomainDeps, code: string): Promise<InviteRecord> {
  const invite = await deps.store.invites.findByCode(code);
  if (!invite || invite.acceptedBy) throw noSuchInvite();
  if (invite.expiresAt <= deps.now()) {
    throw new DomainError("invite_expired", "This invite has expired. Ask your partner to create a new one.");
  }
  return invite;
}

export async function previewInvite(deps: DomainDeps, code: string): Promise<{ invite: InviteRecord; inviter: UserRecord }> {
  const invite = await usableInvite(deps, code);
  const inviter = await deps.store.users.findById(invite.inviterId);
  if (!inviter) throw noSuchInvite();
  return { invite, inviter };
}

/** Links the invitee with the inviter. Atomic: the invite is spent only if the couple is made. */
export async function acceptInvite(deps: DomainDeps, user: UserRecord, code: string): Promise<void> {
  const invite = await usableInvite(deps, code);
  if (invite.inviterId === user.id) {
    throw new DomainError("invite_own", "This is your own invite. Send the code or link to your partner instead.");
  }
  const now = deps.now();
  try {
    await deps.store.transaction(async (repos) => {
      if (await repos.couples.activeForUser(user.id)) throw alreadyLinked();
      if (await repos.couples.activeForUser(invite.inviterId)) {
        throw new DomainError("already_in_couple", "The person who invited you is already linked with someone.");
      }
      if (!(await repos.invites.markAccepted(code, user.id, now))) throw noSuchInvite();
      await repos.couples.create(newId(), [invite.inviterId, user.id], now);
      await repos.invites.deletePendingForInviter(user.id);
    });
  } catch (error) {
    if (error instanceof UniqueViolation) throw alreadyLinked();
    throw error;
  }
}

/**
 * Ends the couple for both partners. Entries stay where they are; what each shared
 * becomes readable by its author only, because reads check the active couple.
 */
export async function unlink(deps: DomainDeps, userId: string): Promise<void> {
  const couple = await deps.store.couples.activeForUser(userId);
  if (!couple) throw new DomainError("not_found", "You're not linked with a partner right now.");
  const now = deps.now();
  // Every therapist grant of the couple ends with it (issue 16).
  const endedGrants = await deps.store.transaction(async (repos) => {
    await repos.couples.end(couple.id, now);
    return endGrantsOfCouple(repos, couple.id, "unlinked", userId, now);
  });
  await announceEnded(deps, endedGrants, userId);
  // The partner's open app learns it at once, not on its next request.
  await deps.events.publish({ coupleId: couple.id, type: "couple", id: couple.id, actorId: userId });
}
