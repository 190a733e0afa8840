/** Why an action was refused. Codes are stable (the API returns them); messages are ours. */
export const REPAIR_ERROR_CODES = [
  "invalid_action",
  "invalid_state",
  "finished",
  "safety_check_required",
  "paused",
  "not_paused",
  "not_yours_to_resume",
  "wrong_step",
  "out_of_turn",
  "already_done",
  "own_proposal",
  "nothing_to_accept",
  "limit_reached",
] as const;
export type RepairErrorCode = (typeof REPAIR_ERROR_CODES)[number];

/** Plain, calm messages; the app may show them as they are. */
export const REPAIR_ERROR_MESSAGES: Readonly<Record<RepairErrorCode, string>> = {
  invalid_action: "That step couldn't be saved as it is.",
  invalid_state: "This conversation couldn't be loaded.",
  finished: "This conversation has already finished.",
  safety_check_required: "The safety check comes first, for both of you.",
  paused: "The conversation is paused. It can carry on when the person who paused it is ready.",
  not_paused: "The conversation isn't paused.",
  not_yours_to_resume: "Your partner paused this; it will carry on when they're ready.",
  wrong_step: "That belongs to a different step of the conversation.",
  out_of_turn: "It's your partner's turn right now.",
  already_done: "You've already done this step; waiting for your partner.",
  own_proposal: "Your partner is the one to accept your suggestion, or to suggest another.",
  nothing_to_accept: "There's no agreement to accept yet; suggest one first.",
  limit_reached: "You've tried many times to put this into words. It may help to pause and come back to it later.",
};
