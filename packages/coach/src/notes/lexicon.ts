/**
 * Data for note relevance, kept apart from the algorithm: the people a share can be
 * about (family roles and others, with the words people use for them), topics, and
 * feeling families in everyday words. Written by this project. Forms are plain words or
 * two-word phrases; they are stemmed when loaded, so list the base form and the
 * irregular ones only. Keep forms that mean the thing in almost every use.
 */

export interface RoleEntry {
  /** what a reason says: "about their mother" */
  label: string;
  forms: readonly string[];
  /** roles in the same family group count as a weaker match ("parents" ~ "mother") */
  group?: string;
}

export const ROLES: Readonly<Record<string, RoleEntry>> = {
  mother: { label: "mother", forms: ["mom", "mum", "mother", "mama", "mommy", "mummy", "mam", "mother's day"], group: "parents" },
  father: { label: "father", forms: ["dad", "father", "papa", "daddy", "father's day"], group: "parents" },
  parents: { label: "parents", forms: ["parents", "parent", "folks"], group: "parents" },
  stepparent: { label: "step-parent", forms: ["stepfather", "stepdad", "stepmother", "stepmom", "stepmum"], group: "parents" },
  sister: { label: "sister", forms: ["sister", "sis"], group: "siblings" },
  brother: { label: "brother", forms: ["brother", "bro"], group: "siblings" },
  siblings: { label: "siblings", forms: ["siblings", "sibling"], group: "siblings" },
  grandmother: { label: "grandmother", forms: ["grandma", "grandmother", "nan", "nana", "nanna", "granny", "gran", "nani", "abuela", "oma"], group: "grandparents" },
  grandfather: { label: "grandfather", forms: ["grandpa", "grandfather", "granddad", "grandad", "gramps", "opa", "abuelo"], group: "grandparents" },
  grandparents: { label: "grandparents", forms: ["grandparents", "grandparent"], group: "grandparents" },
  aunt: { label: "aunt", forms: ["aunt", "auntie", "aunty"], group: "relatives" },
  uncle: { label: "uncle", forms: ["uncle"], group: "relatives" },
  cousin: { label: "cousin", forms: ["cousin"], group: "relatives" },
  niece: { label: "niece", forms: ["niece"], group: "relatives" },
  nephew: { label: "nephew", forms: ["nephew"], group: "relatives" },
  child: { label: "children", forms: ["son", "daughter", "kid", "child", "children", "kids"], group: "children" },
  baby: { label: "baby", forms: ["baby", "newborn"], group: "children" },
  ex: { label: "ex", forms: ["ex", "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "ex-partner", "first husband", "first wife"] },
  boss: { label: "boss", forms: ["boss", "manager", "supervisor", "line manager"], group: "work" },
  colleague: { label: "colleagues", forms: ["colleague", "coworker", "co-worker", "teammate"], group: "work" },
  friend: { label: "friends", forms: ["friend", "bestie", "best friend", "friend group"], group: "friends" },
  flatmate: { label: "flatmate", forms: ["flatmate", "roommate", "housemate"], group: "friends" },
  teacher: { label: "teacher", forms: ["teacher", "professor", "tutor"] },
  landlord: { label: "landlord", forms: ["landlord", "landlady"] },
};

export type TopicKind = "topic" | "feeling";

export interface TopicEntry {
  kind: TopicKind;
  /** what a reason says: "about work", "feeling anxious" */
  label: string;
  /** a topic so common in everyday talk that sharing it alone says little ("work", "food") */
  broad?: true;
  forms: readonly string[];
}

export const TOPICS: Readonly<Record<string, TopicEntry>> = {
  work: {
    kind: "topic",
    label: "work",
    broad: true,
    forms: ["work", "job", "office", "meeting", "career", "project", "deadline", "client", "company", "promotion", "shift",
      "presentation", "slides", "performance review", "interview", "boss", "manager", "colleague", "coworker", "restructuring", "workplace"],
  },
  "job-loss": {
    kind: "topic",
    label: "losing a job",
    forms: ["laid off", "layoff", "layoffs", "fired", "redundant", "redundancy", "restructuring", "let go", "unemployed", "job hunt"],
  },
  health: {
    kind: "topic",
    label: "health",
    broad: true,
    forms: ["health", "hospital", "doctor", "sick", "ill", "illness", "pain", "headache", "migraine", "scan", "chemo", "cancer",
      "diagnosis", "appointment", "surgery", "heart attack", "chest", "nurse", "flare-up", "flare", "medication", "symptoms", "clinic", "head", "care home"],
  },
  money: {
    kind: "topic",
    label: "money",
    forms: ["money", "rent", "bill", "bills", "afford", "debt", "savings", "saving up", "budget", "salary", "cost", "expensive",
      "bankrupt", "loan", "mortgage", "cash", "broke", "pay"],
  },
  friends: {
    kind: "topic",
    label: "friends",
    broad: true,
    forms: ["friend", "friends", "friendship", "the guys", "the girls", "mates", "brunch", "party", "drinks", "hang out", "friend group"],
  },
  belonging: {
    kind: "topic",
    label: "being left out",
    forms: ["left out", "excluded", "without me", "outsider", "lonely", "alone", "ignored", "fit in", "isolated", "ghosted",
      "stopped talking", "invited", "not invited"],
  },
  school: {
    kind: "topic",
    label: "school and study",
    forms: ["school", "teacher", "class", "grades", "exam", "university", "uni", "college", "degree", "masters", "master", "phd",
      "thesis", "defence", "defense", "homework", "teenagers", "students", "study", "committee"],
  },
  home: {
    kind: "topic",
    label: "home and moving",
    broad: true,
    forms: ["move", "moving", "house", "flat", "apartment", "landlord", "packing", "new place", "neighbours"],
  },
  loss: {
    kind: "topic",
    label: "loss and grief",
    forms: ["died", "death", "funeral", "passed away", "grief", "grieving", "loss", "anniversary", "memory", "memorial"],
  },
  food: {
    kind: "topic",
    label: "food",
    broad: true,
    forms: ["cook", "cooking", "breakfast", "lunch", "dinner", "meal", "pancakes", "bacon", "bake", "baking", "bakery", "kitchen",
      "recipe", "eat", "eating", "food", "seconds", "dal"],
  },
  body: {
    kind: "topic",
    label: "body image",
    forms: ["weight", "body", "fat", "diet", "size", "looks", "appearance", "seconds"],
  },
  animals: {
    kind: "topic",
    label: "animals",
    forms: ["dog", "puppy", "cat", "kitten", "pet", "retriever", "shelter", "animal", "vet"],
  },
  travel: {
    kind: "topic",
    label: "travel",
    forms: ["trip", "flight", "flights", "fly", "holiday", "vacation", "travel", "abroad", "airport"],
  },
  sport: {
    kind: "topic",
    label: "sport",
    forms: ["run", "running", "marathon", "half marathon", "race", "gym", "training", "climbing", "climb", "workout", "15k", "10k", "5k"],
  },
  celebration: {
    kind: "topic",
    label: "celebrations",
    forms: ["birthday", "christening", "wedding", "married", "engaged", "celebrate", "best man", "bridesmaid", "christmas"],
  },
  conflict: {
    kind: "topic",
    label: "arguments",
    broad: true,
    forms: ["argument", "argue", "fight", "snapped", "snap", "yelled", "shouted", "row", "disagreement", "space", "cool off"],
  },
  apology: {
    kind: "topic",
    label: "saying sorry",
    forms: ["sorry", "apologise", "apologize", "apology", "apologises"],
  },
  tears: {
    kind: "topic",
    label: "tears",
    forms: ["cry", "crying", "tears", "teared", "tear up", "teared up", "sob", "weep", "emotional"],
  },
  criticism: {
    kind: "topic",
    label: "criticism",
    forms: ["criticised", "criticized", "criticism", "criticise", "feedback", "comment", "comments", "judged", "picked apart",
      "mocked", "laughed at", "laugh at", "teased", "made fun", "bullied", "bully"],
  },
  recognition: {
    kind: "topic",
    label: "being appreciated",
    forms: ["appreciate", "appreciated", "praise", "noticed", "recognition", "credit", "effort", "thank", "thanks", "valued", "unnoticed",
      "acknowledged"],
  },
  trust: {
    kind: "topic",
    label: "trust",
    forms: ["trust", "cheat", "cheated", "affair", "insecure", "jealous", "lied", "betrayed", "vague", "didnt text", "didnt call",
      "no text", "where were you"],
  },
  rest: {
    kind: "topic",
    label: "rest",
    forms: ["rest", "nap", "relax", "day off", "lazy", "lie in", "downtime"],
  },
  tiredness: {
    kind: "topic",
    label: "exhaustion",
    forms: ["tired", "exhausted", "exhaustion", "drained", "fumes", "knackered", "sleep", "sleepless", "night shift", "night shifts", "nights"],
  },
  mistakes: {
    kind: "topic",
    label: "mistakes",
    forms: ["mistake", "mistakes", "error", "messed up", "screwed up", "got it wrong", "something wrong", "failed", "failure"],
  },
  art: {
    kind: "topic",
    label: "music and art",
    forms: ["guitar", "music", "song", "sing", "drawing", "art", "sketches", "sketch", "illustration", "painting", "dance", "dancing"],
  },
  city: {
    kind: "topic",
    label: "space and quiet",
    broad: true,
    forms: ["city", "crowded", "noise", "noisy", "loud", "field", "countryside", "farm", "nature", "open spaces", "open space"],
  },
  identity: {
    kind: "topic",
    label: "identity",
    forms: ["misgendered", "pronouns", "queer", "gay", "lesbian", "trans", "nonbinary", "coming out", "came out"],
  },
  making: {
    kind: "topic",
    label: "making things",
    forms: ["workshop", "carpentry", "woodwork", "furniture", "build"],
  },
  games: {
    kind: "topic",
    label: "games",
    forms: ["chess", "board game", "board games", "game", "games", "cards"],
  },
  anxiety: {
    kind: "feeling",
    label: "anxious",
    forms: ["anxious", "anxiety", "worried", "worry", "nervous", "stressed", "stress", "panic", "scared", "afraid", "terrified",
      "freaking out", "dread", "on edge", "shaking", "shaky", "tense"],
  },
  low: {
    kind: "feeling",
    label: "low",
    forms: ["sad", "sadness", "low", "feeling down", "blue", "gutted", "heavy", "miserable", "bad mood", "gloomy", "depressed", "bummed"],
  },
  anger: {
    kind: "feeling",
    label: "angry",
    forms: ["angry", "furious", "mad", "irritable", "annoyed", "frustrated", "livid", "fuming", "grr", "vent"],
  },
  overwhelm: {
    kind: "feeling",
    label: "overwhelmed",
    forms: ["overwhelmed", "too much", "at once", "swamped", "drowning", "so much to do", "where to start", "stretched thin"],
  },
  shame: {
    kind: "feeling",
    label: "ashamed",
    forms: ["ashamed", "shame", "embarrassed", "embarrassing", "guilty", "guilt", "stupid", "small", "not good enough"],
  },
};

/** Words that carry no subject of their own; never a shared-word match. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between both but by " +
    "can cant could couldnt did didnt do does doesnt doing dont down during each few for from further had hadnt has hasnt have " +
    "havent having he hed hell hes her here hers herself him himself his how i id ill im ive if in into is isnt it its itself " +
    "just lets me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she shed " +
    "shell shes should so some such than that thats the their theirs them themselves then there theres these they theyd theyll " +
    "theyre theyve this those through to too under until up very was wasnt we wed well were werent weve what whats when where " +
    "which while who whom why will with wont would wouldnt you youd youll your youre yours yourself yourselves " +
    "again also always never ever still really so very much many lot lots get got gets getting make makes made one two three " +
    "today tonight yesterday tomorrow week day time thing things way like want wants know feel feels feeling felt ha lol oh " +
    "kind bit something anything nothing everything someone anyone everyone go goes going went come came back new old " +
    "first last next year years month months big small little good bad first ok okay yes yeah say said tell told"
  ).split(" "),
);

/** Capitalised words that are not names even in the middle of a sentence. */
export const NOT_NAMES: ReadonlySet<string> = new Set(["i", "im", "ive", "id", "ill", "ok", "okay", "tv"]);
