/**
 * Data for the whole-reply rewrite: how to peel the advice out of a "fixing" sentence
 * so it can be offered later in the replier's own words, and the connective words
 * left dangling when a pitfall clause is cut out.
 */
import { alt, OPENER, rx } from "./fragments.ts";

/** The lead-in of a piece of advice; what follows it is the action ("talk to HR"). */
export const ADVICE_LEAD = rx(
  `^${OPENER}(?:(?:maybe|perhaps|just|honestly|seriously|definitely|then|first|so|please|pls|now|next time,?|tomorrow,?|tonight,?|if i (?:were|was) you,?|i think|i reckon)\\s+)*`,
  "(?:(?:you|u|ya) (?:really |definitely |just |probably |seriously |honestly )?(?:should|shud|ought to|oughta|need to|needa|have to|gotta|must|could|might want to|may want to|'?d better|'?d best|can always|can just|can try)\\s+(?:just |try (?:to )?|always |definitely |really )?",
  "|why (?:don'?t|dont) (?:you|u|ya|we) (?:just )?|why not (?:just )?|let'?s (?:just )?",
  "|have (?:you|u) (?:tried|thought about|thought of|considered|looked into)\\s+",
  "|did (?:you|u) (?:try|think about|consider)\\s+",
  "|(?:maybe |perhaps )?(?:you could |could |might )?try (?:to )?",
  "|(?:it )?(?:might|may|could|would|will) (?:help|be (?:good|worth|a good idea|better|best|smart|wise)) (?:to|if you)\\s+",
  "|(?:the best thing|what you need|all you need|the trick|the answer|the key)(?: to do)? (?:is|would be)(?: to)?\\s+",
  "|i'?d (?:just |definitely |probably |honestly )?|i would (?:just )?",
  "|i (?:suggest|recommend)(?: that)?(?: you)?\\s+|my (?:advice|suggestion|tip) (?:is|would be)(?: to)?\\s+",
  "|how about (?:you )?|what if (?:you|u) (?:just )?|make sure (?:you |u )?(?:to )?|(?:it'?s|its) time (?:to |you )|best (?:to |bet is to )|you'?re better off\\s+",
  ")?",
);

/** Lead-ins followed by a thing rather than a verb ("have you tried earplugs"): "whether earplugs would help". */
export const OBJECT_LEAD = /(?:tried|considered|thought about|thought of|looked into|contemplated|\btry|need is|thing is|answer is|trick is|key is|what about|how about)\s*$/;

