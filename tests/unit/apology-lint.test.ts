import { describe, expect, test } from 'vitest';
import {
  APOLOGY_FLAG_EXPLANATIONS,
  lintApology,
  type ApologyFlagKind,
} from '../../shared/apology-lint.ts';

const ALL_KINDS: readonly ApologyFlagKind[] = [
  'conditional',
  'your-feelings',
  'passive',
  'but-context',
  'explanation',
  'blame-shift',
  'minimising',
  'rushing',
];

// [what the person typed, the kind the builder should show, the exact words it highlights]
const nonApologies: [string, ApologyFlagKind, string][] = [
  ["I'm sorry if you felt hurt.", 'conditional', 'if you felt hurt'],
  ['Sorry if that upset you', 'conditional', 'if that upset you'],
  [
    "I'm sorry if you were offended by what I said.",
    'conditional',
    'if you were offended by what I said',
  ],
  ['I am sorry if I hurt you.', 'conditional', 'if I hurt you'],
  [
    'I apologise if anything I said came across badly.',
    'conditional',
    'if anything I said came across badly',
  ],
  ['Sorry for whatever I might have done.', 'conditional', 'for whatever I might have'],
  ["I'm sorry you feel that way.", 'your-feelings', 'you feel that way'],
  ["I'm sorry you felt ignored.", 'your-feelings', 'you felt ignored'],
  ["I'm sorry you are upset.", 'your-feelings', 'you are upset'],
  ["I'm sorry that you're hurt.", 'your-feelings', "you're hurt"],
  ['Mistakes were made.', 'passive', 'Mistakes were made'],
  ['Things were said on both sides.', 'passive', 'Things were said'],
  ['Things got out of hand last night.', 'passive', 'Things got out of hand'],
  ['It just happened.', 'passive', 'It just happened'],
  ["I'm sorry, but I was tired.", 'but-context', 'but I was tired'],
  ["I know I shouldn't have, but you…", 'but-context', 'but you'],
  ["I'm sorry. But work has been insane.", 'but-context', 'But work has been insane'],
  ["I messed up, however it's been a lot lately.", 'but-context', "however it's been a lot lately"],
  ["I'm sorry I yelled because I was stressed.", 'explanation', 'because I was stressed'],
  ["I'm sorry I was late because of work.", 'explanation', 'because of work'],
  ['I only did it because I was lonely.', 'explanation', 'I only did it because'],
  ['I was just trying to help.', 'explanation', 'I was just trying'],
  ['In my defence, nobody told me.', 'explanation', 'In my defence'],
  ["It's been a long week and I snapped.", 'explanation', "It's been a long week"],
  ['You made me do it.', 'blame-shift', 'You made me'],
  ["If you hadn't gone through my phone, I wouldn't have lied.", 'blame-shift', "If you hadn't"],
  ['You always do this.', 'blame-shift', 'You always'],
  ['You pushed me.', 'blame-shift', 'You pushed me'],
  ['You know how I get when you ignore me.', 'blame-shift', 'You know how I get when you'],
  [
    "I'm sorry I shouted because you wouldn't listen.",
    'blame-shift',
    "because you wouldn't listen",
  ],
  ['Honestly, it was partly your fault.', 'blame-shift', 'it was partly your fault'],
  ["It wasn't a big deal.", 'minimising', "wasn't a big deal"],
  ["I'm sorry I guess.", 'minimising', 'I guess'],
  ['Sorry. Anyway, what do you want for dinner?', 'minimising', 'Anyway'],
  ["I'm sorry, it was just a kiss.", 'minimising', 'it was just a kiss'],
  ['I kind of lied about the money.', 'minimising', 'kind of lied'],
  ["You're overreacting.", 'minimising', "You're overreacting"],
  ['I said sorry. Can we just move on?', 'rushing', 'I said sorry'],
  ['Can we just move on?', 'rushing', 'Can we just move on'],
  ['When will you trust me again?', 'rushing', 'When will you trust me'],
  ['You have to forgive me.', 'rushing', 'You have to forgive me'],
  // Common non-apologies heard in real life.
  ['I apologise for any inconvenience.', 'minimising', 'apologise for any inconvenience'],
  ['Sorry for the confusion.', 'minimising', 'Sorry for the confusion'],
  ["I'm sorry for the misunderstanding.", 'minimising', 'sorry for the misunderstanding'],
  ['Sorry I was late, traffic was awful.', 'explanation', 'traffic was awful'],
  ["I'm sorry I forgot, work has been crazy.", 'explanation', 'work has been crazy'],
  ['Sorry I missed your call, my phone died.', 'explanation', 'my phone died'],
  ["I'm sorry I snapped, my day was awful.", 'explanation', 'my day was awful'],
  ['Sorry my words upset you.', 'your-feelings', 'my words upset you'],
  ["I'm sorry that my comment offended you.", 'your-feelings', 'my comment offended you'],
  ["I'm sorry it upset you.", 'your-feelings', 'it upset you'],
  ['Sorry if my tone bothered you.', 'conditional', 'if my tone bothered you'],
  ['Sorry for any hurt I may have caused.', 'conditional', 'for any hurt I may have caused'],
  ['I regret any pain I might have caused.', 'conditional', 'regret any pain I might have caused'],
  ['I apologise for any offence.', 'conditional', 'for any offence'],
  ["I'm sorry your feelings were hurt.", 'passive', 'feelings were hurt'],
  ['Can we please just move on?', 'rushing', 'Can we please just move on'],
  ["Let's please just forget it.", 'rushing', "Let's please just forget it"],
  ['Could we just put this behind us?', 'rushing', 'Could we just put this behind us'],
  // More of the same shapes, said other ways: the rules follow the pattern, not one phrase.
  [
    'We apologize for any inconvenience this may have caused.',
    'minimising',
    'apologize for any inconvenience',
  ],
  ['I regret any inconvenience.', 'minimising', 'regret any inconvenience'],
  ['Apologies for the hassle.', 'minimising', 'Apologies for the hassle'],
  ['Sorry for all the drama.', 'minimising', 'Sorry for all the drama'],
  ['Sorry I was late — traffic was awful.', 'explanation', 'traffic was awful'],
  ["Sorry I'm late, there was traffic.", 'explanation', 'there was traffic'],
  ['Sorry I forgot, I had so much on.', 'explanation', 'I had so much on'],
  ['Sorry I missed it, I was busy.', 'explanation', 'I was busy'],
  ["Sorry I didn't call, I was swamped.", 'explanation', 'I was swamped'],
  ["I'm sorry I snapped; it was a long day.", 'explanation', 'it was a long day'],
  ['Sorry I forgot to text, my battery died.', 'explanation', 'my battery died'],
  ["I'm sorry I didn't reply, I was in a meeting.", 'explanation', 'I was in a meeting'],
  ['Sorry I shouted, I was exhausted.', 'explanation', 'I was exhausted'],
  ["I'm sorry my joke hurt you.", 'your-feelings', 'my joke hurt you'],
  ["I'm sorry that what I said made you upset.", 'your-feelings', 'what I said made you upset'],
  ['Sorry my message came across wrong.', 'your-feelings', 'my message came across wrong'],
  ["I'm sorry my tone offended you.", 'your-feelings', 'my tone offended you'],
  ["I'm sorry what I wrote made you feel bad.", 'your-feelings', 'what I wrote made you feel bad'],
  ['Sorry it came across the wrong way.', 'your-feelings', 'it came across the wrong way'],
  ["I'm sorry you took it that way.", 'your-feelings', 'you took it that way'],
  ["I'm sorry you got upset.", 'your-feelings', 'you got upset'],
  ['Sorry you were hurt by what I said.', 'your-feelings', 'you were hurt by what I said'],
  [
    'I apologise for any upset my actions may have caused.',
    'conditional',
    'for any upset my actions may have caused',
  ],
  ['Sorry for any hurt feelings.', 'conditional', 'for any hurt feelings'],
  [
    "I'm sorry if I ever made you feel you couldn't tell me things.",
    'conditional',
    "if I ever made you feel you couldn't tell me things",
  ],
  [
    "I'm sorry if I somehow gave you the wrong idea.",
    'conditional',
    'if I somehow gave you the wrong idea',
  ],
  ['I apologise to anyone who was offended.', 'conditional', 'to anyone who was offended'],
  ["I'm sorry if offence was taken.", 'conditional', 'if offence was taken'],
  ['Can we just move past this?', 'rushing', 'Can we just move past this'],
  ["Can't we just move on?", 'rushing', "Can't we just move on"],
  ["Let's not dwell on it.", 'rushing', "Let's not dwell on it"],
  ["Let's just put it behind us.", 'rushing', "Let's just put it behind us"],
  ['Can we stop talking about this now?', 'rushing', 'Can we stop talking about this'],
  [
    "I don't want to keep talking about this anymore.",
    'rushing',
    "I don't want to keep talking about this anymore",
  ],
  ["I've apologised, what more do you want?", 'rushing', "I've apologised"],
  ['I already said sorry, so what now?', 'rushing', 'I already said sorry'],
  ["I've said I'm sorry already.", 'rushing', "I've said I'm sorry already"],
  ['How long are you going to be mad at me?', 'rushing', 'How long are you going to be mad'],
  ['Are you still upset about that?', 'rushing', 'Are you still upset about that'],
  ["I'm sorry, okay?", 'minimising', 'okay?'],
  ['Sorry, not sorry.', 'minimising', 'Sorry, not sorry'],
  ['Shall we just forget about it?', 'rushing', 'Shall we just forget about it'],
];

