import type { MyDataExport } from "@attune/shared";
import type { TherapistAccessRecord, UserRecord } from "../../storage/store.ts";
import type { DomainDeps } from "../deps.ts";
import { coupleNow } from "./grants.ts";
import { endedOf } from "./state.ts";
import { coupleNameOf } from "./summary.ts";

const iso = (ms: number) => new Date(ms).toISOString();
/** Far more reads than any grant will see; the export is the whole log. */
const WHOLE_LOG = 100_000;
const entries = (log: TherapistAccessRecord[]) => log.map((e) => ({ id: e.id, at: iso(e.at), what: e.what, from: e.fromDay, to: e.toDay }));

/** A person's part in sharing with a therapist, for "Your data": grants of every couple they were in, or their clients. */
export async function exportTherapistSharing(deps: DomainDeps, user: UserRecord): Promise<NonNullable<MyDataExport["therapistSharing"]>> {
  const { store } = deps;
  const now = deps.now();
  const couples = user.role === "partner" ? await store.couples.historyForUser(user.id) : [];
  const grants = (await Promise.all(couples.map((c) => store.therapistGrants.forCouple(c.coupleId)))).flat();
  const clients = user.role === "therapist" ? await store.therapistGrants.forTherapist(user.id) : [];
  return {
    role: user.role,
    practiceName: user.practiceName,
    grants: await Promise.all(
      grants.map(async (g) => {
        const ended = endedOf(g, now, await coupleNow(deps, g.coupleId));
        const therapist = g.therapistId ? await store.users.findById(g.therapistId) : undefined;
        return {
          id: g.id,
          therapistName: therapist?.displayName ?? null,
          askedScopes: g.askedScopes,
          endsOn: g.endsOn,
          createdAt: iso(g.createdAt),
          ended: ended ? { at: iso(ended.at), reason: ended.reason } : null,
          accessLog: entries(await store.therapistGrants.accessLog(g.id, null, WHOLE_LOG)),
        };
      }),
    ),
    clients: await Promise.all(
      clients.map(async (g) => {
        const couple = await coupleNow(deps, g.coupleId);
        const ended = endedOf(g, now, couple);
        return {
          grantId: g.id,
          coupleName: coupleNameOf(couple.members),
          since: iso(g.joinedAt ?? g.createdAt),
          endedAt: ended ? iso(ended.at) : null,
          accessLog: entries(await store.therapistGrants.accessLog(g.id, null, WHOLE_LOG)),
        };
      }),
    ),
  };
}
