// The guides' Markdown subset, and search across the real guides.

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { GUIDE_SLUGS } from '../../../shared/guides-catalog.ts';
import {
  inlineText,
  parseGuide,
  parseInline,
  searchGuides,
  slugify,
} from '../../../shared/markdown-lite.ts';

const guide = (body: string) => parseGuide(`# A guide\n\nA summary paragraph.\n\n${body}`);

describe('parseInline', () => {
  test('bold, italic and the two kinds of link', () => {
    expect(
      parseInline(
        '**Stop** and *breathe*; see [Sorry](guide:saying-sorry) or [go](action:check-in).',
      ),
    ).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Stop' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'em', children: [{ kind: 'text', text: 'breathe' }] },
      { kind: 'text', text: '; see ' },
      {
        kind: 'link',
        target: { kind: 'guide', slug: 'saying-sorry' },
        children: [{ kind: 'text', text: 'Sorry' }],
      },
      { kind: 'text', text: ' or ' },
      {
        kind: 'link',
        target: { kind: 'action', action: 'check-in' },
        children: [{ kind: 'text', text: 'go' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });

  test('links anywhere else, and unknown guides or actions, stay plain text and are reported', () => {
    for (const href of [
      'https://example.com',
      'javascript:alert(1)',
      'guide:nope',
      'action:delete-everything',
      'data:text/html,hi',
    ]) {
      const problems: string[] = [];
      const nodes = parseInline(`read [this](${href}) now`, problems);
      expect(nodes).toEqual([{ kind: 'text', text: `read [this](${href}) now` }]);
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  test('a lone asterisk is text (and reported), and markers need words inside', () => {
    const problems: string[] = [];
    expect(inlineText(parseInline('5 * 3 is ** not bold', problems))).toBe('5 * 3 is ** not bold');
    expect(problems.length).toBeGreaterThan(0);
    expect(parseInline('**bold with *italic* inside**')).toEqual([
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'bold with ' },
          { kind: 'em', children: [{ kind: 'text', text: 'italic' }] },
          { kind: 'text', text: ' inside' },
        ],
      },
    ]);
  });
});

describe('parseGuide', () => {
  test('sections with unique anchors, subsections, lists and wrapped list items', () => {
    const doc = guide(
      [
        '## What’s next?',
        '',
        'One line',
        'continues here.',
        '',
        '### A detail',
        '',
        '- first',
        '  wraps',
        '- second',
        '',
        '3. three',
        '4. four',
        '',
        '## What’s next?',
      ].join('\n'),
    );
    expect(doc.problems).toEqual([]);
    expect(doc.title).toBe('A guide');
    expect(inlineText(doc.summary)).toBe('A summary paragraph.');
    expect(doc.sections.map((s) => s.id)).toEqual(['whats-next', 'whats-next-2']);
    expect(doc.sections[0]?.blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'One line continues here.' }] },
      { kind: 'subheading', id: 'a-detail', inlines: [{ kind: 'text', text: 'A detail' }] },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [[{ kind: 'text', text: 'first wraps' }], [{ kind: 'text', text: 'second' }]],
      },
      {
        kind: 'list',
        ordered: true,
        start: 3,
        items: [[{ kind: 'text', text: 'three' }], [{ kind: 'text', text: 'four' }]],
      },
    ]);
  });

  test.each([
    ['raw HTML', '<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['an HTML entity', 'Tom &amp; Jerry', 'Tom &amp; Jerry'],
    ['an image', '![a cat](cat.png)', '![a cat](cat.png)'],
    ['inline code', 'run `rm -rf`', 'run `rm -rf`'],
    ['a table', '| a | b |', '| a | b |'],
    ['a block quote', '> quoted', '> quoted'],
  ])('%s is kept as plain text and reported', (_what, line, text) => {
    const doc = guide(`## Section\n\n${line}`);
    expect(doc.problems.length).toBeGreaterThan(0);
    const block = doc.sections[0]?.blocks[0];
    expect(block?.kind === 'paragraph' && inlineText(block.inlines)).toBe(text);
  });

  test('nested lists, stray headings and missing pieces are reported', () => {
    expect(guide('## S\n\n- a\n  - nested').problems.join()).toMatch(/nested list/);
    expect(guide('## S\n\n#### Deep').problems.join()).toMatch(/heading level/);
    expect(guide('## S\n\n# Second title').problems.join()).toMatch(/heading level/);
    expect(parseGuide('No title here\n\n## S').problems.join()).toMatch(/Title/);
    expect(parseGuide('# T\n\n## S\n\nText').problems.join()).toMatch(/summary/);
  });

  test('anchors are lower-case words joined by hyphens', () => {
    expect(slugify('Before you talk: questions for each of you')).toBe(
      'before-you-talk-questions-for-each-of-you',
    );
    expect(slugify('Why grand gestures don’t do it')).toBe('why-grand-gestures-dont-do-it');
    expect(slugify('Café — naïve?')).toBe('cafe-naive');
  });
});

describe('search across the real guides', () => {
  const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
  const docs = GUIDE_SLUGS.map((slug) => ({
    slug,
    doc: parseGuide(readFileSync(join(root, 'renderer', 'guides', `${slug}.md`), 'utf8')),
  }));

  test('finds a phrase case-insensitively, with its guide, section and a snippet', () => {
    const hits = searchGuides(docs, 'MISTAKES WERE MADE');
    expect(hits[0]).toMatchObject({
      slug: 'saying-sorry',
      guideTitle: 'Saying sorry',
      sectionId: 'phrases-that-undo-an-apology',
      sectionTitle: 'Phrases that undo an apology',
      snippet: { match: 'Mistakes were made' },
    });
  });

  test('straight and curly apostrophes match each other; spaces are collapsed', () => {
    const curly = searchGuides(docs, 'I’m sorry you   feel that way');
    const straight = searchGuides(docs, "i'm sorry you feel that way");
    expect(curly.length).toBeGreaterThan(0);
    expect(curly).toEqual(straight);
  });

  test('subsections are their own results; one result per place', () => {
    const hits = searchGuides(docs, 'flooding');
    expect(hits.some((h) => h.sectionId === 'what-flooding-is')).toBe(true);
    const places = hits.map((h) => `${h.slug}#${h.sectionId}`);
    expect(new Set(places).size).toBe(places.length);
  });

  test('too short or absent words find nothing', () => {
    expect(searchGuides(docs, ' a ')).toEqual([]);
    expect(searchGuides(docs, 'zeppelin')).toEqual([]);
  });

  test('snippets are cut at word boundaries and marked with ellipses', () => {
    const [hit] = searchGuides(docs, 'reliability');
    expect(hit).toBeDefined();
    if (!hit) return;
    const { before, after } = hit.snippet;
    expect(before === '' || before.startsWith('…') || hit.sectionId === '').toBe(true);
    expect(before.length + after.length).toBeLessThan(140);
    expect(after.endsWith('…') || /[.!?”"]$/.test(after)).toBe(true);
  });
});