const sincere: string[] = [
  "I'm sorry, but I know that's no excuse.",
  "I was wrong, and there's no but.",
  'No buts. I did it.',
  "I'm sorry I lied to you about where I was.",
  'I broke my promise and that hurt you.',
  "I will text you if I'm running late.",
  "You deserved the truth and I didn't give it to you.",
  "I'm sorry. I hurt you and I understand why you don't trust me right now.",
  "I should have told you, but I didn't.",
  'I knew it would hurt you and I did it anyway.',
  "I'm sorry I missed dinner, but it won't happen again.",
  "I'm sorry I kept it from you, but I want to be honest now.",
  'None of this was your fault.',
  "It wasn't your fault.",
  'You never deserved that.',
  "You always showed up for me, and I didn't show up for you.",
  'I acted like it was no big deal, and it was.',
  'You made me feel safe, and I broke that.',
  'You pushed me to be better and I let you down.',
  "I understand if you didn't want to see me this weekend.",
  "I'm sorry because I know how much that hurt you.",
  "It damaged trust because you couldn't rely on what I said.",
  "I'm sorry. If you want, we can talk later.",
  "I'm sorry if I'm repeating myself, but I want you to hear it.",
  "I'm sorry. I won't ask you to move on before you're ready.",
  "I told you I was at work when I wasn't. That was wrong.",
  'I apologise for reading your messages; it was a violation of your privacy.',
  "I'll tell you where I am before you have to ask.",
  // Sincere apologies that use "but", "if" or "because" honestly, or name the act plainly.
  "I'm sorry I upset you.",
  "I'm sorry for the hurt I caused.",
  'I apologise for the confusion I caused by changing our plans.',
  "I'm sorry I was late, and I know you were waiting for me.",
  "I'm sorry I was late. I didn't leave enough time, and that's on me.",
  "I'm sorry I didn't call, but I'm listening now.",
  "I'm sorry I lied because I was scared, and that's on me.",
  "I'm sorry, because you trusted me and I let you down.",
  "If you're willing, I'd like to hear how it felt for you.",
  'I hurt you, and I want to understand how much.',
  "I'm sorry. Take all the time you need.",
  "I'm sorry I said it. It wasn't fair to you.",
  'I apologise for raising my voice. You deserved better.',
  "I'm sorry, but I'd rather you hear it from me than anyone else.",
  "I'm sorry I went quiet, and I'll tell you when I need space next time.",
  "I'm sorry I missed your call. I should have called back straight away.",
  'I know it hurt you when I left the party without saying goodbye.',
  "I'm sorry I hurt your feelings.",
  // Honest "but", "if" and "because": a reason given and then owned, a promise, an offer.
  "I'm sorry I snapped at you. I was tired, but that's no excuse, and I'll tell you when I need a break.",
  "I'm sorry because I know it hurt you.",
  "I'm sorry because I broke a promise I made to you.",
  "I'm sorry I lied. I did it because I was afraid of your reaction, and that was my choice.",
  "I'm sorry, but more than that I want to show you it won't happen again.",
  "I know that sorry isn't enough, but I mean it.",
  "I'm sorry I was late, traffic was bad but I should have left earlier.",
  "I'm sorry I snapped, I was stressed and I took it out on you.",
  "I'm sorry I snapped, I was tired, but that's no excuse.",
  "I'm sorry I was busy on your birthday, I should have made time.",
  "I'm sorry I said it when I was angry.",
  "I'm sorry I hurt you because I wasn't paying attention.",
  "I'm sorry, I was out of line.",
  "I'm sorry I forgot our anniversary. If you're up for it, I'd like to plan something together.",
  "If you want to talk about it again tomorrow, I'll be here.",
  "I'm sorry I didn't listen. If it happens again, please tell me straight away.",
  "I'm sorry, and if there's anything I can do to make it right, I want to do it.",
  "I'm sorry I read your messages. I had no right to, and I won't do it again.",
  "I'm sorry I went behind your back. You trusted me and I broke that.",
  "I yelled at you in front of your friends. That was cruel, and I'm sorry.",
  "I'm sorry I made fun of you. It was unkind, and you didn't deserve it.",
  "I'm sorry I missed your call, I should have called back.",
  "I'm sorry I kept you waiting; I didn't plan my time, and that's on me.",
  "I'm sorry I forgot, and I've set a reminder so it doesn't happen again.",
  "I lied about the money because I was ashamed, but that doesn't make it okay.",
  "I'm sorry my words hurt you, and I was wrong to say them.",
  "I'm sorry for what I said. I was cruel, and there's no excuse for it.",
  "I'm sorry I wasn't there when you needed me.",
  "I'm sorry. Whenever you're ready to talk, I'm here, and there's no rush.",
  "I'm sorry I broke your trust. I know it'll take time, and I'll be patient.",
  "I'm sorry I embarrassed you, because you matter more to me than winning an argument.",
  "I'm sorry I let you down, but I'm not going to stop trying.",
  "When I said sorry last night, I didn't say enough. I'm sorry I lied about where I was.",
  "After I said sorry, I realised I hadn't told you the whole truth.",
  'I apologise for the trouble I caused you with your family.',
  "I'm sorry I was short with you this morning. It wasn't about you, and I should have said so.",
  "I'm sorry. I'm not asking you to forgive me, only to know I mean it.",
  "I was wrong to check your phone, and I'm sorry.",
  "I'm sorry I shouted. I was stressed, but that doesn't make it okay.",
  "I'm sorry I was short with you; I was stressed, but you didn't deserve that.",
  "I'm sorry I went quiet, I was overwhelmed, and I should have told you.",
  "I'm sorry I forgot, my head was elsewhere, and that's on me.",
  "I'm sorry. If I could take it back, I would.",
  "I'm sorry, and I understand if you need some space.",
  "I'm sorry I missed the dinner, because I know how much you'd planned it.",
  "I'm sorry I wasn't there; I was at work and I chose it over you.",
  "I'm sorry I drank too much at the party and embarrassed you.",
];

