// The content check: every guide parses cleanly in the Markdown subset, has the sections the
// app relies on, every cross-link and in-app action resolves, the safety panel appears where
// it must, and no guide copies a run of eight words from the reference article.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  GUIDES,
  GUIDE_ACTIONS,
  GUIDE_SLUGS,
  HOTLINE,
  type GuideSlug,
} from '../../../shared/guides-catalog.ts';
import {
  blockInlines,
  guideText,
  inlineText,
  linksOf,
  parseGuide,
  type GuideDoc,
  type Section,
} from '../../../shared/markdown-lite.ts';
import { referencePath, repoRoot, wordRuns } from '../originality.ts';

const guidesDir = join(repoRoot, 'renderer', 'guides');
const sourceOf = (slug: string) => readFileSync(join(guidesDir, `${slug}.md`), 'utf8');
const docs = new Map<GuideSlug, GuideDoc>(GUIDE_SLUGS.map((s) => [s, parseGuide(sourceOf(s))]));
const doc = (slug: GuideSlug): GuideDoc => {
  const found = docs.get(slug);
  if (!found) throw new Error(`no ${slug}`);
  return found;
};
const sectionLinks = (section: Section) =>
  section.blocks.flatMap((b) => blockInlines(b).flatMap((inl) => linksOf(inl)));
const allLinks = (d: GuideDoc) => [
  ...linksOf(d.summary),
  ...d.sections.flatMap((s) => [...linksOf(s.inlines), ...sectionLinks(s)]),
];
const sectionText = (s: Section) =>
  [s.title, ...s.blocks.flatMap((b) => blockInlines(b).map((inl) => inlineText(inl)))].join(' ');
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

test('the guides folder holds exactly the catalogued guides', () => {
  const files = readdirSync(guidesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  expect(files).toEqual([...GUIDE_SLUGS].sort());
});

describe.each(GUIDES.map((g) => [g.slug, g] as const))('%s', (slug, info) => {
  const d = doc(slug);
  const source = sourceOf(slug);

  test('is plain Markdown of the supported subset: no raw HTML, tables, images or code', () => {
    expect(d.problems).toEqual([]);
    expect(source).not.toMatch(/<[a-z!/]|&[a-z]+;|&#\d+;/i);
    expect(source).not.toMatch(/`|!\[|^\s*\||^\s*>/m);
    // Every link in the source was understood as one (nothing left over as text).
    expect(allLinks(d)).toHaveLength(source.match(/\]\(/g)?.length ?? 0);
  });

  test('has the catalogued title, a summary, and 800–1,800 words', () => {
    expect(d.title).toBe(info.title);
    expect(inlineText(d.summary).length).toBeGreaterThan(80);
    const count = words(guideText(d)).length;
    expect(count).toBeGreaterThanOrEqual(800);
    expect(count).toBeLessThanOrEqual(1800);
  });

  test('ends with "Where this comes from" then "Try this today" with at least two actions', () => {
    const titles = d.sections.map((s) => s.title);
    expect(titles.at(-1)).toBe('Try this today');
    expect(titles.at(-2)).toBe('Where this comes from');
    const tryToday = d.sections.at(-1);
    if (!tryToday) throw new Error('no sections');
    const actions = sectionLinks(tryToday).filter((l) => l.target.kind === 'action');
    expect(actions.length).toBeGreaterThanOrEqual(2);
    // Each suggestion is a list item starting with its action.
    const list = tryToday.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.every((item) => item[0]?.kind === 'link')).toBe(
      true,
    );
    const sources = d.sections.at(-2);
    expect(sources?.blocks.some((b) => b.kind === 'list')).toBe(true);
  });

  test('every cross-link leads to another guide, and every action to a screen of the app', () => {
    const routerSource = readFileSync(join(repoRoot, 'renderer', 'src', 'router.ts'), 'utf8');
    const screens = /SCREENS: readonly Screen\[\] = \[([^\]]*)\]/.exec(routerSource)?.[1] ?? '';
    for (const { target, text } of allLinks(d)) {
      expect(text.trim(), 'link text').not.toBe('');
      if (target.kind === 'guide') {
        expect(GUIDE_SLUGS).toContain(target.slug);
        expect(target.slug, 'a guide linking to itself').not.toBe(slug);
      } else {
        expect(Object.keys(GUIDE_ACTIONS)).toContain(target.action);
        expect(screens).toContain(`'${GUIDE_ACTIONS[target.action]}'`);
      }
    }
  });

  test('the safety panel appears where the subject calls for it, and the text agrees', () => {
    const mentionsPanel = /safety panel/i.test(guideText(d));
    if (info.safetyPanelSection === null) {
      // A guide without a panel that mentions one points to a guide that has it.
      if (mentionsPanel) {
        const withPanel = allLinks(d).filter(
          (l) =>
            l.target.kind === 'guide' &&
            GUIDES.find((g) => l.target.kind === 'guide' && g.slug === l.target.slug)
              ?.safetyPanelSection,
        );
        expect(withPanel.length).toBeGreaterThan(0);
      }
      return;
    }
    const host = d.sections.find((s) => s.id === info.safetyPanelSection);
    expect(host, `section ${info.safetyPanelSection}`).toBeDefined();
    if (!host) return;
    const text = sectionText(host);
    expect(text).toMatch(/control|coercion|fear/i);
    // The panel is right here, so the section must not send the reader elsewhere for it.
    expect(text).toMatch(/safety panel (?:on this page|below)/i);
  });

  test('any hotline number quoted in the text is the right one', () => {
    const numbers = guideText(d).match(/\b1-800-[\dA-Z]{3}-[\dA-Z]{4}\b/g) ?? [];
    for (const n of numbers)
      expect(['1-800-799-7233', '1-800-799-SAFE', '1-800-787-3224']).toContain(n);
    if (numbers.length > 0) expect(numbers).toContain(HOTLINE.phone);
  });
});

test('the safety panel is configured for every guide that discusses control and fear', () => {
  expect(
    GUIDES.filter((g) => g.safetyPanelSection !== null)
      .map((g) => g.slug)
      .sort(),
  ).toEqual(['deal-breakers', 'monogamy', 'rebuilding-trust']);
});

// ---- Originality ------------------------------------------------------------------------

// Where the reference article is absent (a bare clone of the repository) there is nothing to
// compare against.
test.skipIf(!existsSync(referencePath))(
  'no guide shares a run of eight words with the reference article (phone numbers aside)',
  () => {
    const reference = wordRuns(readFileSync(referencePath, 'utf8'));
    expect(reference.size).toBeGreaterThan(500);
    for (const slug of GUIDE_SLUGS) {
      const shared = [...wordRuns(sourceOf(slug))].filter((run) => reference.has(run));
      expect(shared, slug).toEqual([]);
    }
  },
);

test('the eight-word check sees through case, punctuation and curly apostrophes', () => {
  const source = 'Trust isn’t about one moment; it’s about a pattern that holds for months.';
  const copy = "We think TRUST ISN'T about one moment — it's about a pattern, that holds!";
  const shared = [...wordRuns(copy)].filter((r) => wordRuns(source).has(r));
  expect(shared).toContain("trust isn't about one moment it's about a");
  // …while a phone number shared by two otherwise different sentences never counts.
  const a = wordRuns('Call 1-800-799-7233 any time of the day or night for help.');
  const b = wordRuns('Please call 1-800-799-7233 any time of the day or night if needed.');
  expect(a.size).toBeGreaterThan(0);
  expect([...a].filter((r) => b.has(r))).toEqual([]);
});
