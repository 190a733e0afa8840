import { z } from "zod";

/** `:id` in a path: bounded, so a huge id is a 400 before anything reads it. */
export const idParams = z.object({ id: z.string().max(64) });
