/**
 * Pitfall patterns (DOMAIN.md §3), written by this project. Data only: the scanner in
 * `rules/scan.ts` applies them sentence by sentence, skipping quoted speech, negated
 * and reported phrases; `rules/context.ts` applies the share's context (asked advice).
 */
import type { PitfallId } from "../contract.ts";
import { ADV, DONT, EVAL, FEEL, ITS, OPENER, YOU, YOURE, alt, rx } from "./fragments.ts";
import type { PatternSpec } from "./types.ts";

/** Verbs that open advice when they start a sentence ("Text her.", "Just ask him."). */
export const ADVICE_VERBS: readonly string[] = [
  "ask", "apply", "apologi[sz]e", "appeal", "avoid", "block", "book", "buy", "call", "cancel", "change", "check",
  "complain", "confront", "cut", "delete", "do", "drink", "drop", "eat", "email", "focus", "forget", "get", "give",
  "go", "google", "hire", "ignore", "join", "journal", "keep", "leave", "let it go", "let them", "let her", "let him",
  "limit", "look into", "look for", "make", "meditate", "message", "move", "mute", "pick", "plan", "practi[sc]e",
  "prepare", "push", "put", "quit", "read", "remember", "report", "ring", "say", "schedule", "see", "send", "set",
  "sign up", "sleep", "speak", "start", "stay", "stick", "stop", "switch", "take", "talk", "tell", "text",
  "treat", "try", "turn", "unfollow", "use", "walk", "wear", "work", "write", "laugh it off", "reach out",
  "delegate", "prioriti[sz]e", "breathe", "exercise", "relax", "chill", "sort", "fix", "find", "write down", "learn",
  "contact", "consider", "reply", "respond", "invite", "join", "volunteer", "spend", "save", "budget", "sell",
];
const VERB = alt(ADVICE_VERBS);
// "tell me", "talk to me", "take your time", "go lie down": invitations and care, not advice.
const NOT_ADVICE = "(?!(?:do|have|did|can|could|will|would|should|is|are|does)\\s+(?:you|u|ya|i|we|they|he|she|it|that|this|there|your|ur|not you)\\b|talk to (?:you|u) (?:later|soon|tomorrow)|see (?:you|u|ya)\\b|take care\\b|(?:tell|talk to|call|text|ring|ask|message) me\\b|take (?:your|a) (?:time|minute|moment|breath)|take it easy|take care|go (?:lie|lay|to bed|to sleep|have a)|get some (?:rest|sleep)|let me\\b|let's\\b|let it out|stay (?:in|home|with me|there)|keep (?:me|talking|going)|look after yourself|do whatever|do what(?:ever)? you need|forget (?:about )?(?:dinner|the dishes|the washing|the chores)|sleep (?:well|tight)|stop (?:worrying|stressing|being|crying|moping|overthinking|it|that)\\b)";

/** "…that you could", "what you need to do", "anything else you could": a description, not advice. */
const NOT_AFTER = "(?<!\\b(?:that|if|what|whether|which|when|where|how|anything|something|things|everything|anything else|something else|feel like|feel|think|confident|sure|saying|said|told|because|cause|cos|as|unless|than|ways?|who|whatever|wherever|whenever|before|until|till|once|so|like|know|knew|hoping|hope|wish|mean|means|realise|realize|understand|whom|why|thing|one|ones|stuff|way|options?|people|someone|anyone|nothing) (?:[a-z]+ )?)";
const MODAL_ADVICE = [
  `${NOT_AFTER}\\b${YOU}\\s+(?:really\\s+|definitely\\s+|just\\s+|probably\\s+|seriously\\s+|honestly\\s+)?(?:should|shud|shld|ought to|oughta|need to|needa|have to|gotta|have got to|'?ve got to|must|could|might want to|may want to|might wanna|want to (?!talk|tell|share|vent|rant))\\s+(?!be (?:so|really)?\\s*(?:proud|gutted|exhausted|upset|angry|furious|sad|scared|worried|hurt)|feel|have felt|have been|do what(?:ever)? you need)`,
  `\\b${YOU}'?d (?:better|best)\\b`,
  `\\b${YOU} (?:can|could) (?:always|just|try)\\b`,
];

