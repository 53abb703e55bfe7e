// Live "lint" for the apology builder: flags qualifiers and deflections as the person types,
// each with a one-line, kind explanation.
//
// Runs on every keystroke, in the browser and in Node. Every pattern is a flat alternation of
// literal words joined by `\s+`, with only bounded gaps and no nested quantifiers, so matching
// stays linear on any input. Context checks (is there an apology earlier in the sentence?)
// scan a bounded window, never the whole text. The rules lean towards missing a deflection
// rather than flagging a sincere sentence: a false alarm on an honest apology does more harm.

export type ApologyFlagKind =
  | 'conditional'
  | 'your-feelings'
  | 'passive'
  | 'but-context'
  | 'explanation'
  | 'blame-shift'
  | 'minimising'
  | 'rushing';

export interface ApologyFlag {
  kind: ApologyFlagKind;
  /** Offset of the first flagged character in the text passed to `lintApology`. */
  start: number;
  /** Offset just past the last flagged character. */
  end: number;
  /** `text.slice(start, end)`, exactly as typed. */
  match: string;
  explanation: string;
}

export const APOLOGY_FLAG_EXPLANATIONS: Record<ApologyFlagKind, string> = {
  conditional:
    'An “if” makes the hurt sound uncertain; naming what happened shows you know it did.',
  'your-feelings':
    'This is about how they feel rather than what you did; try naming your own part instead.',
  passive: 'With no one doing the action it can sound like a step back; try saying it with “I”.',
  'but-context':
    'A “but” tends to cancel what came before it; let the apology stand, context can come later.',
  explanation:
    'Reasons can matter, and there will be room for them later; for now, let this land alone.',
  'blame-shift':
    'This points back at your partner; for now, try keeping the focus on your own part.',
  minimising:
    'Making it smaller can leave your partner feeling unheard; let it be as big as it was for them.',
  rushing: 'Repair moves at the hurt partner’s pace; it’s okay to let this take the time it takes.',
};

// Earlier kinds win when two flags cover exactly the same span.
const PRIORITY: readonly ApologyFlagKind[] = [
  'blame-shift',
  'conditional',
  'your-feelings',
  'passive',
  'but-context',
  'explanation',
  'minimising',
  'rushing',
];

/** How far back/forward context checks look; keeps each check bounded. */
const WINDOW = 160;

interface PatternRule {
  kind: ApologyFlagKind;
  /** Compiled with flags `dgi`; an optional named group `hit` narrows the flagged span. */
  pattern: RegExp;
  /** Skip the match when the sentence text before it matches this (reported speech etc.). */
  unlessBefore?: RegExp;
  /** Stretch the span to the end of the clause ("if you felt hurt by what I said"). */
  wholeClause?: boolean;
  /** Only a qualifier when an acknowledgement comes earlier in the same sentence. */
  afterAcknowledgement?: boolean;
  /** Skip the match when the rest of its sentence matches this ("…, but that's on me"). */
  unlessAfter?: RegExp;
}

// A literal space in a rule source means "one or more whitespace characters".
function compile(source: string): RegExp {
  return new RegExp(source.replaceAll(' ', '\\s+'), 'dgi');
}

function rule(
  kind: ApologyFlagKind,
  source: string,
  options: Omit<PatternRule, 'kind' | 'pattern'> = {},
): PatternRule {
  return { kind, pattern: compile(source), ...options };
}

const SORRY = '(?:sorry|apologi[sz]e|apologies)';
// Where a reason is tacked on straight after the apology: a comma, semicolon or dash.
const TACKED_ON = '(?:,|;|\\s[—–-])\\s*';
// The rest of the sentence takes the reason back and owns the act: not an excuse after all.
const OWNED_AFTER =
  /\b(?:but|and|yet|though)\s+(?:i (?:should|shouldn'?t|could|know|still|take|own|was wrong|chose|decided|let (?:you|it|that))\b|i'?ll\b|i'?m (?:still|going to)\b|(?:that|it)(?:'?s| is| was) (?:no excuse|not (?:an excuse|okay|ok|right|fair|on you|your fault)|on me|still (?:on me|wrong|my fault))\b|(?:that|it) doesn'?t (?:excuse|make it|change)\b|it was (?:still )?(?:my (?:fault|choice|doing)|wrong)\b)|\b(?:no excuse|not an excuse|n'?t an excuse|took it out on you|taking it out on you|you (?:didn'?t|did not) deserve|you deserved better|(?:that|it)(?:'s| is| was) (?:all )?(?:on me|my fault|my choice|my responsibility))\b/i;
