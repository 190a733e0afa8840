// Shares alone (no reply yet): outer layer vs inner layer, advice requests, and the
// core emotions they clearly express.
import { cases } from "./types.ts";

export const shareCases = cases([
  { id: "shr-01", share: "Fine. Lots of meetings.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-02", share: "went to the shops, did the washing, picked up the kids", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-03", share: "Busy day. Two calls, one site visit, back by six.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-04", share: "ok I guess", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-05", share: "Had lunch with Tom, then the dentist, then gym.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-06", share: "Same as always. Work, train, home.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-07", share: "Finished the quarterly report and sent it off.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-08", share: "nothing much. watched telly.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-09", share: "The plumber came at 10 and fixed the leak. Then I cleaned the bathroom.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-10", share: "Mum visited. We went to the garden centre.", expect: { pitfalls: [], moves: [], shareDepth: "surface", asksAdvice: false } },
  { id: "shr-11", share: "I felt overwhelmed in that meeting and I'm still anxious", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["fear"] } },
  { id: "shr-12", share: "I'm furious with my brother for lying to me", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["mad"] } },
  { id: "shr-13", share: "I've been so sad since Grandma died, I miss her every day", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["sad"] } },
  { id: "shr-14", share: "I'm so happy today, the sun was out and I got loads done", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["glad"] } },
  { id: "shr-15", share: "I'm terrified about the biopsy", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["fear"] } },
  { id: "shr-16", share: "honestly i'm so angry i could scream", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["mad"] } },
  { id: "shr-17", share: "I feel lonely even when we're in the same room", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["sad"] } },
  { id: "shr-18", share: "Feeling really grateful and happy for us tonight", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["glad"] } },
  { id: "shr-19", share: "I'm worried sick about money", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["fear"] } },
  { id: "shr-20", share: "I was so annoyed when the train got cancelled, and then sad because I missed Lily's recital", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["mad", "sad"] } },
  { id: "shr-21", share: "Proud of myself today, I finally spoke up in the meeting", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["glad"] } },
  { id: "shr-22", share: "I'm nervous about the move and also excited", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["fear"] } },
  { id: "shr-23", share: "I've felt heartbroken all week about the breakup", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["sad"] } },
  { id: "shr-24", share: "So frustrated with the council I can't even", expect: { pitfalls: [], moves: [], shareDepth: "inner", asksAdvice: false, shareEmotions: ["mad"] } },
  // Advice requests.
  { id: "shr-25", share: "What should I do about my sister? She keeps asking for money.", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-26", share: "any advice for getting through a long-haul flight with a toddler?", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-27", share: "I'm stuck on whether to take the job. What would you do?", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-28", share: "How do I tell my boss I need time off without sounding flaky? I'm anxious about it", expect: { pitfalls: [], moves: [], asksAdvice: true, shareDepth: "inner", shareEmotions: ["fear"] } },
  { id: "shr-29", share: "Can you help me figure out what to say to Dad?", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-30", share: "Do you think I should go to the reunion?", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-31", share: "I need some ideas for Mum's 60th, I'm drawing a blank", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  { id: "shr-32", share: "Should I say something to Priya or let it go?", expect: { pitfalls: [], moves: [], asksAdvice: true } },
  // Not advice requests even with question marks or "should".
  { id: "shr-33", share: "I should have left earlier, I was so late and so embarrassed", expect: { pitfalls: [], moves: [], asksAdvice: false, shareDepth: "inner" } },
  { id: "shr-34", share: "Why does this always happen to me? I'm so sad about it", expect: { pitfalls: [], moves: [], asksAdvice: false, shareDepth: "inner", shareEmotions: ["sad"] } },
  { id: "shr-35", share: "I don't need advice, I just need to vent about my manager. She's infuriating.", expect: { pitfalls: [], moves: [], asksAdvice: false, shareDepth: "inner", shareEmotions: ["mad"] } },
  { id: "shr-36", share: "Guess who got the promotion? Me! I'm thrilled", expect: { pitfalls: [], moves: [], asksAdvice: false, shareDepth: "inner", shareEmotions: ["glad"] } },
]);
