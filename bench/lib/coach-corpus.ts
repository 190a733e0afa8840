/**
 * Benchmark corpus for the coach: shares and realistic draft replies (each under 400
 * characters) in texting and speaking styles, good and poor, written by this project.
 * Each share is paired with every reply in its group; some groups carry partner notes.
 */

export interface CorpusItem {
  share: string;
  reply: string;
  partnerNotes?: string[];
}

interface Group {
  share: string;
  notes?: string[];
  replies: string[];
}

const GROUPS: Group[] = [
  {
    share: "My manager criticised my report in front of the whole team today. I wanted the floor to swallow me.",
    notes: ["Her dad was very critical of her schoolwork growing up"],
    replies: [
      "You should talk to HR about that, it's not okay.",
      "Oh no, that sounds humiliating. What did she actually say?",
      "Ugh, in front of everyone? No wonder you wanted to disappear. I'm so sorry, love.",
      "Given how your dad picked apart everything you did at school, that must have hit an old bruise. How are you doing now?",
      "just ignore her tbh, she does it to everyone",
      "That reminds me of when my boss did that at my old job, I was furious for a week.",
      "Why are you letting her get to you like this?",
      "I understand. What are you going to do about it?",
    ],
  },
  {
    share: "Fine. Lots of meetings.",
    replies: [
      "Lots of meetings can be draining. What was the best part of your day, and the worst?",
      "Cool. Did you remember to call the plumber?",
      "Sounds like a long one. Want to flop on the sofa with me?",
      "ok",
      "Fine as in good, or fine as in you don't want to talk about it? Either's okay.",
    ],
  },
  {
    share: "I got the job!!! They called an hour ago and I still can't believe it",
    replies: [
      "WHAT!! Congratulations!! I'm so proud of you, you worked so hard for this 🎉",
      "Nice. What's the salary?",
      "That's amazing news! How does it feel now it's real?",
      "Congrats. Does that mean we'll have to move though?",
      "yesss I knew you'd get it!! we're celebrating tonight, my treat",
    ],
  },
  {
    share: "I'm so anxious about the biopsy results, I keep checking my phone every five minutes.",
    notes: ["Lost his mum to cancer when he was 19"],
    replies: [
      "Don't worry, it's probably nothing.",
      "That waiting is awful. I'm here, and I'll sit with you while you wait. What's going through your head?",
      "After losing your mum, of course this is terrifying. I'm right here with you.",
      "Try not to google anything, that's the worst thing you can do.",
      "I know how you feel. I had a scare last year too.",
      "Of course you're anxious, anyone would be. Want me to hold onto your phone for an hour, or would you rather keep it?",
    ],
  },
  {
    share: "Mum rang and we ended up fighting about Christmas. Again. I'm so tired of it.",
    notes: ["Always feels she has to keep the peace in her family"],
    replies: [
      "Why don't you just tell her you're not coming this year?",
      "Again? That sounds exhausting. What was it about this time?",
      "You always let her wind you up, honestly.",
      "That sounds so draining, especially when you're always the one keeping the peace. What do you need from me tonight?",
      "ugh I'm sorry babe. the same fights every year must wear you down",
      "Well it's Christmas, families fight, it's not a big deal.",
    ],
  },
  {
    share: "I cried in the car after work today. Everything just feels heavy.",
    replies: [
      "Oh love. I'm so sorry it's that heavy right now. Do you want to talk about it, or just be close for a bit?",
      "Maybe you should think about seeing a therapist.",
      "Cheer up! It's the weekend soon 😄",
      "That sounds really hard. What's been weighing on you most?",
      "Poor you. I feel bad for you.",
      "I'm here. No need to explain it all, we can just sit together.",
    ],
  },
  {
    share: "It really hurt when you laughed at my idea in front of your friends.",
    replies: [
      "I'm sorry I laughed. I can see how small that made you feel, and I want to do better.",
      "I was only joking, you're being too sensitive.",
      "That's not what happened, I laughed at Dan's comment.",
      "I didn't mean to hurt you. What was that moment like for you?",
      "You're right, that was thoughtless of me. I'm sorry. Can you tell me more about how it landed?",
      "I understand, but I was only joking.",
    ],
  },
  {
    share: "The vet said Biscuit needs surgery and I'm terrified.",
    notes: ["Biscuit was the first thing she got after moving out on her own"],
    replies: [
      "I'm sure it'll be fine, vets do this every day.",
      "Oh no. Biscuit's been with you since your first flat, of course you're terrified. What did the vet say exactly?",
      "How much is it going to cost?",
      "That's so scary. I'll come with you on the day.",
      "At least they caught it early.",
    ],
  },
  {
    share: "I feel really lonely since Jess moved away. The weekends are the worst.",
    replies: [
      "Sign up for a class or something, you'll meet people.",
      "That sounds so lonely, especially when weekends used to be your time together. What do you miss most?",
      "Me too, I barely see my friends anymore.",
      "You've got me though!",
      "I hate that for you. Want to plan something for Saturday, just us?",
    ],
  },
  {
    share: "Any tips for the driving test tomorrow? I'm a bundle of nerves.",
    replies: [
      "You sound really nervous, which makes total sense. Get there early so you're not rushing.",
      "Just relax, you'll be fine.",
      "Sleep early and eat a proper breakfast. And it's normal to be nervous, you've got this.",
      "What part are you most nervous about? We could go through it together.",
    ],
  },
  {
    share: "I burnt the cake for Lily's party and I just wanted to sit on the floor and cry.",
    replies: [
      "It's just a cake, haha. Buy one.",
      "Oh no, after all that effort. That's so deflating. Want me to pick one up on the way home so you can breathe?",
      "No wonder you wanted to cry, you've been running on empty all week. I'm coming home early.",
      "Did you not set a timer?",
    ],
  },
  {
    share: "i cant sleep again, my head wont stop spinning about the move",
    replies: [
      "just put your phone away an hour before bed",
      "that sounds exhausting. what's spinning the most?",
      "moves are so unsettling, of course your brain won't switch off. want me to stay up with you a bit?",
      "Why are you stressing, it's weeks away",
      "i'm awake too if you want to talk x",
    ],
  },
  {
    share: "Work was brutal. Three deadlines moved up and nobody asked me.",
    replies: [
      "I'd push back on at least one of them tomorrow.",
      "Three at once and nobody asked? That's so unfair. How are you holding up?",
      "My day was even worse, honestly.",
      "So does that mean you're working this weekend?",
      "Ugh. That sounds like a lot. Dinner's on me tonight, don't lift a finger.",
    ],
  },
  {
    share: "I'm nervous about meeting your parents on Saturday.",
    notes: ["Worries a lot about not being good enough for people"],
    replies: [
      "Don't be nervous, they're easy.",
      "That makes sense, it's a big step. What are you most worried about?",
      "Knowing how much you worry about being good enough, I get why this feels big. They're going to love you, and I'll be next to you the whole time.",
      "You'll be fine lol",
    ],
  },
  {
    share: "Got passed over for the team lead role. Gutted tbh.",
    replies: [
      "Ask for feedback on why, then go for the next one.",
      "Gutted is right, you wanted that so much. I'm really sorry. What's the part that stings most?",
      "Their loss honestly",
      "Everything happens for a reason.",
      "That's rough. Do you want to vent, or do you want distraction tonight?",
    ],
  },
  {
    share: "Dad's not speaking to me since the argument.",
    notes: ["Her dad went silent for weeks whenever she disagreed with him as a teenager"],
    replies: [
      "He'll come round, he always does.",
      "That silence must bring back all those weeks he went quiet on you as a teenager. How are you holding up?",
      "What did you say to him?",
      "That sounds painful. I'm here if you want to talk it through.",
      "Text him and apologise, problem solved 👍",
    ],
  },
  {
    share: "Nobody came to my talk except two people.",
    replies: [
      "Poor you, how embarrassing.",
      "Oof, after all that prep. That must have felt so deflating. How did the talk itself go?",
      "Two people who really wanted to be there though! What did they say?",
      "You should have promoted it more.",
    ],
  },
  {
    share: "I snapped at the kids and now I feel awful.",
    replies: [
      "You always snap when you're tired.",
      "It sounds like you're being really hard on yourself. You've been carrying a lot. What happened?",
      "Everyone snaps sometimes. Don't beat yourself up.",
      "I'm sorry, that guilt is the worst. Want me to do bedtime tonight?",
    ],
  },
  {
    share: "My back's been killing me all week and I'm so grumpy because of it.",
    replies: [
      "The best thing is to see a physio. Book one tomorrow.",
      "A week of pain would make anyone grumpy. I'm sorry it's been so relentless. What helps even a little?",
      "Have you tried stretching?",
      "That sounds miserable. Let me take the dog out tonight.",
    ],
  },
  {
    share: "I finally finished the marathon!! Four hours thirty, I'm so happy",
    replies: [
      "YOU DID IT!! I'm so proud of you, all those early mornings 🥳",
      "4:30? I thought you were aiming for 4.",
      "Amazing!! How are your legs? What was the best moment?",
      "Well done. I ran one in 3:50 back in uni.",
    ],
  },
  {
    share: "Honestly I feel like a failure as a parent this week.",
    replies: [
      "Oh stop, you're being dramatic.",
      "That's such a painful feeling to carry. What happened this week that brought it up?",
      "You're not a failure. I see how hard you try every single day. What's been the hardest moment?",
      "Same, I feel like that all the time.",
    ],
  },
  {
    share: "I've been so anxious about money lately, every bill makes my chest tight.",
    replies: [
      "You ought to make a proper budget spreadsheet this weekend.",
      "That tight-chest feeling sounds awful. I'm sorry you've been carrying it on your own. Can we look at it together when you're ready?",
      "It's only money, we'll be fine.",
      "How long have you been feeling like this? I wish you'd told me sooner, not because you did anything wrong, I just want to be there.",
    ],
  },
  {
    share: "The rain ruined the garden party I spent weeks planning.",
    replies: [
      "Poor you! All that work.",
      "Weeks of planning and then the weather does that. That's so disappointing. What part were you most looking forward to?",
      "Could be worse, at least it didn't get cancelled.",
      "Ugh, I'm sorry. You made it lovely anyway, everyone said so.",
    ],
  },
  {
    share: "I'm scared I'll never be good at this job.",
    notes: ["Changed careers at 35 after years in retail"],
    replies: [
      "I know how that feels. That sounds really scary.",
      "Changing careers at 35 takes so much courage, and of course the learning curve feels steep. What's made you feel that way this week?",
      "You just need more practice.",
      "That fear sounds heavy. I'm here. What would help you feel a bit steadier?",
    ],
  },
  {
    share: "My best mate forgot my birthday and I'm trying not to be hurt.",
    replies: [
      "Let it go, mate. Message him and laugh it off.",
      "You're allowed to be hurt. Birthdays matter. Has he been distant lately?",
      "Happens to the best of us, he's busy.",
      "That stings, especially from him. Want to go out for a pint tonight, just us?",
    ],
  },
  {
    share: "I'm exhausted and I don't think I can do the party tonight.",
    replies: [
      "Does this mean you're going to miss my birthday thing too?",
      "Then we'll stay in. I'll let them know. What would feel good tonight?",
      "But I already bought the tickets.",
      "You sound wiped. Let's skip it, I'll make us something easy. Sofa or bath first?",
    ],
  },
  {
    share: "The doctor told me I should cut down on salt and I feel like I'm being told off like a kid.",
    replies: [
      "Oof, being talked down to is the worst. It makes sense that it got under your skin.",
      "Well, you should cut down on salt, he's right.",
      "He said that like you were a kid? That sounds so patronising. How did you answer?",
    ],
  },
  {
    share: "Seeing his new girlfriend on Instagram hurt more than I'd like to admit.",
    replies: [
      "I know how you feel, honestly. Don't look at it.",
      "Of course it hurt. Seeing it out of nowhere is like a punch. How are you feeling now?",
      "Block him. Seriously. Worth it.",
      "Oh babe. That's such a gut-drop moment. I'm here, want to talk or want me to come over with ice cream?",
    ],
  },
  {
    share: "Everyone keeps telling me what to do about the house sale and I'm so sick of it.",
    replies: [
      "I'm not going to tell you what to do. That sounds exhausting. What's it been like hearing it from all sides?",
      "Just sell it to the first buyer and be done with it.",
      "My sister said 'you should just auction it' to me the other day, people love giving advice. How are you feeling about it all?",
    ],
  },
  {
    share: "I didn't get into the programme. I'm devastated.",
    replies: [
      "Look on the bright side, now you've got your summer free!",
      "Oh no. I'm so sorry, I know how much you wanted this. What's the hardest part right now?",
      "That's devastating after all the work you put in. I'm right here.",
      "Did they say why? Maybe you can reapply next year.",
      "You'll get in next time for sure, don't stress",
    ],
  },
  {
    share: "My phone got stolen on the bus and I feel so violated.",
    replies: [
      "It's only a phone, you can get a new one.",
      "That's such a horrible feeling, someone that close to you without you knowing. Are you okay?",
      "Did you report it? You need to block the SIM right now.",
      "Ugh, that's awful. Come home, I'll sort the SIM stuff with you and make tea.",
    ],
  },
  {
    share: "I'm wiped. Long day.",
    replies: [
      "Don't lift a finger tonight, I'll sort the washing up. Want a cuppa?",
      "Long how? Tell me the worst bit.",
      "Same tbh",
      "Wiped sounds about right for the week you've had. What's left in the tank, a film or an early night?",
    ],
  },
  {
    share: "My grandad's dog died this morning. I know it's silly but I can't stop crying.",
    notes: ["Spent every summer at his grandad's farm as a kid"],
    replies: [
      "At least he had a long life.",
      "It's not silly at all. That dog was part of all those summers at the farm. Of course you're crying.",
      "I'm so sorry. That's heartbreaking. Do you want to tell me about him?",
      "Aw poor thing",
      "Why are you crying over your grandad's dog though?",
    ],
  },
  {
    share: "We lost the pitch and I feel like it's my fault.",
    replies: [
      "Could be worse, you could've lost the whole account.",
      "That's such a heavy thing to carry. What makes it feel like it's on you?",
      "It's not your fault, it was a team effort. How are you feeling about tomorrow?",
      "Well you did leave the slides till the last minute.",
    ],
  },
  {
    share: "I feel so unseen at home sometimes.",
    replies: [
      "I understand what you're saying.",
      "I'm sorry. That sounds lonely, and I don't want you to feel that with me. When did you feel it most this week?",
      "Unseen how? I do loads for you.",
      "I hear you. I want to see you. Can you help me understand what would make you feel noticed?",
    ],
  },
  {
    share: "i'm so stressed about the tax return omg",
    replies: [
      "you should've started it in january tbh. do it tonight",
      "omg the tax return dread is real. what's the scariest bit of it?",
      "want me to sit with you while you do it? snacks included",
      "it's not that hard, just fill in the boxes",
    ],
  },
  {
    share: "I'm sad my best friend's moving to Australia.",
    notes: ["Has known Ellie since primary school"],
    replies: [
      "Aw, poor you. Rather you than me.",
      "Ellie's been your person since primary school, no wonder this hurts so much. When does she go?",
      "How are you going to stay in touch?",
      "That's such a big loss. I'm sorry, love. What will you miss most?",
    ],
  },
  {
    share: "Felt invisible at the party. Everyone was paired off and I just stood there.",
    replies: [
      "Next time go up to someone and introduce yourself.",
      "Standing there alone while everyone's paired off is such an awful feeling. I wish I'd been there. What was going through your head?",
      "Parties are overrated anyway haha",
      "That sounds really lonely. I'm sorry. Come here.",
    ],
  },
  {
    share: "Another migraine. Third this week. I'm so fed up.",
    replies: [
      "Have you thought about cutting out coffee?",
      "Three in a week? No wonder you're fed up. I'm sorry, that's relentless. Dark room and I'll keep the kids quiet?",
      "How are you feeling right now, is it still bad?",
    ],
  },
  {
    share: "I'm angry my manager changed the rota again without asking.",
    replies: [
      "Are you going to raise it at the team meeting?",
      "Again? That's so disrespectful of your time. No wonder you're angry. What did it mess up this time?",
      "I'd be furious too. Honestly.",
      "Just quit, seriously, that place isn't worth it.",
    ],
  },
  {
    share: "You forgot to pick me up and I stood in the rain for an hour.",
    replies: [
      "I'm so sorry I forgot you. That must have felt awful, standing there waiting. I'll set a reminder from now on.",
      "I had a lot on, it's not like I did it on purpose.",
      "Sorry you feel that way.",
      "That's on me. I'm sorry. Were you freezing? Let me run you a bath.",
    ],
  },
  {
    share: "I've never told anyone this but I still feel ashamed about leaving uni.",
    replies: [
      "I don't fully understand yet, but I really want to. Thank you for telling me. What's the shame like when it shows up?",
      "That was ages ago, why does it still bother you?",
      "Loads of people drop out, it's no big deal.",
      "Thank you for trusting me with that. It makes sense it's stayed with you. I'm listening.",
    ],
  },
  {
    share: "My sister said my cooking is terrible in front of everyone at dinner.",
    replies: [
      "Ohh you poor thing.",
      "In front of everyone? That's so hurtful, and after you'd cooked for all of them. How did you keep it together?",
      "She's always been like that, just ignore her.",
      "Did she mean it as a joke maybe?",
      "I'm sorry, that was unkind of her. I loved the lasagne, for the record. Want to talk about it?",
    ],
  },
  {
    share: "I keep thinking about the argument with Mia and I can't focus on anything.",
    replies: [
      "I understand. That sounds hard.",
      "It sounds like it's really playing on your mind. What part keeps coming back?",
      "Stop overthinking it, she's probably forgotten already.",
      "Arguments with close friends are so unsettling. I'm around all evening if you want to go over it.",
      "Why did you argue in the first place?",
    ],
  },
  {
    share: "Being the only woman on the team is wearing me down.",
    notes: ["Was the only girl in her engineering class at uni and hated how people talked over her"],
    replies: [
      "I totally understand, babe.",
      "It's been that way since your engineering class at uni, being talked over again and again. No wonder you're worn down. What happened this week?",
      "You should bring it up with HR, they have to do something.",
      "That sounds so tiring, having to prove yourself all the time. I'm on your side.",
    ],
  },
  {
    share: "Today was a lot. The school called about Sam again, I missed a deadline, and then the car made that noise. I'm so overwhelmed I could scream.",
    notes: ["Grew up having to hold everything together for her younger brothers"],
    replies: [
      "Oh love, that's so much in one day. The school, the deadline and then the car, no wonder you could scream. You've been holding everything together since you were little, looking after your brothers, and it makes sense that a day like this tips you over. I'm here. What feels heaviest right now?",
      "Okay, first thing tomorrow you should call the garage, then email your boss about a new deadline, and I'd ring the school back and ask for a meeting. If you write a list tonight it'll feel more manageable. Also you need to stop taking everything on yourself, you always do this.",
      "That sounds like a brutal day and I'm really sorry. I can take the car to the garage on Thursday so that's one thing off your plate. How are you feeling about the Sam stuff, is that the part that's sitting with you most, or is it everything piling up at once?",
      "Ugh I had the worst day too, my boss moved the launch again and I had to redo the whole deck. Then the train was cancelled. Honestly I'm shattered. Anyway what did the school say about Sam? Are you going to go in?",
    ],
  },
];

/** Every share paired with each of its group's replies. */
export const COACH_CORPUS: readonly CorpusItem[] = GROUPS.flatMap((g) =>
  g.replies.map((reply) => (g.notes === undefined ? { share: g.share, reply } : { share: g.share, reply, partnerNotes: g.notes })),
);