// Describing one's own past downplaying ("I acted like it was no big deal") is owning it.
const REPORTED =
  /\b(?:acted|acting|pretended|pretending|treated|treating|behaved|made it (?:sound|seem)|said|told you|like|as if|as though)\b/i;

const RULES: readonly PatternRule[] = [
  // --- conditional: "sorry if you felt…"
  rule(
    'conditional',
    `\\b${SORRY}\\b[\\s,]{0,3}(?<hit>(?:if|in case) (?:you|that|this|it|anything|something|what|my|any)\\b)`,
    { wholeClause: true },
  ),
  rule(
    'conditional',
    '\\bif (?:you|anyone|someone) (?:felt|were|was|got) (?:hurt|offended|upset|bothered|disappointed|slighted|uncomfortable)\\b',
  ),
  rule(
    'conditional',
    '\\bif (?:that|it|this|what i said|what i did|anything i said|anything i did) (?:upset|hurt|offended|bothered|came across|came off|sounded)\\b',
  ),
  rule(
    'conditional',
    "\\bif i (?:did|said|have done|'?ve done|have said|'?ve said) (?:anything|something)\\b",
    { wholeClause: true },
  ),
  rule('conditional', '\\bfor (?:whatever|anything) i (?:might|may) have\\b'),
  rule(
    'conditional',
    '\\b(?:for|regret) any (?:hurt feelings|hurt|pain|harm|upset|offen[cs]e|distress|trouble|damage)(?: (?:that )?(?:i|my (?:words|actions|behaviou?r|comments?|choices)|what i (?:said|did)|this|it) (?:may|might|could) have (?:caused|done|brought))?',
  ),
  rule(
    'conditional',
    '\\bif i (?:ever |in any way |somehow |accidentally )?(?:hurt|upset|offended|made you|caused|came across|came off|sounded|gave you|left you|was (?:rude|harsh|short|out of line|unfair|insensitive|hurtful|mean))\\b',
    { wholeClause: true },
  ),
  rule('conditional', "\\bif that'?s how you (?:feel|felt|see it|took it)\\b"),
  rule(
    'conditional',
    '\\bto (?:anyone|anybody|whoever|everyone|those) (?:who )?(?:was|were|felt|may have been|might have been|i (?:may|might) have) (?:offended|hurt|upset|bothered)\\b',
  ),
  rule('conditional', '\\bif (?:any )?(?:offen[cs]e|hurt) was (?:taken|caused)\\b'),
  rule('conditional', '\\bif (?:you|anyone) took it (?:the wrong way|wrong|badly|personally)\\b'),

  // --- your-feelings: "I'm sorry you feel that way"
  rule(
    'your-feelings',
    `\\bsorry(?: that)? (?<hit>you(?: feel| felt| think| thought| see it| saw it| took it| take it| got (?:hurt|upset|offended|angry|mad|the wrong idea)|(?:'?re| are| were) (?:so |really |that )?(?:hurt|upset|offended|angry|mad|bothered|annoyed|disappointed|sad|taking it)))\\b`,
    { wholeClause: true },
  ),

  rule(
    'your-feelings',
    `\\b${SORRY}(?: that)? (?<hit>(?:my (?:words|comments?|remarks?|tone|joke|message|text|post|reaction)|what i (?:said|wrote)|it|that|this) (?:upset|offended|bothered|annoyed|hurt your feelings)(?: you)?)\\b`,
    { wholeClause: true, unlessAfter: OWNED_AFTER },
  ),
  // "Sorry my joke hurt you", "sorry what I said made you upset": the reaction, not the act.
  rule(
    'your-feelings',
    `\\b${SORRY}(?: that)? (?<hit>(?:my (?:words|comments?|remarks?|tone|joke|message|text|post)|what i (?:said|wrote)) (?:hurt you|made you (?:feel|upset|sad|angry|mad|uncomfortable|cry)))\\b`,
    { wholeClause: true, unlessAfter: OWNED_AFTER },
  ),
  rule(
    'your-feelings',
    `\\b${SORRY}(?: that)? (?<hit>(?:my (?:words|comments?|remarks?|tone|joke|message|text|post)|what i (?:said|wrote|did)|it|that|this) (?:came (?:across|out|off) (?:wrong|badly|the wrong way|harsh|harshly)|was taken (?:the wrong way|wrong|badly)|(?:was|got) misunderstood))`,
  ),

  // --- passive: "mistakes were made"
  rule(
    'passive',
    '\\b(?:mistakes|things|words|feelings|lines|errors|promises|boundaries) (?:were|got|have been|had been) (?:made|said|done|hurt|crossed|broken|exchanged)\\b',
  ),
  rule(
    'passive',
    '\\b(?:it|things|stuff|everything) (?:just )?got (?:out of hand|heated|away from me)\\b',
  ),
  rule('passive', '\\b(?:it|things|stuff) (?:just|kind of|sort of|kinda) happened\\b'),

  // --- explanation attached to the acknowledgement
  rule(
    'explanation',
    "\\bi (?:only|just) (?:did|said) (?:it|that|this|those things)\\b(?: (?:because|since|cause|'cause|cuz|to|so|out of)\\b)?",
  ),
  rule('explanation', '\\bthe only reason (?:i|was|is|why)\\b'),
  rule('explanation', "\\bi was (?:just|only)\\b(?: [a-z']{1,20})?"),
  rule('explanation', "\\bi(?:'?m| am) (?:just|only) (?:trying|saying|being|human)\\b"),
  rule('explanation', '\\bin my defen[cs]e\\b'),
  rule('explanation', '\\bto be fair\\b'),
  rule('explanation', "\\b(?:you have to|you need to|you've got to|you must) understand\\b"),
  rule('explanation', '\\blet me explain\\b'),
  rule('explanation', "\\b(?:i had no (?:other )?choice|i didn'?t have (?:a|any|much) choice)\\b"),
  rule(
    'explanation',
    '\\bi was (?:under|dealing with) (?:a lot of|so much|a ton of) (?:stress|pressure)\\b',
  ),
  rule(
    'explanation',
    "\\b(?:it'?s been|i'?ve had|i had|i was having|i've been having) a (?:really )?(?:long|rough|hard|stressful|crazy|bad) (?:day|week|month|year)\\b",
  ),
  rule('explanation', "\\b(?:that'?s (?:just )?(?:how|who) i am|that'?s just me)\\b"),

  // "Sorry I was late, traffic was awful": the excuse tacked on after a comma.
  rule(
    'explanation',
    `${TACKED_ON}(?<hit>(?:the )?(?:traffic|work|life|things|weather|my (?:phone|battery|alarm|boss|train|bus|car|day|week|job|shift|head)|the (?:train|bus|kids|meeting|queue|roads)) (?:was|were|is|has been|have been|had been|got|ran|died|broke|went|kept)\\b)`,
    { wholeClause: true, afterAcknowledgement: true, unlessAfter: OWNED_AFTER },
  ),
  // "Sorry I'm late, there was traffic", "sorry I forgot, I was swamped".
  rule(
    'explanation',
    `${TACKED_ON}(?<hit>(?:there was (?:traffic|a queue|an accident|a delay|so much|too much|a lot)|i (?:was|'?ve been|have been|got) (?:so |really |just |a bit |super )?(?:busy|swamped|slammed|tired|exhausted|stressed|distracted|overwhelmed|snowed under|held up|caught up|stuck|sidetracked|running late|in a rush|in a meeting|at work|driving|drunk)|i had (?:so much|a lot|too much|loads) (?:on|going on|to do)|it was (?:a )?(?:long|busy|hard|crazy|rough|bad) (?:day|week|night)))\\b`,
    { wholeClause: true, afterAcknowledgement: true, unlessAfter: OWNED_AFTER },
  ),

  // --- blame shifted to the partner
  rule(
    'blame-shift',
    '\\byou (?:made|make|forced|force) me\\b(?=(?: (?:do|say|act|lie|lose|yell|shout|snap|react|hide|go|keep|feel (?:like|as if|that|stupid|small|jealous|ignored|trapped|cornered|insecure)|(?:so |really |very )?(?:angry|mad|furious|jealous|crazy|nervous|insecure|suspicious|paranoid|upset))\\b)|\\s*[.!?,;…]|\\s*$)',
  ),
  rule(
    'blame-shift',
    "(?<!\\b(?:even|understand|understood|okay|ok|fine|alright|blame you|get it) )\\bif you (?:hadn'?t|had not|didn'?t|did not|wouldn'?t|would not|weren'?t|were not|had just|'?d just|would just|just|would stop|'?d stop|had listened|'?d listened|would listen|'?d listen|listened|cared)\\b",
  ),
  rule(
    'blame-shift',
    '\\byou always\\b(?! (?:deserved?|been|were|had|told|tell me the truth|trusted|believed|supported|stood by|forgave|forgive|kept|showed up|show up|made me feel)\\b)',
  ),
  rule(
    'blame-shift',
    '\\byou never\\b(?! (?:deserved?|have to|had to|need to|needed to|should|asked|did anything|let me down|lied|gave me|once|complained|doubted|hurt|broke|cheated|failed|stopped)\\b)',
  ),
  rule(
    'blame-shift',
    '\\byou push(?:ed)? me\\b(?! (?:to be|to grow|to get better|to become|to try)\\b)',
  ),
  rule('blame-shift', '\\byou know how i (?:get|am|react)\\b(?: (?:when|if) you\\b)?'),
  rule('blame-shift', '\\byou (?:started|provoked|drove|goaded|baited) (?:it|this|that|me)\\b'),
  rule('blame-shift', '\\byou (?:left|gave) me no (?:choice|option|other choice)\\b'),
  rule('blame-shift', '\\bwhat (?:did|do) you expect\\b'),
  rule('blame-shift', "\\b(?:you'?re|you are) the one who\\b"),
  rule(
    'blame-shift',
    "(?<!\\b(?:none of|not|never) )\\b(?:it'?s|it is|it was|that'?s|that is|that was|this is|this was) (?:all |partly |also |really |half |kind of )?your fault\\b",
  ),
  rule('blame-shift', '\\bit takes two\\b'),

  // --- minimising
  rule(
    'minimising',
    "\\b(?:no|not (?:a|that|such a|really a|that big(?: of)? a)|(?:wasn'?t|isn'?t|'s not|was not|is not) (?:a|that|such a|really a)) big deal\\b",
    { unlessBefore: REPORTED },
  ),
  rule(
    'minimising',
    "\\bit (?:was nothing|didn'?t mean (?:anything|a thing)|did not mean anything|meant nothing|was (?:just|only) a (?:joke|kiss|text|drink|hug|bit of fun|little thing|one-time thing))\\b",
    { unlessBefore: REPORTED },
  ),
  rule('minimising', '\\b(?:it|that) only happened once\\b', { unlessBefore: REPORTED }),
  rule('minimising', `\\b${SORRY}[\\s,]{1,3}(?<hit>i guess)\\b`),
  rule(
    'minimising',
    "\\b(?<hit>i guess) (?:i'?m sorry|i am sorry|i was wrong|i should (?:apologi[sz]e|say sorry)|i owe you an apology|i messed up|i screwed up)\\b",
  ),
  rule('minimising', `\\b${SORRY}[\\s,]{1,3}(?<hit>anyways?)\\b`),
  rule('minimising', '(?:^|[.!?\\n]\\s*)(?<hit>anyways?|anyhow)\\b'),
  rule('minimising', '\\b(?:but|so) anyways?\\b'),
  rule('minimising', '\\b(?:sorry )?or whatever\\b'),
  rule(
    'minimising',
    '\\b(?:kind of|kinda|sort of|sorta|a little|a bit|slightly|somewhat|technically|maybe|probably) (?:wrong|lied|cheated|overreacted|out of line|harsh|mean|rude|dishonest|hurtful|messed up|screwed up|crossed a line|unfair|insensitive|misled you)\\b',
  ),
  rule(
    'minimising',
    '\\bi (?:may|might) have (?:lied|hurt you|upset you|been|said|done|overreacted|crossed|misled|cheated|forgotten|forgot)\\b',

    { unlessBefore: /\b(?:whatever|anything)\s*$/i },
  ),
  rule(
    'minimising',
    "\\b(?:you'?re|you are) (?:overreacting|being (?:too |so )?(?:sensitive|dramatic|emotional)|too sensitive|so sensitive|taking (?:it|this) (?:too )?personally)\\b",
  ),
  rule(
    'minimising',
    '\\byou (?:overreacted|took it (?:the wrong way|wrong|too personally|personally))\\b',
  ),
  rule('minimising', "\\bcan'?t you take a joke\\b"),
  rule('minimising', '\\b(?:everyone|everybody) does (?:it|that)\\b'),
  rule('minimising', "\\bit'?s not like i\\b"),
  rule('minimising', "\\bat least i (?:didn'?t|told|was|came|admitted|never)\\b"),
  rule('minimising', '\\b(?:are you )?happy now\\b(?=\\s*[?!.]|\\s*$)'),
  rule('minimising', '\\bthere,? i said it\\b'),

  rule(
    'minimising',
    `\\b(?:${SORRY} for|regret) (?:any|the|all the|this) (?:inconvenience|confusion|misunderstanding|mix-?up|trouble|hassle|drama|fuss)\\b(?! (?:that )?i (?:caused|created|made))`,
  ),

  rule('minimising', '\\bsorry,? not sorry\\b'),
  rule('minimising', `\\b${SORRY}[\\s,]{1,3}(?<hit>(?:okay|ok|alright|all right)\\?)`),

  // --- rushing the other person's timeline
  rule(
    'rushing',
    "\\b(?:can we|can'?t we|let'?s|could we|couldn'?t we|shall we)(?: please)? (?:just )?(?:(?:all )?move on|move (?:past|on from) (?:this|it|that)|put (?:this|it|that) behind us|forget (?:about )?(?:it|this|that)|drop it|drop this|let it go|let this go|get past (?:this|it)|be done with (?:this|it)|stop (?:talking about|going on about|bringing up) (?:this|it)|not make (?:it|this) a thing)\\b",
  ),
  rule(
    'rushing',
    "\\blet'?s not (?:dwell on|keep going over|go over|rehash|talk about|make a (?:big )?(?:deal|thing) (?:of|out of)) (?:it|this|that)\\b",
  ),
  rule(
    'rushing',
    "\\bi (?:don'?t|do not) want to (?:keep )?(?:talk(?:ing)?|go(?:ing)? over|rehash(?:ing)?|discuss(?:ing)?) (?:about )?(?:it|this|that) (?:anymore|any more|again)\\b",
  ),
  rule('rushing', '\\bwhat (?:more|else) do you want(?: from me)?\\b'),
  // "I've said sorry, okay?": pointing at the apology already given, to close the subject.
  rule(
    'rushing',
    "\\bi(?:'?ve| have)? (?:already )?(?:apologi[sz]ed|said (?:i'?m |i was )?sorry|said i apologi[sz]e)(?: already)?(?=\\s*(?:[,.!?;…]|$| so\\b| what\\b| okay\\b| ok\\b))",
    { unlessBefore: /\b(?:when|after|before|that|because|since|though|although|even)\s*$/i },
  ),
  rule(
    'rushing',
    '\\bhow long (?:are|will) you (?:going to |gonna )?(?:be (?:mad|angry|upset)|hold (?:this|it|that)|keep (?:this|it|that) up|punish me)\\b',
  ),
  rule('rushing', '\\bare you still (?:upset|mad|angry|on) about (?:this|it|that)\\b'),
  rule('rushing', '\\b(?:get|got) over it\\b'),
  rule('rushing', '\\bwhen (?:will|are) you (?:going to |gonna )?(?:trust|forgive) me\\b'),
  rule(
    'rushing',
    '\\bhow (?:many times|long) do i (?:have to|need to|gotta) (?:say|apologi[sz]e|keep)\\b',
  ),
  rule(
    'rushing',
    "\\b(?:you have to|you need to|you ought to|you should|you must|you've got to|you gotta) (?:forgive|trust) me\\b",
  ),
  rule(
    'rushing',
    "\\b(?:water under the bridge|(?:it'?s|that'?s|this is|it is) (?:all )?in the past(?: now)?)\\b",
    { unlessBefore: REPORTED },
  ),
];

