/**
 * Share-side patterns: does the sharer ask for advice, bring good news, or open the
 * inner layer in words the emotion model may miss ("I feel like…", "my chest is tight").
 * Data only, written by this project; read by `share.ts`.
 */
import { rx } from "./fragments.ts";

/** The sharer asks for ideas or a decision: suggestions are then welcome, not "fixing". */
export const ADVICE_REQUEST: readonly RegExp[] = [
  rx("\\bwhat (?:should|shall|do|would|can|could) i (?:do|say|tell|text|write|reply|answer|even do|get|pick|choose)\\b"),
  rx("\\bwhat would you (?:do|say|suggest|recommend|tell)\\b|\\bwhat do you (?:think|reckon|suggest|recommend) i (?:should|do|say)\\b|\\bdo you think i should\\b|\\bwould you (?:take|go|tell|say|do|accept|quit|call)\\b[^.!]*\\?"),
  rx("\\b(?:any|got any|have any|need|need some|want some|some|your|looking for|give me some|could use some|would love some|open to) (?:advice|ideas|tips|suggestions|pointers|recommendations)\\b(?! (?:from|about how annoying))"),
  rx("\\bi need (?:your )?(?:advice|help (?:deciding|choosing|figuring|working|with what))\\b|\\badvice\\s*[:?]|\\bhelp me (?:decide|choose|figure|work out|think|sort out|plan)\\b|\\bhelp\\s*[!?.]*\\s*$"),
  rx("\\bshould i\\b[^.!]*(?:\\?|$)|\\bhow (?:do|can|could|should|would) i (?:even )?\\w+[^.!]*(?:\\?|$)|\\bis it (?:ok|okay|wrong|bad|weird|worth it) (?:if|to) i?\\b[^.!]*\\?|\\bwhich (?:one )?should i\\b|\\bam i (?:wrong|overreacting|being unreasonable) (?:to|for|if)\\b[^.!]*\\?"),
  rx("\\btell me what to do\\b|\\bwhat(?:'?s| is) the best way to\\b|\\bhow would you (?:handle|approach|deal with|say)\\b|\\bwhat do i do\\b"),
];

/** Not a request even though it looks like one ("everyone keeps telling me what to do"). */
export const ADVICE_REQUEST_NEGATIVE: readonly RegExp[] = [
  rx("\\b(?:don'?t|do not|dont|not|without) (?:want|need|looking for|asking for) (?:any )?(?:advice|ideas|tips|suggestions|solutions|fixing)\\b|\\b(?:just|only) (?:need|want) to (?:vent|rant|be heard|talk)\\b|\\bnot asking (?:you )?(?:for|what)\\b"),
];

/** Good news the sharer is bringing ("I got the job!"): shared joy fits the reply. */
export const GOOD_NEWS: readonly RegExp[] = [
  rx("\\b(?:i|we) (?:got|get|landed|won|passed|aced|smashed|nailed|finished|made|did|found|bought|sold|signed|booked|got into|got in|hit|reached|ran|beat|completed|graduated|qualified)\\b[^.!?]{0,50}(?:!|\\b(?:job|offer|promotion|promoted|place|flat|house|grant|award|prize|pay ?rise|raise|contract|deal|exam|test|interview|marathon|degree|licen[cs]e|part|role|scholarship|funding|record|it|yes)\\b)"),
  // Someone close got their results, passed, or got in ("Ollie got his results!", "she passed her test"): news the
  // sharer brings about another is good news too. "got his results" counts only when exclaimed, since results can be bad.
  rx("\\bgot (?:my|his|her|their|our|the) (?:results|grades|marks|scores)\\b[^.?]{0,30}!|\\b(?:he|she|they)(?:'?ve| has| have)? (?:passed|aced|smashed|nailed) (?:his|her|their|the|it)\\b(?! away)|\\b(?:he|she|they) (?:got|was|were|has been|have been) (?:accepted|in(?=\\s*!)|into (?:uni|university|college|the course|the school|the team))\\b(?! (?:hospital|trouble|a fight|an accident))"),
  rx("\\bguess what\\b|\\b(?:good|great|amazing|best|big|exciting) news\\b|\\bi got promoted\\b|\\bthey said yes\\b|\\bwe'?re (?:engaged|pregnant|expecting|moving)\\b|\\bi'?m (?:engaged|pregnant|so happy|so excited|so proud|thrilled|buzzing|over the moon|chuffed)\\b|\\bi did it\\b|\\bfinally (?:got|finished|passed|did|heard back|sold|bought)\\b|\\baccepted\\b|\\bi (?:was|am|'?m|got) (?:accepted|picked|chosen|shortlisted|selected)\\b|\\bbest day\\b|\\bput me forward\\b|\\b(?:picked|chose|offered) me\\b|\\ball clear\\b|\\bbenign\\b|\\bcame back (?:clear|negative|fine|normal)\\b|\\bwithout stopping\\b|\\bpersonal best\\b|\\bfirst (?:word|words|steps|time)\\b|\\bfinally\\b|\\bwe won\\b|\\bi won\\b|\\bmade up\\b|\\bsaid thank you\\b|\\bproud of me\\b|\\bbest time\\b|\\byay+\\b|\\bwoo+\\b|\\ud83c\\udf89|\\ud83e\\udd73"),
];

