import type { MeView } from "@attune/shared";

/** A therapist's account sees only the couples who brought them in; everyone else is a partner. */
export const isTherapist = (me: MeView): boolean => me.user.role === "therapist";
