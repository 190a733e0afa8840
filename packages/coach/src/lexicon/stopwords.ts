/**
 * Words too common to show that a reply draws on a partner note (Level Two overlap).
 * Data only.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also always am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  even ever every few for from further get gets getting got had hadn't has hasn't have haven't having he he'd he'll
  he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its
  itself just know let's like lot lots made make makes me more most much must mustn't my myself never no nor not now
  of off on once only or other ought our ours ourselves out over own really same she she'd she'll she's should
  shouldn't so some still such than that that's the their theirs them themselves then there there's these they
  they'd they'll they're they've thing things think this those though through to too under until up very was wasn't
  we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's
  will with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves yeah okay feel feels
  felt feeling sounds sound today tonight tomorrow yesterday time times day week good bad people want wants going
  gonna been kind sort maybe something anything everything nothing someone anyone everyone right well back around
  said says tell told talk talked being getting always again still ever`.split(/\s+/),
);