// An acknowledgement earlier in the sentence is what turns a "but" or "because" into a
// qualifier; without one, "I should have called, but I didn't" style sentences stay unflagged.
const ACKNOWLEDGEMENT =
  /\b(?:sorry|apologi[sz]e|apologies|shouldn'?t have|should not have|should have|i was wrong|my fault|messed up|screwed up|i admit|i regret|i know i|out of line|wasn'?t (?:right|okay|ok|fair)|i hurt you|i lied|i broke)\b/i;

// A "but" clause that owns the act rather than excusing it.
const BUT_OWNS_START =
  /^(?:i (?:did|didn'?t|chose|still|will|won'?t|want|understand|know|promise|take|also|really|can|hope|see|get|reali[sz]e|am going to|am not|mean|should|shouldn'?t|could|knew|made|let|owe|was wrong|hurt|broke|lied|messed|screwed|need to|have to|care|love|value|own)\b|i should'?ve\b|more (?:than|importantly)\b|what matters\b|i'?(?:ll|d like|m going to|m not|m working|m trying to|m committed|d rather|m listening|m here|m learning|m ready)\b|(?:it|this|that) (?:won'?t|will not|will never) happen\b|it (?:was|is) (?:still )?wrong\b|it'?s (?:still )?(?:wrong|no|not)\b|that'?s (?:no|not|on me|still)\b|that (?:is|was) (?:no|not|on me|still)\b|that doesn'?t\b|you (?:deserved?|didn'?t deserve|did nothing)\b|from now on\b|going forward\b|next time\b|nothing\b|there'?s no\b|there is no\b|this isn'?t\b|this is not\b|also\b|only\b)/i;