/** Where the action of a piece of advice ends ("text her and apologise, problem solved"). */
export const ACTION_END = /\s*(?:[,;:!?.\u2014\u2013(]|\s-\s|\s(?:then|so|because|cos|cause|tbh|honestly|seriously|lol|haha|mate|babe|hun|love|though|anyway|instead|or something)\b)/;

/** Advice whose action opens on a person, a negation or a question ("you know…", "don't…", "why…") has no action to offer back. */
export const ACTION_NOT_A_VERB = /^(?:you|u|i|we|it|that|this|don'?t|do not|never|stop|not|why|what|how|when|where|who|is|are|do|does|did|have|has)\b/i;

/** Longest action kept for the deferred offer; longer advice is offered in general terms. */
export const MAX_ACTION = 70;

/** Longest advice, in words, the rewrite offers back. */
export const MAX_ACTION_WORDS = 7;
/** Advice cut off mid-phrase ("…mute it just", "…ask the"): not offered. */
export const ACTION_OPEN_END = /\b(?:just|the|a|an|to|of|for|with|my|your|his|her|at|in|on|some|any)$/i;
/** Advice that cannot be said back cleanly, dismisses ("let it roll off your back") or strings steps together. */
export const ACTION_UNSAYABLE = /\b(?:ugh|oh|omg|aw+|babe|hun|mate|you|u|yourself|can'?t|don'?t|won'?t|yeah|lol|tbh|though|together|me|but|poor|baby|because|cos|and|then|let it|let (?:her|him|them) (?:have|be|do)|ignore|forget|relax|harder|more careful|be careful|calm|chill|stop|get over|move on|toughen|man up)\b|[?!\d]/i;

/**
 * Repair, don't replace (coach v5): what makes one of the replier's plain sentences
 * (no pitfall found, no move) unsafe to keep beside a pitfall — the jab or the story
 * going on without a cue the rules know. Lowercase, one apostrophe.
 */
export const PLAIN_JAB =
  /^same\b|\ba bit (?:too )?(?:fast|slow|loud|quiet|much|rushed|flat|sharp|off|long|short|late|early)\b|\b(?:at least|just|only|though|tho|still|anyway|should|shouldn'?t|could (?:have|of)|would (?:have|of)|you always|you never|u always|u never|always|never|lol|lmao|haha+|tbh|to be fair|mind|either way|silver lining|bet|told you|told u|i said|i did say|you did|u did|your fault|ur fault|not a big deal|no big deal|calm|relax|chill|overthink\w*|dramatic|daft|silly|stupid|nothing|me too|same here|same with|same thing|same as|happened to me|about time|i know exactly|i know the feeling|know that feeling|i get it|i know how (?:you|u|ye) feel|i know what (?:you|u) mean|poor (?:little|wee|things?|you|thing|love|lamb|sod)|who cares|look fine|you'?re fine|u'?re fine|ur fine|you'?ll be fine|u'?ll be fine|makes me feel|made me feel|to me|honestly|believe me|trust me|seriously|you knew|ye knew|u knew|you know what (?:they|he|she)|you know what (?:they|he|she)'?re like)\b|😂|🙄|😅|🤣|😉/;

/** A clause that counts the replier in beside the sharer ("Let's celebrate both!", "we're both on a roll"): it leans on their own news. */
export const BOTH_OF_US = /\b(?:celebrate|toast|cheers to) (?:us )?both\b|\bboth (?:of us|on a roll|winning)\b|\bwe'?re both\b|\bwe both\b/;
/** A sentence that tells the replier's own story or state ("I was up with her sat night too", "we're both wrecked"). */
export const OWN_STORY = /^(?:[a-z]+,\s*)?(?:i|i'?m|im|i'?ve|ive|my|we|we'?re|we'?ve|me|mine|ah wis|ah was|ah'?m|ah'?ve|ah'?d|a wis|ma)\b/;
/** …unless it is the replier's reaction to them ("I'd be seething", "I'll put the kettle on", "I hate that you were alone"). */
export const OWN_REACTION =
  /^(?:[a-z]+,\s*)?(?:i'?d(?! been)|id(?! been)|i'?ll|ill|i would|i will|i can (?:see|hear|tell)|i love|i loved|i knew (?:you|u|ya)|i'?m (?:so |really )?glad (?:you|u)|i miss|i hate (?:that|how)|i wish|i get why|i'?m (?:so |really |just )?(?:sorry|here|proud|glad|happy|with you|on your side|not going anywhere|coming))\b/;

/**
 * A warm opener with an endearment or a name after it, as written ("Oh Gareth", "Aw pet",
 * "Oh love"): kept when the rest of its clause is pity ("Oh Gareth, you poor dab.").
 * Run on the original text so a name keeps its capital.
 */
export const OPENER_HEAD = /^(?:oh+ (?:no|god|dear|man)|ffs|oh+|aw+|ah+|ugh+|oof|god|jeez|eish|och|aye|babe|love|hun|hen|pet|cariad)\b/i;
/** An endearment after an opener ("Oh love", "Aw pet"); a capitalised name is read apart, case-sensitively. */
export const OPENER_ENDEARMENT = /^[\s,]+(?:my )?(?:love|pet|babe|hun|hen|cariad|darling|sweetheart|sweetie|mate|duck|lovely|bach)\b/i;
export const OPENER_NAME = /^[\s,]+\p{Lu}[\p{Ll}']+\b/u;

/** A plain sentence of theirs that already meets a hard share ("That stung didn't it.", "what a night"): no line of ours on top. */
export const PLAIN_MEETS =
  /\b(?:look at (?:you|u)|(?:you'?re|ur|you are) (?:so |such )?(?:a natural|gorgeous|beautiful|amazing|brilliant|incredible|a star)|you didn'?t have to|proud of (?:you|u)|so proud|well done|congrat\w*|love (?:you|u)|the cheek|no way|stung|stings?|awful|horrible|horrid|rotten|not right|not fair|unfair|cruel|vile|crap thing|shit thing|heartbreaking|gutting|brutal|what a (?:night|day|week|start|thing)|that'?s (?:hard|rough|a lot|huge|massive|brave))\b/;

/**
 * Coach v6: clauses never kept in a rewrite, whatever the labels say of their sentence —
 * pity said to the sharer ("so sad for you", "life is so unfair to you", "kawawa ka naman"),
 * a claim to know the feeling, a non-apology, a push ("you must write back"), a jab
 * dressed as fact ("to be fair"). Lowercase, one apostrophe. Coach 10.13.2: the non-apology in the past
 * too ("I'm sorry it felt that way", round 12's zero; our writers label it defensiveness), and
 * a plea to talk of it no more ("can we have one night where we don't talk about his speech").
 * Coach 10.15.1 (round 13's zeros): "not everything's about you", "a you thing", "let me do the talking",
 * "I'll call your boss myself", "you can't let it spoil…", "tell me about it" alone at a clause's start. Coach 10.5.1: sorrow for them
 * ("I'm so sorry for you"), "must be awful lonely bein you" (round 7's zeros).
 */
export const KEPT_PITY =
  /\b(?:(?:so |very |really )?sad for (?:you|u|ya)|(?<!(?:that'?s|it'?s|that is|it is|that was|it was) (?:so |really |just )?)(?:so )?unfair (?:to|on) (?:you|u)|poor (?:u|you|ye|thing|things|love|lamb|sod|baby|babe|darling|dab|pet)|kawawa|biedna|biedny|sending (?:hugs|love)|must be (?:so |very |really |just )?(?:dreadful|awful|terrible|horrible|sad|hard|tough|difficult) for (?:you|u)|(?:is|it'?s|that'?s) (?:so |very |really )?(?:sad|terrible|awful|dreadful) for (?:you|u)|i (?:do )?feel (?:so )?(?:for|sorry for) (?:you|u)|god love (?:you|u|ya)|bless (?:you|u|ya)|that'?s so sad|so sad|breaks my heart for (?:you|u)|god help (?:you|u|ya)|i pity (?:you|u)|(?:it'?s|that'?s|it is|that is|what) (?:such a (?:pity|shame)|a pity)|(?:a|such a) (?:\w+ )?(?:pity|shame) for (?:you|u)|such a sad (?:way|thing)|sad (?:that )?(?:you'?re|ur|you are) (?:stuck|alone|so far)|(?:i'?m|im|i am) (?:so |really |just |truly |very )?sorry for (?:you|u|ya)(?![a-z])|(?:terrible|awful|hard|horrible|lonely|rough|sad|tough) (?:to be|bein'?|being) (?:you|u))\b/;
export const KEPT_JAB =
  /\b(?:for (?:god'?s|fuck'?s|christ'?s|pete'?s|heaven'?s) sake|for crying out loud|i know exactly|i know (?:the|that) feeling|i'?ve been there|ah stop|stop it|sorry (?:if )?(?:you'?re|you feel|u r|ur|u feel|you got) (?:upset|hurt|offended|annoyed|like that|that way)|sorry you feel|sorry (?:if |that )?(?:you|u|ye|it) felt (?:that way|like that|like this|this way)|sorry if (?:you|u) felt|not everything'?s about (?:you|u)|(?:kind of |kinda |sort of )?a (?:you|u) (?:thing|problem)|let me do the talking|(?:you|u) (?:can'?t|cannot|mustn'?t) let (?:it|this|that) (?:spoil|ruin|get to|take over|rule)|i'?ll (?:call|ring|phone|email) [^.,!?]{1,30} myself|^(?:(?:ugh+|oh+|god|mate|man|babe|lol|omg)[ ,]+)*tell me about it(?![ ,]+\w)|(?:worr|stress|fret|panick|panic)\w* (?:for|over|about) (?:nothin[g']?|no reason)|can (?:we|i) (?:just )?(?:have one (?:night|day|evening|weekend|meal)|not talk about|stop talking about)|(?:^|(?:so|then|and|now|but) )(?:you|u) (?:really |just |still )?(?:must|need to|have to|should|gotta|better) (?!be\b|have (?:been|felt|wanted|hated|thought)\b|feel)|(?:you|u) know (?:they|he|she|them|what)|yourself sick|over a (?:test|exam|letter|form)|to be fair|tbf|something has to go|nobody died|no one died|it'?s only|they'?re only|only (?:paperwork|chairs|a test|a letter|money)|^but (?:you|u|ur|your)|here we go|^see\b|what (?:do|did) you want me to (?:do|say)|throw (?:her|him|them) out|(?:mummy|mum|mom|mam|your (?:mum|mom|mam|mother))(?: ji)?(?:'s| is) right|exactly what we (?:talked|said|agreed)|^(?:lying|sitting|worrying|fretting|having to|thinking (?:of|about)) [^,]*\b(?:me|my)\b)\b/;
/** A sentence that tells of the replier themselves, kept out beside a me-too: "My head is wrecked.", "I'm so frightened." */
export const ME_TURN_PITFALLS: ReadonlySet<string> = new Set(["hijacking", "making_it_about_me", "i_understand"]);

/** Good news the share-kind cues miss: an offer, an approval, praise, a good day, an interview coming. */
export const REWRITE_GOOD_NEWS =
  /\b(?:offer on the house|full asking|(?:bank|council|they|he|she|boss|visa|loan|mortgage|application|leave|transfer|restructure) (?:\w+ )?(?:approved|accepted|agreed)|approved (?:the|my|our)|said i did (?:a )?(?:good|great|grand) (?:job|work)|(?:really |very |so |super )?(?:good|great|glowing|brilliant|excellent) (?:evaluation|review|appraisal|feedback|reference|report card)|good day|good news|got an interview|interview (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|interview for (?:the|a)|(?:have|got) (?:an|the|a) interview|(?:renewal|permit|visa|papers|claim|grant) (?:\w+ )?(?:came (?:thru|through)|approved)|approved\.|(?:praised|complimented) (?:me|my)|(?:demo|presentation|interview|pitch|exam|test|launch) went (?:very |really |so |super )?well|made the first (?:xv|xi|team|eleven))\b/;
/** Bad news a kind or glad word hides ("he won't come to the wedding", "tour's extended"). */
export const REWRITE_BAD_NEWS =
  /\b(?:won'?t|wont|will not|isn'?t|can'?t|cannot) (?:come|be (?:back|there|home)|make it|be coming)\b|\bextended\b|\bnot doing (?:great|well|good|ok|okay)\b|\bhollow\b|\bnumb\b|^negative\b|\bnegative again\b|\bdidn'?t know my\b|\bsent home\b|\bevict\w*|\bredundan\w*|\bsacked\b|\blaid off\b/;
/** A glad moment the cues miss ("had my first proper laugh", "the staff remembered me"): met warmly, never as a hard time. */
export const REWRITE_GLAD_MOMENT =
  /\b(?:(?:first|a) proper laugh|(?:staff|they|she|he|everyone) remembered (?:me|my)|felt like a (?:person|human) again|asked if we'?d (?:come|like)|it'?s good(?=[.!]|$))/;
/** A win the cues miss ("numbers are better", "asked me to mentor"): met as good news. */
export const REWRITE_WIN =
  /\b(?:numbers (?:are|were) better|(?:results|bloods|levels|scan) (?:are |were )?better|doing everything right|(?:been )?asked (?:me )?to (?:mentor|lead|run|present|train|chair)|first (?:gig|show|set|shift|day|week|run|race|match|game|open mic) (?:done|over|finished|survived)|people clapped|asked for my (?:insta|number)|designated (?:first aider|\w+ lead)|but it'?s (?:done|finished|sorted))\b/;

/** A sentence that owns what the replier did ("I shouldn't have said it", "I lost it", "she shouldn't have been sitting out there"): kept whole beside a complaint (coach v7.2). */
export const OWNS_IT =
  /\bi (?:shouldn'?t have|should(?:'?ve| have)|was wrong|lost it|lost my temper|messed up|forgot|got it wrong|overreacted|was out of order|was harsh|was unfair)\b|\bthat (?:embarrassed|hurt|upset) (?:you|u)\b|\b(?:she|he|they) shouldn'?t have (?:been|had to)\b/;
/** A defence or excuse that rides on an owning sentence ("but", "only trying", "you also didn't"): such a sentence is not kept whole. */
export const OWNS_IT_EXCUSE =
  /\b(?:but|though|tho|only (?:trying|joking|meant)|just (?:trying|joking|banter)|banter|(?:you|u) (?:also|never|always|didn'?t|forever|were|was)|if (?:you|u)|at least)\b|\?/;

/**
 * Coach v9: cues in the share's words for its mood (`rewrite/mood.ts`), read beside the
 * share model. Lowercase, one apostrophe. A hurt the model may read as good news: an
 * outcome or a joy negated ("Not what I wanted", "Not pregnant", "I haven't felt happy in a long time"), a thing done for want of a choice
 * ("Wasn't nothin' else to do", "tank's dry"), feeling small. Coach 9.2: a shrug after it ("…That was it.
 * Whatever.", the w15 judges' "That's lovely" to a hurtful call).
 */
export const MOOD_HEAVY_CUE =
  /\bnot what (?:i|we) (?:wanted|hoped|asked)\b|(?:n't|\bnot|\bnever) (?:\w+ ){0,2}(?:happy|glad|excited)\b|\bwent (?:badly|wrong|awful\w*|terribl\w*)\b|\b(?:raging|fuming|livid|furious|devastated|heartbroken)\b|\bnot pregnant\b|\b(?:was|is)n'?t (?:nothin'?g?|anything) else\b|\b(?:had |have |got )?no (?:other )?choice\b|\bnothing else (?:to do|for it|we could)\b|\b(?:tank|well|creek|dam|bore|river)'?s? (?:is |was |gone |run |ran |going )?dry\b|\bdrought\b|\b(?:felt|feel|feeling|was|voice was) (?:so |really |that )?small\b|\bhad to (?:sell|give (?:up|away)|put (?:him|her|it) down)\b|(?:^|[.!?]\s*)whatever[.!]*\s*$|\bthat was (?:it|the call)\.\s/;
/**
 * Coach 10.5: the replier's first words meet the share as good ("That's sweet.", "Yay!"). They know what a card
 * that "says Casey" means; the share model alone does not, so with nothing heavy in the share's words it may not
 * turn the share into a hard time (`rewrite/mood.ts`).
 */
export const REPLY_READS_GLAD =
  /^(?:(?:aw+|oh|omg|ahh*),? )?(?:(?:that'?s|thats|how|so) (?:so |really |very |well |actually )?(?:sweet|lovely|great|amazing|wonderful|brilliant|cute|beautiful|exciting|fab|fantastic)\b|yay\b|congrat|woo+\b|yess+\b)/;
/** Something glad the model may read as heavy: laughing (not being laughed at), a hug, a baby's first kick, a first time since, "!!". */
export const MOOD_GLAD_CUE =
  /\b(?:i was laughing|we (?:were )?laugh(?:ed|ing)|(?:couldn'?t|can'?t) stop laughing|laughed so hard|hugged me|first time (?:since|in \w+ (?:years|months)|i'?ve (?:laughed|slept|felt))|(?:baby|she|he) (?:kicked|smiled|rolled over|waved|crawled)|first (?:steps|smile|kick)|passed (?!away|on\b|out\b)[a-z]+|all (?:six|five|four|three|of them) passed)\b|!!|\ud83d\ude02|\ud83e\udd79|\ud83e\udd70/;
/**
 * Coach 9.2: tears of joy: crying beside a glad word, with nothing heavy said ("My bread came out
 * perfect. PERFECT. I'm crying a little."). Read by `rewrite/specifics.ts`: no "upset" is named.
 */
export const HAPPY_TEARS =
  /^(?![\s\S]*\b(?:sad|hurt|lonely|awful|terrible|horrible|worst|hate|lost|died|dead|sick|scared|angry|miss|gutted|bad news)\b)(?=[\s\S]*\b(?:happy tears|perfect|so happy|so proud|proud of|beautiful|amazing|did it|made it|passed|first (?:time|steps?|word)|gorgeous|best day)\b)[\s\S]*\b(?:crying|cried|in tears|tearing up|teared up|teary|welling up)\b/;
/** Relief after a scare: "He's fine", "Baby's okay", "heartbeat's there", "all clear". Neither "I'm sorry" nor "congrats". */
export const MOOD_RELIEF =
  /\b(?:(?:he|she|they|baby|the baby|mum|mom|dad)(?:'s| is| was| are|'re) (?:okay|ok|fine|alright|safe)|heartbeat'?s there|there'?s a heartbeat|all clear|thank god|phew|relieved|came back (?:clear|negative|fine|normal))\b/;

/**
 * Coach v9: a sentence of the replier's that hurts whatever the labels say of it, read on
 * the judges' zeros (w10–w13): a rhetorical "you think I want…?", a dismissive reason for
 * someone's act ("He's drunk", "she's just hungry"), "the job you chose", "every parent
 * worries", "a kid like that", a guilt trip ("my parents will be crushed", "don't do that
 * to me"), a reproach ("You know it's Mum's assessment Thursday"), a new topic ("…btw"),
 * a sarcastic "oh wait", "what did I do to her?". Lowercase, one apostrophe.
 * Coach 9.2 (the w15 judges' zeros): sarcasm (a bare "Of course you did.", "Sorry for caring I guess";
 * "Of course you do." stays: it validates), a bare rebuke of what the sharer said ("That's a horrible
 * thing to say."; "…to say to you in front of the lads" is about someone else and stays), a reproach of what they know
 * ("You know it gets you upset"), a verdict on the sharer's work ("what a terrible job").
 * Coach 10.5.1 (round 7's zeros): a platitude or a closing verdict ("God has a plan, we must accept it",
 * "…because you're a proud man, that's all", "ye cannae think like that"), their own embarrassment.
 */
export const KEPT_HURT =
  /\b(?:(?:you|u) think i (?:want|like|enjoy|wanted|liked|chose|asked)|(?:he|she|they)'?(?:s|re| is| are) (?:just |only |probably )?(?:drunk|hungry|tired|being dramatic|attention.seeking|winding you up)\b|(?:the |a )?job (?:you|u) chose|part of the job|comes with the (?:job|territory)|every (?:parent|mum|mom|dad|mother|father|one|body|couple|new mum|new mom) (?:worries|goes through|feels|has)|(?:a|the) (?:kid|child|man|woman|person|family|boy|girl) like (?:that|him|her)|(?:my|our) (?:parents|mum|mom|dad|family|folks) (?:will|'ll) be (?:crushed|devastated|heartbroken|gutted|so hurt)|don'?t do (?:that|this) to me|can'?t not go|^(?:but )?(?:you|u) know (?:it'?s|its) (?:mum|mom|dad|my|our|your)\b|\bbtw\b|by the way|^oh wait\b|what did i (?:ever )?do to (?:her|him|them)|needs? (?:painting|doing|fixing|cleaning|sorting|mowing)|a sad situation for (?:you|u)|^(?:you|u) ask me (?:what|for|if)|i'?d (?:kill|give anything) for|must be nice|^(?:oh,? |well,? )?of course (?:you|u|he|she|they) (?:did|would)[.!]*$|sorry for (?:caring|trying|asking|helping|existing|breathing|being (?:nice|kind|worried|concerned|there))\b|^(?:that'?s|that is|what) (?:a |such a |an )?(?:horrible|terrible|awful|nasty|stupid|ridiculous|silly|dumb|mean|hurtful|daft) (?:thing )?to (?:say|think)[.!?]*$|^(?:but |and )?(?:you|u) know (?:it|that|this|they|he|she) (?:gets|makes|always|never|winds)\b|what an? (?:terrible|awful|horrible|shit|crap|rubbish|thankless|depressing|miserable) (?:job|career|profession|line of work|place to work)\b|\bgod has a plan\b|\bit'?s god'?s (?:will|plan)\b|\bwe (?:must|have to|just have to) accept (?:it|this)\b|,? that'?s all[.!]*$|\b(?:you|ye|u) (?:can'?t|cannae|shouldn'?t|mustn'?t|cant|shouldnt) (?:think|talk) like that\b|\b(?:embarrassing|humiliating|mortifying) for me\b)/;

/**
 * Coach 9.2: the replier's praise or reassurance of the sharer, the part the w15 judges most often
 * saw cut ("You're the smartest person I know", "he wasn't alone because of you", "you still play
 * better than anybody", "I love how much you carry them kids", "you're not stupid"). Lowercase, one apostrophe.
 */
export const UPLIFT =
  /\b(?:(?:you|u)(?:'re| are|r) (?:the (?:best|smartest|strongest|bravest|kindest|cleverest|hardest.working|most \w+) \w+|not (?:a |an )?(?:burden|stupid|useless|failure|bad (?:mum|mom|dad|parent|partner|wife|husband|son|daughter|nana|teacher|person)|monster|selfish|too old|boring|alone|weak|a fraud)|(?:so |really )?(?:good|amazing|brilliant|great|incredible) (?:at|with) (?:this|it|them|him|her|your)|a (?:great|brilliant|wonderful|amazing|fantastic|good) (?:mum|mom|dad|parent|teacher|nurse|doctor|partner|friend|daughter|son|boss|cook))|(?:you|u) still \w+(?: \w+)? better than|(?:wasn'?t|was not|isn'?t|weren'?t) alone because of (?:you|u)|because of (?:you|u)(?:,| he| she| they| it)|i love (?:how|that|the way) (?:much )?(?:you|u) (?!always|never|just)\w+)/;

/** Coach v9: a big step ahead that nerves come with (an interview round, an audition): met as big, and the nerves as natural. */
export const BIG_STEP =
  /\b(?:interview|(?:first|second|third|final|last|next) round|audition|callback|debut|presentation|pitch|recital|gig|first day|driving test|viva|defen[cs]e)\b/;
/** …but not a medical one ("Biopsy tomorrow, freaking out"). */
export const MEDICAL = /\b(?:biopsy|scan|results?|doctor|hospital|tumou?r|cancer|lump|blood|consultant|surgery|op\b|operation)\b/;

/**
 * A sign-off at the end of a text ("Love Hal", "lots of love x", "- Peg"): it stays the rewrite's
 * last line, after any line of ours (a line after it read "Love Hal. Of course you're tired.").
 */
export const SIGN_OFF = /^(?:(?:all my |lots of |with )?love(?:,? (?:you|always|from))?|cheers|xo+|x+|-+|\u2014)(?:,?\s*\p{Lu}[\p{Ll}']+)?\s*x*[.!]*$/iu;

/**
 * A kept part that is only a discourse marker once the pitfall after it went ("But you know, your
 * Swedish would be better…" left "You know."; "Right, that's it, you need to quit…" left "Right,
 * that's it."): it says nothing on its own, so it is not kept.
 */
export const FILLER_ONLY =
  /^(?:(?:but|and|so|well|ok(?:ay)?|right|look|listen|honestly|seriously|tbh|like|anyway|i mean|you know|that(?:'?s| is) it|right then)[\s,.!]*)+$/i;

/** A sentence end in a share: punctuation and the space after it, never the point of a number ("a fever 39.4"). */
export const SHARE_SENTENCE_END = /(?<=[.!?\n])(?!\d)\s*/;

/** Words of a hard time the share reading may weigh lightly ("Properly flat tonight", "a really hard craving evening"). */
const HARD_TIME = [
  "hard", "flat", "low", "rough", "tough", "awful", "grim", "scary", "terrible", "horrible", "struggling", "shaking",
  "crying", "cried", "craving", "sick", "wrecked", "exhausted", "evict\\w*", "redundan\\w*", "sacked",
];
/** The composer's test for a hard time in the share's words. */
export const HEAVY_WORDS = new RegExp(`\\b${alt(HARD_TIME)}\\b`);
/** The same and more (a hurt, a fear, a loss): a share that says one of these is never met "plainly" (`rewrite/mood.ts`). */
export const HARD_WORDS = new RegExp(
  `\\b${alt([
    ...HARD_TIME,
    "hell", "wreck", "crawl", "run away", "scream\\w*", "ignored", "invisible", "like i wasn'?t", "hate", "worst", "alone",
    "lonely", "hurts?", "hurting", "pain", "angry", "furious", "scared", "afraid", "worried", "anxious", "sad", "gutted", "lost", "miss",
  ])}\\b`,
);

// ── read by `rewrite/mood.ts` ──

/** Words that say something is wrong, flatly or by negation ("happy 4 years i guess", "made me feel proper weird"). */
export const NEGATIVE =
  /n't\b|\b(?:not|no|never|nobody|nothing|without|again|still|i guess|weird|mean|stupid|rude|insult\w*|smarting|sore|jealous|out of|like i'?m|like i was|messed|freak\w*|fuming|livid|panic\w*|dread\w*|upset|stress\w*|embarrass\w*|humiliat\w*)\b/;

/** The replier's own people, doing something: "your mum hugged me" is glad, but "your mama posted…" most often is not. */
export const YOUR_FAMILY = /\byour (?:mom|mum|mam|mama|mother|dad|father|papa|sister|brother|family|parents|aunt\w*|uncle|gran\w*|nan|cousin)\b/;

// ── read by `rewrite/voice.ts` ──

/** Words a texter writes lowercase that still read as words, not names. */
export const COMMON =
  /^(?:ugh+|oof|aw+|ah+|ag|oh+|omg|babe|love|hun|pet|no|yes|ja|ya|yeah|nah|sorry|that|thats|you|u|ur|i|im|ive|id|we|so|what|how|lush|wow|ok|okay|fair)$/i;

/** The endearments a replier may use ("babe", "pet", "kochanie"): ours becomes theirs. */
export const ENDEARMENT = /\b(babe|bae|love|pet|hun|hon|hen|cariad|sweetie|darling|sweetheart|doll|bokkie|skat|mahal|kochanie)\b/i;

// ── read by `rewrite/clean.ts` ──

/**
 * A condition left alone when what it led to was cut ("Cos if you don't, he'll just keep doing
 * it." without its pitfall: "If you don't."): no sentence (round 6's judges).
 */
export const BARE_CONDITION = /^(?:if|unless) (?:you|u|ya|he|she|they|we|i) (?:don'?t|do not|doesn'?t|won'?t|can'?t|didn'?t|do|does|did|will|can|would|wouldn'?t)[.!?]*$/i;

/** Connectives that cannot end a sentence. */
export const DANGLING_END =
  /[\s,;:\u2014\u2013-]*\b(?:and|but|so|or|because|cos|though|also|(?<!\b(?:sounds?|looks?|feels?|seems?|smells?|what it'?s|you|u|ya|i|we|they|he|she|you'?d|i'?d|we'?d|would) )like|(?<!\b(?:see you|see u|until|till|by|since|from|back) )then|just)\s*([.!?]*)$/i;

/**
 * A connective before a stop inside a joined text. tidySentence checks only a part's end, but a
 * part can hold two sentences ("have you tried but !” so you should": the unpaired quote goes,
 * leaving "but ! so you should"), and a later step may drop the second. Narrower than
 * DANGLING_END: "then!" or "just!" can close a sentence the replier wrote.
 */
export const CONNECTIVE_BEFORE_STOP = /[\s,;:]*\b(?:and|but|so|or|because)([.!?])(?=\s|$)/gi;

/** Punctuation and connectives a cut sentence may start with ("and", "but", ", so"): dropped. */
export const LEADING_JUNK = /^(?:[\s,;:\u2014\u2013.-]|\b(?:and|but|so|or|also|though|anyway)\b)+/i;
/** What is left after them when it is only the reason for something cut ("cuz i already barely see you", "'Cause it wasn't fair."). */
export const HANGING_REASON = /^['\u2019]?(?:because|cos|cuz|cause|coz|bc)\b/i;

/** Relief reported, not said by the sharer ("Says he's fine but he don't sound fine"): no relief. */
export const RELIEF_REPORTED = /\b(?:says?|said|told me)\b/;
/** A mishap before the relief ("Me mam's had another fall. She's alright"): relief is not all of it. */
export const RELIEF_AFTER_MISHAP = /\b(?:fall|fell|fallen|accident|crash\w*|ambulance|a&e|injur\w*)\b/;

/**
 * A line of ours that gives the replier nothing to build on (coach 10.3): the share's event said
 * back after a bare "Oh,"/"Ah," with no word of care ("Oh, Marlowe's is closing end of the month."),
 * or a stock thanks (`ASK_OPEN` in rewrite-phrases.ts). The w19–w22 judges graded such starters 2 in
 * 0–1% of grades and the bare say-back 0 in 48%.
 */
export const BARE_SAY_BACK = /^(?:oh|ah)\b[^.!?\u2014]*\.$/i;
/** Words of care that make a say-back more than an echo ("Oh, that's a lot to carry around."). */
export const CARE_WORD =
  /\b(?:sorry|love|proud|glad|happy|hard|awful|rough|wonderful|amazing|brilliant|course|wonder|lot|sting|stings|huge|great|congrat\w*|well done|yay|yes|miss|hug|here)\b/i;