export const PITFALL_PATTERNS: Readonly<Record<PitfallId, readonly PatternSpec[]>> = {
  fixing: [
    { re: rx(alt(MODAL_ADVICE)), span: "sentence" },
    { re: rx(`^${OPENER}(?:maybe |perhaps |just |then |first |so |honestly |seriously |definitely |def |pls |please |now |next time,? |tomorrow,? |tonight,? )*`, NOT_ADVICE, VERB, "\\b(?![?'-])"), span: "sentence", tag: "imperative" },
    { re: rx("\\bwhy (?:don'?t|dont|not) (?:you|u|ya|just|try|ask|tell|talk|go|get|call|text)\\b"), span: "sentence" },
    { re: rx("(?:^|[,;:.!?]\\s*|\\b(?:and|so|but|well|ok|okay|or|yeah|hmm|maybe)\\s+)have (?:you|u) (?:ever )?(?:tried|thought about|thought of|considered|looked into)\\b"), span: "sentence" },
    { re: rx("\\bdid (?:you|u) (?:try|think about|consider)\\b(?! to)"), span: "sentence" },
    { re: rx("\\b(?:maybe|perhaps|could|might)\\s+(?:just\\s+)?try\\b"), span: "sentence" },
    { re: rx(`(?:^${OPENER}|\\b(?:maybe|just|perhaps|please|pls|and|then|so|could|might|should|gotta|to) )try (?:not to|to|and|doing|being|talking|getting|going|taking|making|putting|writing|some|a|an|the|this|that|it|out|something)\\b`), span: "sentence" },
    { re: rx("\\b(?:it )?(?:might|may|could|would|will) (?:help|be (?:good|worth|a good idea|better|best|smart|wise)) (?:to|if you)\\b"), span: "sentence" },
    { re: rx("\\b(?:the best thing|what you need|all you need|the trick|the answer|the key|the solution)(?: to do)? (?:is|would be)\\b"), span: "sentence" },
    { re: rx("\\bif i (?:were|was) you\\b"), span: "sentence" },
    { re: rx(NOT_AFTER, "\\bi'?d (?:just |definitely |probably |honestly |seriously |totally )?", NOT_ADVICE, "(?:", VERB, "|tell|push back|look|say)\\b"), span: "sentence", tag: "wouldDo" },
    { re: rx("\\bi (?:would|will) (?:just |definitely |probably )?(?:tell|push back|say|go|call|talk|email|report|quit|leave|ask)\\b"), span: "sentence", tag: "wouldDo" },
    { re: rx("\\bi (?:suggest|recommend|advise)\\b|\\bmy (?:advice|suggestion|tip) (?:is|would be)\\b|\\b(?:a )?(?:quick )?(?:tip|pro tip|suggestion)\\s*:"), span: "sentence" },
    { re: rx("\\bhow about (?:you |u |just |we )?\\w+ing\\b|\\bwhat if (?:you|u) (?:just |tried |told |asked |talked )"), span: "sentence" },
    { re: rx("\\bnext time,? (?:just |try |you |go |tell |ask |say )"), span: "sentence" },
    { re: rx("\\b(?:it'?s|its) time (?:to|you)\\b|\\bmake sure (?:you|u|to)\\b|(?:^|\\b(?:it'?s|it is|probably|prob|honestly) )best (?:to|bet is)\\b|\\byou'?re better off\\b"), span: "sentence" },
    { re: rx("\\b(?:have|get) (?:a|an|some) (?:\\w+ )?(?:chat|word|talk|conversation) with (?:him|her|them|your)"), span: "sentence" },
    { re: rx("\\bproblem solved\\b"), span: "sentence" },
    { re: rx(`\\b(?:maybe|perhaps) ${YOU} (?:can|could|should|shud|might|need|try|want)\\b|\\bperhaps (?:it (?:might|may|would) be|try|be|think|consider|talk|get|look|a |an |some |the best)\\b|\\bi (?:would|will|'?d) (?:definitely |strongly |highly |probably |really |also )?(?:recommend|reccomend|suggest|consider|look into|advise)\\b|\\b(?:might|may|could|would) (?:really |also |possibly |definitely )?(?:help|benefit) (?:you|u|to|if)\\b|\\b${YOU} (?:might|may|could|would) (?:really )?benefit\\b|\\bhave ${YOU} (?:contemplated|looked at)\\b|\\bis it possible (?:that )?${YOU} (?:could|can|might)\\b|\\b(?:it )?(?:may|might) be (?:time|worth|a good idea|an idea)\\b|\\bi'?d like (?:you|u) to\\b|\\b(?:it'?s|it is) (?:really |very |so )?(?:important|essential|crucial|vital|key) (?:that you|for you to|to (?:take|get|talk|find|make|look|keep|stay|remember|try))\\b|\\b${YOU}'?ll need to\\b|\\bremember to\\b`), span: "sentence" },
    { re: rx(`^${OPENER}(?:please |just |so |always |try to )?be (?:more |a bit more |extra )?(?:kind|patient|honest|understanding|open|careful|nicer|strong|positive|brave|assertive|confident)\\b|^${OPENER}${DONT} (?:give up|let (?:it|him|her|them|that) (?:get|bring)|feel (?:bad|guilty)|think like that|be so hard)\\b`), span: "sentence" },
    { re: rx(`\\bwould it (?:be possible|help|be worth|make sense) (?:for (?:you|u) )?(?:to|if)\\b|\\b(?:can) ${YOU} (?:maybe |possibly |perhaps |not |just )?(?:try|join|ask|talk to|call|ring|reach out|contact|find|get|take|make|go|start|look|set|speak|write|book|see|tell|use|plan|spend|put|let)\\b(?! me\\b)|\\bcould ${YOU} (?:maybe |possibly |perhaps |not |just )?(?!tell|say|describe|explain|share|talk me|walk me|give me|help me|clarify|expand|elaborate|be|have|feel|imagine|remember|think of (?:a time|when))[a-z]+\\b|\\bis there (?:a way|any way|anything|anyone|someone|somebody|somewhere|something) (?:that )?${YOU} (?:could|can|might)\\b|\\b(?:have|had) ${YOU} (?:ever )?(?:considered|thought about|thought of)\\b|\\bwhat do ${YOU} think (?:about|of) (?:\\w+ing|trying|a |an |the idea)\\b|\\bdo ${YOU} think (?:it|that|this) (?:would|might|could) help\\b|\\bi wonder if ${YOU} (?:could|can|might)\\b|\\bwould ${YOU} (?:consider|like to try)\\b|\\bsomething ${YOU}'?d (?:be willing|consider|like to try)\\b|\\b(?:can|could) ${YOU} think of (?:something|anything|a way|ways|someone|anyone) (?:to|that|who)\\b`), span: "sentence" },
  ],
  i_understand: [
    { re: rx(`\\bi (?:${ADV})?get (?:it|you|that)\\b(?!\\s*\\?| (?:done|back|over|right|wrong|from|off|out|to|in|sorted|fixed|through|now))`) },
    { re: rx(`(?<!(?:to|help me|want to|trying to|wanna|try to|i'?d like to|can|could|would love to|may not fully|don'?t fully|don'?t|not|never|may not|might not|won'?t|can'?t) )\\b(?:i\\s+)?(?:${ADV})understand\\b(?!\\s+(?:why|how|if|what (?:it|you|happened)|more|each other)\\b)(?!\\s*\\?)`) },
    { re: rx(`\\bi\\s+(?:${ADV})?(?:know|get|understand|get|feel)\\s+(?:exactly\\s+|just\\s+|totally\\s+)?(?:how (?:you|u|ya) (?:feel|must feel|are feeling|re feeling)|how (?:it|that|this) (?:is|feels)|what (?:you|u) mean|what you'?re (?:saying|going through|feeling)|what it'?s like|what that'?s like|the feeling|that feeling|how you'?re feeling)`) },
    { re: rx("\\bi (?:can )?(?:totally |completely |so |really )?relate\\b(?! to how)") },
    { re: rx("\\b(?:i'?ve |ive |i have )?been there(?:,? done that)?\\b(?! for you)"), tag: "beenThere" },
    { re: rx("\\b(?:i )?(?:understand|get) (?:completely|totally|100%|100 percent|fully|perfectly)") },
    { re: rx("\\bi understand (?:ur|your) (?:feelings?|pain|situation|point)") },
  ],
  hijacking: [
    { re: rx("\\b(?:that|this|it) reminds me (?:of|when|about)\\b") },
    { re: rx("\\b(?:the )?same (?:thing |exact thing )?(?:happened|happens|has happened) (?:to|with) me\\b|\\bsame (?:here|with me|for me)\\b|\\bme too\\b|\\bsame lol\\b") },
    { re: rx("\\bi felt (?:the same|exactly the same|like that too|that way too)\\b|\\bi (?:had|have had|went through|did) (?:the same|something similar|that too|exactly that|this too)\\b") },
    { re: rx("\\bwhen i was (?:your age|a kid|at uni|in school|younger|little|starting out|at my old|at \\w+|in my)|\\bi remember when i\\b|\\bi once (?:had|was|got|did|went|lost|failed)\\b") },
    { re: rx("\\b(?:you think (?:that'?s|thats) bad|try having|wait (?:till|until) you hear|speaking of which|that'?s nothing,? (?:i|my)|at least (?:you|u) (?:don'?t|didn'?t|weren'?t) have to)") },
    { re: rx("\\b(?:my|i (?:had|have had) (?:an?|the|such an?)) (?:\\w+ )?(?:day|week|shift|boss|manager|commute|meeting)s? (?:was|were|has been|have been|is)? ?(?:also |even |just as |way )?(?:worse|awful|terrible|crazy|rough|hell|a nightmare|insane|long|bad|brutal|busy|manic)"), tag: "myDay" },
    { re: rx("\\b(?:i'?ve|i have) (?:also )?had (?:such )?(?:an?|the) (?:awful|terrible|rough|long|crazy|bad|busy|shit|crap|horrible) (?:day|week)") },
    { re: rx("\\b(?:let me tell you about|i'?ve got (?:a|my own) story|i (?:had|have) it (?:so )?much worse|mine (?:was|is) worse)\\b") },
    { re: rx("\\b(?:and|but|well|oh|yeah|ha+|lol),? (?:i|my) (?:had|was|got|did|went|felt|lost|failed)\\b(?![^.!?]*\\b(?:you|ur|your)\\b)"), tag: "weak" },
  ],
  problem_solving_question: [
    { re: rx(`\\bwhat (?:are|r|will|would) ${YOU} (?:going to|gonna|gna|planning to|plan to) (?:do|say|tell)\\b|\\bwhat(?:'?s| is) (?:the|your|ur) (?:plan|next step|game plan|solution|strategy|move)\\b|\\bso what now\\b|\\bwhat now\\b`), question: true },
    { re: rx(`\\b(?:are|r) ${YOU} (?:going to|gonna|planning (?:to|on)) (?!be (?:ok|okay|alright)|feel|talk to me|tell me)\\w+|\\bwill ${YOU} (?:quit|leave|report|complain|confront|tell)\\b`), question: true },
    { re: rx(`\\b(?:what(?:'?s| is| are)|(?:have|do) (?:you|u) (?:got|have)) (?:the |your |ur |a |any )?(?:action |backup |treatment |game |long-term |next )?(?:plan|plans|options|next steps?|solution|fix|strategy)\\b|\\bwhat are ${YOU} doing (?:about|to)\\b|\\b(?:how|what|when) (?:are|r) ${YOU} (?:going to|gonna) (?!feel|be (?:ok|okay|alright))\\w+|\\bwhen (?:are|r|will) ${YOU} \\w+ing\\b|\\bwhen will ${YOU}\\b|\\bwill ${YOU} \\w+ (?:it|them|him|her)\\b|\\bhow do (?:we|you|u|i) (?:solve|fix|sort|deal with|handle)\\b|\\bwhat needs to (?:happen|be done|change)\\b|\\bwhat can (?:we|you|u) (?:do|take|change|cut)\\b|\\bhave ${YOU} (?:updated|booked|called|rung|emailed|contacted|sorted|fixed|reported|made a|started)\\b[^?]*\\byet\\b`), question: true },
    { re: rx(`\\bhow (?:are|r|will|do) ${YOU} (?:going to |gonna |plan to )?(?:fix|handle|sort|solve|deal with|manage|get out of|approach|tackle)\\b|\\bwhat (?:can|could|will) ${YOU} do (?:about|to fix|differently)\\b|\\bhave ${YOU} decided what\\b|\\bwhat do ${YOU} (?:plan|intend|want) to do\\b|\\bso what(?:'?s| is) (?:the|your) (?:fix|answer)\\b`), question: true },
  ],
  making_it_about_me: [
    { re: rx("\\b(?:so )?does (?:that|this) mean (?:we|i|our|you can'?t)\\b|\\bwhat about (?:me|us|our plans?|my)\\b|\\b(?:are|is) (?:we|the \\w+|dinner|tonight|it) still (?:on|going|happening)\\b") },
    { re: rx("\\b(?:that|this) (?:ruins|messes up|wrecks|screws up|affects|changes) (?:my|our)\\b|\\bi was (?:really |so )?looking forward to\\b|\\bso (?:now )?i (?:have|need|'?ll have) to\\b|\\b(?:now|so) i'?m (?:going to|gonna) have to\\b") },
    { re: rx("\\bi (?:can'?t|cannot|don'?t want to|do not want to) (?:deal with|handle|cope with) (?:this|that|it|you|your)\\b|\\bcan we not do this\\b|\\bnot (?:this|tonight|now),? (?:please|babe|seriously)\\b|\\bwhat am i supposed to do\\b") },
    { re: rx("\\b(?:this|that|it)(?:'s| is) (?:really |so |pretty )?(?:hard|stressful|annoying|inconvenient|a pain|tough|awkward) for me\\b|\\b(?:you'?re|you are|ur) (?:stressing|upsetting|making) me\\b|\\bi'?m (?:the one|stuck) (?:who|with)\\b|\\bi (?:hope|really hope) (?:this|that|it) (?:doesn'?t|won'?t) (?:affect|ruin|mean)\\b|\\bgreat,? (?:so|now) (?:i|we)\\b|\\bhow (?:do|does) (?:you think|that) (?:this|it) (?:makes|affects) me\\b") },
  ],
  minimizing: [
    { re: rx(`\\b${DONT} (?:you )?worry\\b(?! about (?:the (?:kids|dog|school|shopping|washing|dishes|car|house|bins|laundry|cooking|cleaning|pick ?up|school run|bills|tea|dinner)|dinner|tea|tonight|me|tomorrow|the rest|anything else|a thing here|that part)\\b)`), negationOk: true, tag: "dontWorry" },
    { re: rx(`\\b${DONT} worry about (?:the (?:kids|dog|school|shopping|washing|dishes|car|house|bins|laundry|cooking|cleaning|pick ?up|school run|bills|tea|dinner)|dinner|tea|tonight|tomorrow|the rest|anything else|that part)\\b`), negationOk: true, tag: "taskWorry" },
    { re: rx(`\\b${DONT} (?:be|feel) (?:so |too )?(?:sad|upset|nervous|scared|silly|stupid|worried|anxious|down|hard on yourself|angry|mad|embarrassed|like that|dramatic|daft|guilty|such a)\\b|\\b${DONT} (?:stress|fret|panic|cry|get (?:upset|worked up|so worked up)|sweat it|overthink it|dwell on it|take it (?:so |too )?personally|let it get to (?:you|u))\\b`), negationOk: true },
    { re: rx("(?:^|[,;:.!?]\\s*|\\b(?:well|but|oh|and|yeah|still|hey|ok|okay)\\s+)at least\\b(?! (?:one|two|three|once|a few|some of|for now|\\d))") },
    { re: rx("\\b(?:calm|settle) down\\b|\\bcheer up\\b|\\bchin up\\b|\\bbuck up\\b|\\bsmile\\b(?=[!.,]|$| more| it)|\\bshake it off\\b|\\bget over it\\b|\\bmove on\\b|\\bsuck it up\\b|\\bman up\\b|\\btoughen up\\b|\\blighten up\\b|\\bgrow up\\b|\\bchill out\\b|\\bhakuna matata\\b"), },
    { re: rx(`\\b${ITS}? ?(?:not|no|not really|not even|not that|nothing) (?:such )?(?:a |that )?(?:big|huge|massive) (?:deal|thing)\\b|\\bno biggie\\b|\\bno big deal\\b|\\bit'?s not the end of the world\\b|\\bnot worth (?:getting|being|crying|stressing|worrying|it)\\b|\\bno point (?:feeling|being|crying|getting|worrying|stressing|dwelling)\\b|\\bthere'?s (?:nothing|no need) to (?:worry|be|stress|cry|panic|get)\\b|\\bnothing to (?:worry|cry|get upset|stress) about\\b`), negationOk: true },
    { re: rx(`\\b${ITS} (?:just|only|merely|literally just|only ever) (?:a |an |one |some |old |the )?(?!me\\b|you\\b|us\\b|a lot\\b|so\\b|too\\b|really\\b|not\\b|how\\b|what\\b|that\\b|the way\\b|${EVAL}\\b|${FEEL}\\b)[a-z]+|\\b(?:it|that) was (?:just|only) (?:a |an )?(?:joke|game|comment|flight|phone|cake|exam|test|job|work thing|one)\\b`), tag: "justA" },
    { re: rx(`\\b${YOURE} (?:being |so |way |a bit |just |totally )*(?:overreacting|over-reacting|dramatic|overthinking|over-thinking|too sensitive|so sensitive|way too sensitive|silly|daft|paranoid|ridiculous|a drama queen|making (?:a big deal|a mountain|too much))\\b|\\b(?:stop|quit) (?:being|worrying|stressing|crying|moping|sulking|overthinking|complaining|whining|it|that)\\b|\\boh,? stop\\b`), negationOk: false },
    { re: rx(`\\b(?:that'?s|thats|it'?s|its|how) (?:so |a bit |just |kinda |kind of )?(?:silly|ridiculous|nothing|stupid|daft|absurd|nonsense|petty)\\b(?! (?:of (?:him|her|them|your boss)|thing (?:to say|he|she|they)))`), tag: "silly" },
    { re: rx("\\bcould (?:be|have been) (?:a lot |way |much )?worse\\b|\\bworse things happen\\b|\\beverything happens for a reason\\b|\\bplenty (?:more|of) (?:other )?fish\\b|\\blook on the bright side\\b|\\b(?:on the )?bright side\\b|\\bsilver lining\\b|\\bit happens to (?:everyone|everybody|all of us|the best of us)\\b|\\beveryone (?:goes through|feels|has) (?:this|that|it)\\b|\\bthat'?s life\\b|\\bit is what it is\\b|\\bthese things happen\\b") },
    { re: rx(`\\b(?:i'?m sure|im sure|i bet|trust me|honestly)?,? ?(?:it'?ll|it will|itll|you'?ll|you will|youll|everything will|everything'?s gonna|it'?s gonna|she'?ll|he'?ll|they'?ll) (?:all )?(?:be (?:fine|ok|okay|alright|totally fine)|have forgotten|forget|get over it|laugh about (?:it|this))\\b|\\b(?:it'?s|its) probably nothing\\b|\\bnobody (?:even )?(?:noticed|cares|will notice|remembers)\\b|\\bno one (?:even )?(?:noticed|cares|will remember)\\b`), tag: "reassure" },
    { re: rx(`\\b(?:plenty of|lots of|other|most) people (?:would kill|have it (?:worse|harder)|are worse off)\\b|\\bthink of (?:those|people) who\\b|\\b(?:a|an) [a-z] is (?:good|great|fine)\\b|\\byou should be (?:grateful|glad|happy|thankful)\\b|\\bbe (?:grateful|glad|thankful) (?:that|you|for)\\b`), negationOk: false },
  ],
  blaming: [
    { re: rx(`\\b${YOU} (?:always|never|constantly|keep|always seem to|never seem to)\\b(?! (?:make me (?:laugh|smile|happy)|know how|manage to make|look))|\\b${YOURE} always\\b|\\bevery (?:single )?time ${YOU}\\b|\\b${YOU} do this every time\\b|\\btypical (?:you|u)\\b|\\bhere we go again\\b`) },
    { re: rx(`\\bwell,? ${YOU} (?:did|do|were|was|are|should|shouldn'?t|didn'?t)\\b|\\bthat'?s what happens when ${YOU}\\b|\\b${YOU} (?:should(?:'?ve| have)|shoulda|could(?:'?ve| have)) (?!been|felt|seen)\\w+|\\b(?:your|ur) own fault\\b|\\b${YOU} brought (?:this|it|that) on yourself\\b|\\bwhat did ${YOU} expect\\b|\\bi told ${YOU}(?: so)?\\b(?! (?:about|that i|i))|\\bif ${YOU} had(?:n'?t| not| just| only)?\\b|\\b${YOURE} the one who\\b|\\bserves ${YOU} right\\b|\\bthat'?s on ${YOU}\\b|\\b${YOU} asked for it\\b|\\b${YOU} made your (?:own )?bed\\b|\\b${YOU} didn'?t even\\b|\\b${YOU} knew (?:this|that|it|what)\\b|\\bwhose fault\\b|\\bnot surprised,? (?:to be honest|tbh|honestly)\\b|\\b${YOU} left it (?:too )?late\\b`), negationOk: false },
  ],
  why_question: [
    { re: rx(`\\bwhy\\s*(?:'d|are|r|were|would|do|did|does|should|must|on earth|the hell|exactly|)\\s*(?:${YOU}|${YOURE})\\b(?! (?:think|reckon|suppose|guess)\\b)`) },
    { re: rx(`\\bwhy (?:does|did|would|is|should|do) (?:that|it|this|he|she|they|what \\w+ said) (?:\\w+ ){0,2}?(?:bother|upset|matter|affect|get to|hurt|annoy|worry|scare|stress|bug)s? (?:${YOU})\\b`) },
    { re: rx(`\\bhow come (?:${YOU}|${YOURE})\\b`) },
  ],
  defensiveness: [
    { re: rx(`\\bi (?:didn'?t|did not|never) (?:do anything|say that|mean (?:it|to)|say (?:it|that|anything)|do that|do it)\\b|\\b(?:that'?s|thats|that is) not what i (?:said|meant)\\b|\\b${ITS} not my fault\\b|\\bnot my fault\\b|\\bi was (?:only|just) (?:trying to|joking|kidding|being honest|saying|teasing|messing)\\b|\\b${DONT} blame me\\b|\\bhow is (?:that|this|it) my fault\\b|\\bi already (?:said|apologi[sz]ed)\\b|\\byou'?re twisting\\b|\\bi had no choice\\b|\\byou can'?t blame me\\b|\\b(?:it was|it'?s) (?:just|only) a joke\\b|\\bi did (?:my best|everything i could)\\b|\\bwhat was i supposed to do\\b|\\bsorry (?:you feel|you felt|if you (?:feel|felt|were|took))\\b|\\bi'?m not the (?:bad guy|one who)\\b|\\bdon'?t (?:make|turn) this (?:about|into)\\b|\\byou'?re (?:being )?(?:unfair|too harsh)\\b|\\bthat'?s not fair (?:on|to) me\\b|\\bi'?m (?:not|never) (?:trying to|the problem)\\b|\\byou (?:know|knew) i (?:didn'?t|meant)\\b|\\bchill,? i was\\b|\\bi said i was sorry\\b|\\bit'?s not like i\\b`), negationOk: true },
  ],
  sympathy: [
    { re: rx(`\\bpoor (?:you|u|thing|baby|love|darling|dear|sweetie|lamb|bunny|pet|sod|bugger|kid|soul)\\b|\\byou poor (?:\\w+)\\b|\\bi (?:${ADV})?(?:feel|felt) (?:${ADV})?(?:bad|sorry|terrible|awful) for (?:you|u|ya)\\b|\\bi pity (?:you|u)\\b|\\bsucks to be (?:you|u)\\b|\\brather you than me\\b|\\bglad it'?s not me\\b|\\bbless (?:you|ya|u|your heart)\\b|\\b(?:what|that'?s|thats|it'?s) a (?:real |such a )?shame\\b|\\bpity you\\b`) },
  ],
};