/** A loss or a blow ("my dog died", "I was laid off"): met with sorrow, not "how did it feel?". */
export const HARD_NEWS: readonly RegExp[] = [
  rx("\\b(?:(?<!(?:phone|battery|laptop|computer|car|engine|plant|wifi|conversation|joke) )died|passed away|has passed|put (?:him|her|them) down|put to sleep|funeral|miscarr(?:iage|ied)|diagnosed with|broke up with me)\\b|\\b(?:i|we|he|she|they)(?: got| was| were| have been| 've been|'ve been| am|'m)? (?:laid off|let go|fired|made redundant|dumped)\\b|\\b(?:lost|losing) (?:my|our|his|her) (?:job|mum|mom|mother|dad|father|baby|nan|gran|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|friend|best friend|dog|cat|pet|home|house)\\b"),
];

/** Inner-layer phrasings the emotion model can miss: the sharer speaks of their inside. */
export const INNER_LAYER: readonly RegExp[] = [
  rx("\\bi (?:feel|felt|'?m feeling|am feeling|was feeling|keep feeling|kind of feel|kinda feel)\\b|\\bfeel(?:s|ing)? like i\\b|\\bmakes? me (?:feel|want to)\\b|\\bmade me (?:feel|want to)\\b"),
  rx("\\bi (?:miss|hate|dread|wish|can'?t stop (?:thinking|crying|worrying)|keep (?:thinking|worrying|replaying)|could (?:cry|scream))\\b|\\bmy (?:heart|chest|stomach|head)(?:'s| is| was)? (?:tight|in knots|racing|pounding|sank|hurts|heavy|spinning)\\b|\\bin knots\\b|\\bbroke me\\b|\\bwanted to (?:disappear|cry|scream|hide)\\b|\\bi'?m (?:so |really |a bit |kind of )?(?:scared|afraid|worried|nervous|terrified|anxious|gutted|hurt|lonely|sad|angry|furious|fed up|ashamed|embarrassed|proud|thrilled|excited|overwhelmed|stressed|a wreck|a mess|losing it|losing my mind|struggling)\\b"),
];

/** The share is about something the replier did ("you forgot", "when you laughed"): "sorry" is then an apology. */
export const COMPLAINT: readonly RegExp[] = [
  rx("\\b(?:you|u) (?:didn'?t|did not|never|always|forgot|said|told|laughed|made|were|weren'?t|keep|kept|left|went|walked|checked|booked|called|cancelled|canceled|raised|snapped|shouted|yelled|ignored|interrupted|corrected|brought|sided|promised|drove|sighed|changed|commented|took|missed|joked|didnt|talked|teased|criticised|criticized|mocked|rolled|stormed|hung up|compared)\\b|\\bwhen (?:you|u)\\b|\\b(?:your|ur) (?:comment|joke|remark|tone|reaction|text)\\b|\\b(?:it|that) (?:hurt|upset|annoyed|stung|bothered|scared|frustrated) me (?:when|that) (?:you|u)\\b|\\bi'?m (?:upset|hurt|frustrated|annoyed|angry|disappointed) (?:that )?(?:you|u)\\b"),
];

/** Feeling words of joy: a share whose only feelings are these brings good news. */
export const GLAD_WORDS = /^(?:happy|glad|proud|relieved|excited|thrilled|grateful|delighted|overjoyed|elated|chuffed|joyful|contented|peaceful|thankful|ecstatic|buzzing|over the moon|hopeful|good)$/;