describe('lintApology: non-apologies are flagged', () => {
  test.each(nonApologies)('%s → %s', (text, kind, words) => {
    const flag = lintApology(text).find((f) => f.kind === kind);
    expect(flag).toBeDefined();
    expect(flag?.match).toBe(words);
    // The offsets highlight those same words in the text as typed.
    expect(text.slice(flag?.start, flag?.end)).toBe(words);
  });
});

describe('lintApology: sincere apologies are left alone', () => {
  test.each(sincere)('%s', (text) => {
    expect(lintApology(text)).toEqual([]);
  });
});

describe('lintApology: typing details', () => {
  test('empty and blank input give no flags', () => {
    expect(lintApology('')).toEqual([]);
    expect(lintApology('   \n  ')).toEqual([]);
  });

  test.each([
    ['I’m sorry you feel that way.', 'your-feelings'],
    ['If you hadn’t lied first, I wouldn’t have.', 'blame-shift'],
    ['I’m sorry, but I was tired.', 'but-context'],
    ['It wasn’t a big deal.', 'minimising'],
  ] as const)('curly apostrophes are read like straight ones: %s', (text, kind) => {
    const curly = lintApology(text);
    const straight = lintApology(text.replaceAll('’', "'"));
    expect(curly.map((f) => f.kind)).toContain(kind);
    expect(curly.map((f) => [f.kind, f.start, f.end])).toEqual(
      straight.map((f) => [f.kind, f.start, f.end]),
    );
    // The highlighted text keeps the person's own apostrophes.
    for (const f of curly) expect(f.match).toBe(text.slice(f.start, f.end));
  });

  test('case does not matter', () => {
    const flags = lintApology("I'M SORRY IF YOU FELT HURT. MISTAKES WERE MADE.");
    expect(flags.map((f) => [f.kind, f.match])).toEqual([
      ['conditional', 'IF YOU FELT HURT'],
      ['passive', 'MISTAKES WERE MADE'],
    ]);
  });

  test('several sentences: flags come back in reading order with the right offsets', () => {
    const text =
      "I lied to you about Friday. I'm sorry, but you know how I get when you ask too many questions. Mistakes were made.";
    const flags = lintApology(text);
    expect(flags.map((f) => f.kind)).toEqual(['but-context', 'blame-shift', 'passive']);
    const starts = flags.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(flags[2]?.start).toBe(text.indexOf('Mistakes'));
  });

  test('a flagged phrase is reported once, however many rules see it', () => {
    const flags = lintApology("I'm sorry I only did it because I was stressed because of work.");
    const spans = flags.map((f) => `${f.start}:${f.end}`);
    expect(new Set(spans).size).toBe(spans.length);
    expect(flags.filter((f) => f.kind === 'explanation')).toHaveLength(1);
  });

  test.each([
    ['Sorry I was late, traffic was awful.', ', and that’s on me.'],
    ['I’m sorry I snapped, I was tired.', ', but that’s no excuse.'],
    ['I’m sorry I forgot, I was swamped.', ', but I should have written it down.'],
    ['I’m sorry my words upset you.', ', and I was wrong to say them.'],
    ['I’m sorry I lied because I was scared.', ', but that doesn’t make it okay.'],
  ])('a reason on its own is flagged; owned in the same sentence it is not: %s', (alone, owned) => {
    expect(lintApology(alone).length).toBeGreaterThan(0);
    expect(lintApology(alone.replace(/\.$/, owned))).toEqual([]);
  });

  test('"not my fault" after a reason does not count as owning it', () => {
    const flags = lintApology('Sorry I was late, traffic was awful and it’s not my fault.');
    expect(flags.map((f) => f.kind)).toContain('explanation');
  });

  test('a "but" that only follows ordinary words is not an apology qualifier', () => {
    expect(lintApology('I wanted to call, but the battery died.')).toEqual([]);
  });

  // Speed itself is measured in bench/; here a catastrophic regex would hit the test timeout.
  test('handles long, repetitive input and still finds the qualifiers', () => {
    const nasty = [
      ' '.repeat(20_000),
      "I'm sorry if ".repeat(2_000),
      'sorry but '.repeat(2_000),
      'you you you you '.repeat(2_000),
      'because I was '.repeat(2_000),
    ].join('x');
    const flags = lintApology(nasty);
    expect(flags.length).toBeGreaterThan(0);
  });
});

describe('explanations', () => {
  test.each(ALL_KINDS)('%s has a one-line explanation', (kind) => {
    const text = APOLOGY_FLAG_EXPLANATIONS[kind];
    expect(text.trim().length).toBeGreaterThan(20);
    expect(text).not.toMatch(/[\r\n]/);
    expect(text.length).toBeLessThanOrEqual(120);
  });

  test('explanations use typographic quotes and apostrophes, never straight ones', () => {
    for (const text of Object.values(APOLOGY_FLAG_EXPLANATIONS)) expect(text).not.toMatch(/["']/);
  });

  test('every flag carries the explanation for its kind', () => {
    const flags = nonApologies.flatMap(([text]) => lintApology(text));
    expect(new Set(flags.map((f) => f.kind))).toEqual(new Set(ALL_KINDS));
    for (const f of flags) expect(f.explanation).toBe(APOLOGY_FLAG_EXPLANATIONS[f.kind]);
  });
});
