import type { InviteView, MeView, SessionView } from "@attune/shared";
import type { MeState } from "../domain/couples.ts";
import type { InviteRecord, SessionRecord } from "../storage/store.ts";
import { iso } from "../domain/time.ts";

export function presentInvite(invite: InviteRecord, origin: string): InviteView {
  return { code: invite.code, link: `${origin}/invite/${invite.code}`, expiresAt: iso(invite.expiresAt) };
}

export function presentMe(me: MeState, origin: string): MeView {
  return {
    user: {
      id: me.user.id,
      email: me.user.email,
      displayName: me.user.displayName,
      createdAt: iso(me.user.createdAt),
      role: me.user.role,
      practiceName: me.user.practiceName,
    },
    couple: me.couple
      ? { id: me.couple.id, since: iso(me.couple.since), partner: { id: me.couple.partner.id, displayName: me.couple.partner.displayName } }
      : null,
    pendingInvite: me.pendingInvite ? presentInvite(me.pendingInvite, origin) : null,
  };
}

export function presentSession(session: SessionRecord, currentId: string): SessionView {
  return {
    id: session.id,
    createdAt: iso(session.createdAt),
    lastSeenAt: iso(session.lastSeenAt),
    userAgent: session.userAgent,
    current: session.id === currentId,
  };
}