const BUT_OWNS_ANYWHERE =
  /\b(?:no excuses?|not an excuse|n'?t an excuse|n'?t excuse|not excusing|not making (?:an )?excuses?|not to excuse|not trying to excuse|nothing excuses)\b/i;
// "…because I was scared, and that's on me": the reason is given and the act still owned.
const OWNS_IT =
  /\b(?:that'?s on me|it'?s on me|that is on me|no excuse|not an excuse|n'?t an excuse|n'?t excuse it|my choice|my responsibility)\b/i;
const BUT_NOT_A_CONJUNCTION = /\b(?:no|a|any|without|the)\s*["']?$/i;

const BECAUSE =
  /(?:\bbecause|'cause|\bcuz|\bcoz)\s+(?:(?<self>of\b(?!\s+(?:what\s+i|me\b|my\s+(?:choices|actions|lies?|behaviou?r|decision)))|i(?:'?m|\s+am|\s+was|\s+had\s+(?:a|such|too|no|been)|\s+felt|\s+feel|\s+got|\s+thought|\s+needed|\s+wanted|\s+didn'?t\s+think|\s+couldn'?t|\s+panicked|\s+get|\s+just)\b(?!\s+(?:wrong|selfish|unfair|careless|dishonest|thoughtless|unkind|cruel|rude|out\s+of\s+line)\b)|work\b|life\b|stress\b|things\b|everything\b)|(?<you>you\s+(?:wouldn'?t|didn'?t|won'?t|don'?t|kept|keep|never|always|started|made|pushed|provoked|ignored|nagged|were\s+being|'?re\s+being|are\s+being|were\s+acting)\b))/dgi;

const SENTENCE_STOPS = '.!?\n…';
const CLAUSE_STOPS = '.!?\n…;:,—–()';

function isStop(ch: string, stops: string): boolean {
  return ch !== '' && stops.includes(ch);
}

/** Start of the sentence containing `at`, looking back at most WINDOW characters. */
function sentenceStart(t: string, at: number): number {
  const limit = Math.max(0, at - WINDOW);
  let i = at;
  while (i > limit && !isStop(t.charAt(i - 1), SENTENCE_STOPS)) i--;
  return i;
}

/** End of the clause starting at `from` (exclusive), trimmed of trailing spaces. */
function clauseEnd(t: string, from: number): number {
  const limit = Math.min(t.length, from + WINDOW);
  let i = from;
  while (i < limit && !isStop(t.charAt(i), CLAUSE_STOPS)) i++;
  while (i > from && /\s/.test(t.charAt(i - 1))) i--;
  return i;
}

function skipLeading(t: string, from: number): number {
  let i = from;
  while (i < t.length && /[\s,:—–-]/.test(t.charAt(i))) i++;
  return i;
}

/** Is there an acknowledgement earlier in this sentence (or, at a sentence start, the last one)? */
function followsAcknowledgement(t: string, at: number, allowPreviousSentence: boolean): boolean {
  const start = sentenceStart(t, at);
  const before = t.slice(start, at);
  if (ACKNOWLEDGEMENT.test(before)) return true;
  if (!allowPreviousSentence || /[a-z0-9]/i.test(before) || start === 0) return false;
  const prev = t.slice(sentenceStart(t, start - 1), start);
  return ACKNOWLEDGEMENT.test(prev);
}

/** The sentence text after `from`, looking ahead at most WINDOW characters. */
function restOfSentence(t: string, from: number): string {
  const ahead = t.slice(from, Math.min(t.length, from + WINDOW));
  const stop = ahead.search(/[.!?\n…]/);
  return stop === -1 ? ahead : ahead.slice(0, stop);
}

type RawFlag = Omit<ApologyFlag, 'match' | 'explanation'>;

function patternFlags(t: string): RawFlag[] {
  const out: RawFlag[] = [];
  for (const r of RULES) {
    for (const m of t.matchAll(r.pattern)) {
      const span = m.indices?.groups?.hit ?? m.indices?.[0];
      if (!span) continue;
      const start = span[0];
      if (r.unlessBefore?.test(t.slice(sentenceStart(t, start), start))) continue;
      if (r.afterAcknowledgement && !followsAcknowledgement(t, start, false)) continue;
      if (r.unlessAfter?.test(restOfSentence(t, span[1]))) continue;
      const end = r.wholeClause ? Math.max(span[1], clauseEnd(t, start)) : span[1];
      out.push({ kind: r.kind, start, end });
    }
  }
  return out;
}

function butFlags(t: string): RawFlag[] {
  const out: RawFlag[] = [];
  for (const m of t.matchAll(/\b(?:but|however)\b/gi)) {
    const start = m.index;
    const wordEnd = start + m[0].length;
    // "there's no but", "no 'but'", a quoted "but": talking about the word, not using it.
    if (BUT_NOT_A_CONJUNCTION.test(t.slice(Math.max(0, start - 12), start))) continue;
    if (/^["']/.test(t.slice(wordEnd, wordEnd + 1))) continue;
    if (!followsAcknowledgement(t, start, true)) continue;
    const from = skipLeading(t, wordEnd);
    const end = clauseEnd(t, from);
    const clause = t.slice(from, end);
    if (clause === '' || BUT_OWNS_START.test(clause)) continue;
    const restOfSentence = t.slice(from, Math.min(t.length, from + WINDOW));
    const sentenceEnd = restOfSentence.search(/[.!?\n…]/);
    const rest = sentenceEnd === -1 ? restOfSentence : restOfSentence.slice(0, sentenceEnd);
    if (BUT_OWNS_ANYWHERE.test(rest)) continue;
    out.push({ kind: 'but-context', start, end });
  }
  return out;
}

function becauseFlags(t: string): RawFlag[] {
  const out: RawFlag[] = [];
  for (const m of t.matchAll(BECAUSE)) {
    const start = m.index;
    if (!followsAcknowledgement(t, start, false)) continue;
    const rest = t.slice(start, Math.min(t.length, start + WINDOW)).split(/[.!?\n…]/)[0] ?? '';
    if (OWNS_IT.test(rest) || OWNED_AFTER.test(rest)) continue;
    const blame = m.groups?.you !== undefined;
    const end = clauseEnd(t, start);
    out.push({ kind: blame ? 'blame-shift' : 'explanation', start, end });
  }
  return out;
}

// Curly quotes and similar are single UTF-16 units, so swapping them keeps every offset.
function normaliseApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02BC\u2032`]/g, "'");
}

/** Merge overlapping flags of the same kind; drop exact-span repeats of a lower kind. */
function tidy(raw: RawFlag[]): RawFlag[] {
  const rank = (k: ApologyFlagKind): number => PRIORITY.indexOf(k);
  const sorted = [...raw].sort(
    (a, b) => a.start - b.start || b.end - a.end || rank(a.kind) - rank(b.kind),
  );
  // Sorted by start, so only the latest flag of each kind can overlap the next one: linear.
  const lastOfKind = new Map<ApologyFlagKind, RawFlag>();
  const spans = new Set<string>();
  const kept: RawFlag[] = [];
  for (const f of sorted) {
    const last = lastOfKind.get(f.kind);
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      continue;
    }
    const key = `${f.start}:${f.end}`;
    if (spans.has(key)) continue;
    spans.add(key);
    const copy = { ...f };
    lastOfKind.set(f.kind, copy);
    kept.push(copy);
  }
  return kept;
}

/**
 * Flags qualifiers and deflections in an apology draft, sorted by start offset. Flags of
 * different kinds may overlap (e.g. a "but" clause that also blames); never two on one span.
 */
export function lintApology(text: string): ApologyFlag[] {
  if (text.trim() === '') return [];
  const t = normaliseApostrophes(text);
  const flags = tidy([...patternFlags(t), ...butFlags(t), ...becauseFlags(t)]);
  return flags.map((f) => ({
    ...f,
    match: text.slice(f.start, f.end),
    explanation: APOLOGY_FLAG_EXPLANATIONS[f.kind],
  }));
}
