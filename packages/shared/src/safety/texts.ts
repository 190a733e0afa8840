import type { HelpKind } from "./resources.ts";

/**
 * The words of the safety layer. Calm, never alarming, never blaming, and never saying
 * who answered what: the neutral outcome reads the same whether someone raised a concern
 * or simply chose "not now".
 */

/** What both partners see when guided repair does not start: after a concern, a "not now", or an end at the check. */
export const NOT_STARTED = {
  title: "Guided repair won't start this time",
  intro: "One of you would rather not start right now, and that's okay. No reason is needed, and nothing about anyone's answers is shared.",
  tips: [
    "You can try again in a day or so, when you both feel ready.",
    "Some days a walk, a night's sleep or a bit of space helps more than talking.",
    "If you'd like support, the help page lists confidential services you can contact on your own.",
  ],
  /** How the wait is said when someone tries to start again too soon. */
  again: (when: string) => `Guided repair can start again ${when}. A pause gives you both room.`,
} as const;

/** Shown only to the person whose own answers raised a concern, on their own screen, never stored. */
export const PRIVATE_HELP = {
  title: "You deserve to feel safe",
  intro:
    "Thank you for answering honestly. Your answers have not been shared with your partner and are not saved. They will see only that guided repair didn't start.",
  tips: [
    "Talking to someone trained to help can make a real difference. It's confidential, and you decide what happens next.",
    "If you are in danger right now, call your local emergency number.",
    'On a shared device, you may want to clear your browser history after looking for help. "Leave quickly" closes this page at once.',
  ],
} as const;

/** The one-line help link shown privately wherever a person's own answers say they are afraid of their partner. */
export const GENTLE_HELP_LINK = "If you ever feel afraid of your partner, confidential help is here.";

export const QUICK_EXIT = {
  label: "Leave quickly",
  hint: "Closes this page at once and opens a neutral one.",
  /** A neutral page that says nothing about relationships, opened in place of ours. */
  url: "https://www.google.com/search?q=weather+today",
} as const;

export const HELP_PAGE = {
  title: "Help and safety",
  intro:
    "If you're worried about your relationship or your safety, these confidential services can listen and help you think things through. You don't need to be signed in to see this page.",
  countryLabel: "Services for",
  guessed: "We guessed this from your browser's language; change it if it's wrong.",
  otherCountries: "Other countries",
  international: "Wherever you are",
  checked: (day: string) => `Checked against each service's public information on ${day}.`,
} as const;

export const HELP_KIND_LABELS: Readonly<Record<HelpKind, string>> = {
  abuse: "If you're being hurt, threatened or controlled",
  crisis: "If you're struggling or thinking of suicide",
  emergency: "In an emergency",
  own_behaviour: "If you're worried about your own behaviour",
};

/** The private check before conflict work in the library: same questions as guided repair. */
export const PRACTICE_CHECK = {
  title: "A quick, private check first",
  intro:
    "This practice works on conflict or on tender spots, so it's best done when you feel completely safe with your partner. Your answers stay on this screen: they're not saved and not shared.",
  notNow: "Not now",
  /** Shown instead of the practice when the person's own answers raise a concern. */
  concernIntro:
    "Thank you for answering honestly. Your answers stay on this screen: they are not saved and not shared. This practice isn't the right one for now, and support is here if you'd like it.",
  go: "Continue to the practice",
} as const;
