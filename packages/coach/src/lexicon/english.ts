/**
 * The commonest English words, texting forms included, that other languages our writers used
 * (Spanish, Tagalog, Polish, Welsh…) rarely share: "no", "me", "a" and "he" are left out for that
 * reason. A reply with too few of them is written in another language (coach 10.2). Data only.
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  `the you your you're and to it is that this i i'm im i've i'll my was for with have has are not just what of be we
  they she her his him but if at all can will would so u ur thats that's it's its do don't didn't did can't how when
  why who there here an or oh sorry ok okay love babe yeah yes really too very about from out up get got go going
  know think feel sounds sound like one some more much been had were our us them their then than because`.split(/\s+/),
);
