import type { MindHeartPromptInput } from "./schema.ts";

/**
 * Rotating prompts for the free-text "mind and heart" part of the daily check-in.
 * They invite the inner layer (feelings, worries, hopes), not a report of the day.
 * Ids are stable: add new prompts at the end with the next number; never reuse an id
 * (check-ins store the id of the prompt they answered).
 */
export const MIND_HEART_PROMPT_DATA: readonly MindHeartPromptInput[] = [
  {
    id: "mh-01",
    text: "What's been on your mind and heart today?",
    retired: { mergedInto: "starter-mind-and-heart", why: "The library starter starter-mind-and-heart asks the same." },
  },
  {
    id: "mh-02",
    text: "Did anything feel off today, even a little?",
    retired: { mergedInto: "starter-felt-off", why: "The library starter starter-felt-off asks the same." },
  },
  {
    id: "mh-03",
    text: "How are you really doing, underneath the busy parts?",
    retired: { mergedInto: "starter-how-really", why: "The library starter starter-how-really asks the same." },
  },
  { id: "mh-04", text: "What's one feeling that stayed with you today?" },
  { id: "mh-05", text: "What's been weighing on you lately?" },
  { id: "mh-06", text: "What are you hoping for right now?" },
  { id: "mh-07", text: "Was there a moment today when you felt close to someone?" },
  { id: "mh-08", text: "What's something you're quietly worried about?" },
  { id: "mh-09", text: "What gave you a lift today, however small?" },
  { id: "mh-10", text: "Was there a moment today you wish had gone differently?" },
  { id: "mh-11", text: "What's taking up the most room in your head right now?" },
  { id: "mh-12", text: "If your heart could speak right now, what would it say?" },
  { id: "mh-13", text: "What did you need today that you didn't quite get?" },
  { id: "mh-14", text: "What felt good in your body today, and where did you hold tension?" },
  { id: "mh-15", text: "What's something you haven't said out loud yet?" },
  { id: "mh-16", text: "When today did you feel most at ease in your own skin?" },
  { id: "mh-17", text: "What stirred you up today: something mad, sad, glad or scary?" },
  { id: "mh-18", text: "What are you carrying with you into tomorrow?" },
  { id: "mh-19", text: "Was there a moment today you felt unseen or brushed aside?" },
  { id: "mh-20", text: "What's a small joy from today you'd like to remember?" },
  { id: "mh-21", text: "What was the feeling behind the biggest thing that happened today?" },
  { id: "mh-22", text: "Is there anything coming up that you're looking forward to, or dreading?" },
  { id: "mh-23", text: "What would you like me to know about your day that wasn't on the calendar?" },
  { id: "mh-24", text: "What surprised you about how you felt today?" },
  { id: "mh-25", text: "What's tugging at you that you haven't had time to think about?" },
  { id: "mh-26", text: "Did anything today stir up an old feeling?" },
  { id: "mh-27", text: "What are you proud of today, even quietly?" },
  { id: "mh-28", text: "What's one thing that would help you feel a little better today?" },
  { id: "mh-29", text: "Is there a hope or worry about us on your mind at the moment?" },
  { id: "mh-30", text: "What have you been telling yourself today?" },
  { id: "mh-31", text: "How full does your tank feel right now, and what filled or drained it?" },
  { id: "mh-32", text: "Was there a moment today you wished someone were beside you?" },
  { id: "mh-33", text: "What's something you're grateful for that also feels a bit tender?" },
  { id: "mh-34", text: "Which part of today are you still turning over?" },
  { id: "mh-35", text: "Is there something you've been brushing off that actually matters to you?" },
  { id: "mh-36", text: "What felt heavy today, and what felt light?" },
  { id: "mh-37", text: "If you pause for a breath, what do you notice you're feeling?" },
  { id: "mh-38", text: "What lit you up today?" },
  { id: "mh-39", text: "What's something you're nervous about this week?" },
  { id: "mh-40", text: "Did something today make you feel cared for?" },
  { id: "mh-41", text: "What's on your heart that you'd like some company with?" },
  { id: "mh-42", text: "What's a thought you keep coming back to?" },
  { id: "mh-43", text: "How did today leave you feeling about yourself?" },
  { id: "mh-44", text: "What's a change you're noticing in yourself lately?" },
  { id: "mh-45", text: "Underneath the to-do list, how are you feeling?" },
];
