// A small, strict parser for the Markdown subset the guides are written in, producing a plain
// structure that the renderer turns into React elements (never HTML strings) and that the
// content check inspects. The subset:
//
//   # Title                        first line only
//   summary paragraph              before the first section
//   ## Section / ### Subsection
//   paragraphs, "- " and "1. " lists (one level)
//   **bold**, *italic*, [text](guide:<slug>), [text](action:<name>)
//
// Anything else (raw HTML, tables, images, code, block quotes, nested lists, other links) is
// kept as plain text and reported in `problems`, so nothing unexpected can ever render as
// markup, and the content check can refuse it. Search across the parsed guides is at the end.

import { isGuideAction, isGuideSlug, type GuideAction, type GuideSlug } from './guides-catalog.ts';

export type LinkTarget =
  { kind: 'guide'; slug: GuideSlug } | { kind: 'action'; action: GuideAction };

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; target: LinkTarget; children: Inline[] };

export type Block =
  | { kind: 'subheading'; id: string; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Inline[][] };

export interface Section {
  /** Anchor from the heading text, unique within the guide. */
  id: string;
  title: string;
  inlines: Inline[];
  blocks: Block[];
}

export interface GuideDoc {
  title: string;
  summary: Inline[];
  sections: Section[];
  /** What didn't fit the subset (shown as plain text); the content check wants none. */
  problems: string[];
}

// ---- Inline -----------------------------------------------------------------------------

const LINK = /^\[([^\]\n]+)\]\(([^()\s]+)\)/;

function linkTarget(raw: string): LinkTarget | null {
  const colon = raw.indexOf(':');
  if (colon < 0) return null;
  const scheme = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  if (scheme === 'guide' && isGuideSlug(rest)) return { kind: 'guide', slug: rest };
  if (scheme === 'action' && isGuideAction(rest)) return { kind: 'action', action: rest };
  return null;
}

/** Where the emphasis opened at `from` (marker `marker`) closes, or -1. */
function closingMarker(text: string, from: number, marker: string): number {
  let i = from + marker.length;
  if (i >= text.length || /\s/.test(text.charAt(i))) return -1;
  for (;;) {
    const at = text.indexOf(marker, i);
    if (at < 0) return -1;
    // "*" must not be half of a "**", and a closer follows a non-space character.
    const partOfDouble =
      marker === '*' && (text.charAt(at + 1) === '*' || text.charAt(at - 1) === '*');
    if (at > from + marker.length && !/\s/.test(text.charAt(at - 1)) && !partOfDouble) return at;
    i = at + (partOfDouble ? 2 : 1);
  }
}

export function parseInline(text: string, problems: string[] = [], inLink = false): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer !== '') out.push({ kind: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (text.startsWith('**', i)) {
      const end = closingMarker(text, i, '**');
      if (end > 0) {
        flush();
        out.push({
          kind: 'strong',
          children: parseInline(text.slice(i + 2, end), problems, inLink),
        });
        i = end + 2;
        continue;
      }
    } else if (ch === '*') {
      const end = closingMarker(text, i, '*');
      if (end > 0) {
        flush();
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), problems, inLink) });
        i = end + 1;
        continue;
      }
    } else if (ch === '[' && !inLink) {
      const m = LINK.exec(text.slice(i));
      if (m) {
        const [whole, label = '', href = ''] = m;
        const target = linkTarget(href);
        if (target) {
          flush();
          out.push({ kind: 'link', target, children: parseInline(label, problems, true) });
        } else {
          problems.push(`a link the guides don't support: ${href}`);
          buffer += whole;
        }
        i += whole.length;
        continue;
      }
    }
    buffer += ch;
    i += 1;
  }
  flush();
  for (const node of out) {
    if (node.kind === 'text' && /\*|\]\(/.test(node.text)) {
      problems.push(`an unmatched "*" or link in: ${node.text.slice(0, 60)}`);
    }
  }
  return out;
}

/** The words of some inline content, without any markup. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.kind === 'text' ? n.text : inlineText(n.children))).join('');
}

// ---- Blocks -----------------------------------------------------------------------------

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BULLET = /^- (.*)$/;
const NUMBERED = /^(\d{1,3})\. (.*)$/;

/** Line-level things the subset doesn't have; each becomes plain text and a problem. */
function lineProblem(line: string): string | null {
  if (/<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+);/i.test(line)) return 'raw HTML';
  if (line.includes('`')) return 'code';
  if (line.includes('![')) return 'an image';
  if (/^\s*\|/.test(line)) return 'a table';
  if (/^\s*>/.test(line)) return 'a block quote';
  if (/^(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return 'a horizontal rule';
  if (/^\s+(?:[-*+]|\d+\.)\s/.test(line)) return 'a nested list';
  if (/^[*+] /.test(line)) return 'a list marker other than "- "';
  if (/^ {4,}\S/.test(line)) return 'an indented code block';
  if (/^#{4,}\s|^#+[^#\s]|^# /.test(line)) return 'a heading level the guides don’t use';
  return null;
}

export function parseGuide(source: string): GuideDoc {
  const problems: string[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const usedIds = new Set<string>();
  const uniqueId = (text: string): string => {
    const base = slugify(text) || 'section';
    let id = base;
    for (let n = 2; usedIds.has(id); n += 1) id = `${base}-${String(n)}`;
    usedIds.add(id);
    return id;
  };

  let title = '';
  let summary: Inline[] = [];
  const preamble: Block[] = [];
  const sections: Section[] = [];
  const blocksNow = (): Block[] => sections.at(-1)?.blocks ?? preamble;

  let paragraph: string[] = [];
  // Typed by assertion so the compiler doesn't pin it to `null` across the helpers below.
  let list = null as { ordered: boolean; start: number; items: string[] } | null;

  const endParagraph = () => {
    if (paragraph.length === 0) return;
    blocksNow().push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' '), problems) });
    paragraph = [];
  };
  const endList = () => {
    if (!list) return;
    blocksNow().push({
      kind: 'list',
      ordered: list.ordered,
      start: list.start,
      items: list.items.map((item) => parseInline(item, problems)),
    });
    list = null;
  };
  const endBlock = () => {
    endParagraph();
    endList();
  };

  for (const [index, raw] of lines.entries()) {
    const line = raw.trimEnd();
    if (index === 0) {
      if (line.startsWith('# ')) {
        title = line.slice(2).trim();
        continue;
      }
      problems.push('the first line is not a "# Title"');
    }
    if (line.trim() === '') {
      endBlock();
      continue;
    }
    const problem = lineProblem(line);
    if (problem) problems.push(`${problem} (line ${String(index + 1)})`);

    const h2 = /^## (.+)$/.exec(line);
    const h3 = /^### (.+)$/.exec(line);
    if (!problem && h2?.[1]) {
      endBlock();
      const text = h2[1].trim();
      const inlines = parseInline(text, problems);
      sections.push({
        id: uniqueId(inlineText(inlines)),
        title: inlineText(inlines),
        inlines,
        blocks: [],
      });
      continue;
    }
    if (!problem && h3?.[1]) {
      endBlock();
      if (sections.length === 0)
        problems.push(`a "###" before any "##" (line ${String(index + 1)})`);
      const inlines = parseInline(h3[1].trim(), problems);
      blocksNow().push({ kind: 'subheading', id: uniqueId(inlineText(inlines)), inlines });
      continue;
    }
    const bullet = problem ? null : BULLET.exec(line);
    const numbered = problem ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      endParagraph();
      const ordered = numbered !== null;
      const text = (bullet?.[1] ?? numbered?.[2] ?? '').trim();
      if (list?.ordered !== ordered) {
        endList();
        list = { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      }
      list.items.push(text);
      continue;
    }
    if (list && /^\s+\S/.test(raw) && !problem) {
      // A wrapped list item.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last] ?? ''} ${line.trim()}`;
      continue;
    }
    endList();
    paragraph.push(line.trim());
  }
  endBlock();

  const [first, ...rest] = preamble;
  if (first?.kind === 'paragraph') summary = first.inlines;
  else problems.push('there is no summary paragraph under the title');
  if (rest.length > 0) problems.push('only one summary paragraph may come before the first "##"');
  if (title === '') problems.push('the guide has no title');

  return { title, summary, sections, problems };
}

/** Every link in a guide (for the content check and for "Try this today"). */
export function linksOf(inlines: readonly Inline[]): { target: LinkTarget; text: string }[] {
  const out: { target: LinkTarget; text: string }[] = [];
  for (const n of inlines) {
    if (n.kind === 'link') out.push({ target: n.target, text: inlineText(n.children) });
    else if (n.kind !== 'text') out.push(...linksOf(n.children));
  }
  return out;
}

export function blockInlines(block: Block): Inline[][] {
  if (block.kind === 'list') return block.items;
  return [block.inlines];
}

/** All the readable words of a guide, title to last section, as plain text. */
export function guideText(doc: GuideDoc): string {
  const parts = [doc.title, inlineText(doc.summary)];
  for (const s of doc.sections) {
    parts.push(s.title);
    for (const b of s.blocks) for (const inl of blockInlines(b)) parts.push(inlineText(inl));
  }
  return parts.join('\n');
}

// ---- Search -----------------------------------------------------------------------------
// Across all guides: case-insensitive, curly and straight apostrophes alike, whitespace
// collapsed. One result per section (or subsection) that mentions the words, with a snippet.

export interface SearchHit {
  slug: GuideSlug;
  guideTitle: string;
  /** Anchor to jump to ('' for the top of the guide). */
  sectionId: string;
  sectionTitle: string;
  snippet: { before: string; match: string; after: string };
}

export const SEARCH_MIN = 2;
const CONTEXT = 60;

/** Lower case, straight apostrophes and quotes: one character for one, so offsets still match. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[’‘ʼ]/g, "'").replace(/[“”]/g, '"');
}

export function normaliseQuery(query: string): string {
  return fold(query.trim().replace(/\s+/g, ' '));
}

function snippetOf(text: string, at: number, length: number): SearchHit['snippet'] {
  let from = Math.max(0, at - CONTEXT);
  let to = Math.min(text.length, at + length + CONTEXT);
  // Cut at word boundaries.
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length)
    to = text.lastIndexOf(' ', to) > at + length ? text.lastIndexOf(' ', to) : to;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, at)}`,
    match: text.slice(at, at + length),
    after: `${text.slice(at + length, to)}${to < text.length ? '…' : ''}`,
  };
}

interface Unit {
  sectionId: string;
  sectionTitle: string;
  text: string;
}

function unitsOf(doc: GuideDoc): Unit[] {
  const units: Unit[] = [{ sectionId: '', sectionTitle: doc.title, text: inlineText(doc.summary) }];
  for (const section of doc.sections) {
    let place = { sectionId: section.id, sectionTitle: section.title };
    units.push({ ...place, text: section.title });
    for (const block of section.blocks) {
      if (block.kind === 'subheading') {
        place = { sectionId: block.id, sectionTitle: inlineText(block.inlines) };
        units.push({ ...place, text: place.sectionTitle });
        continue;
      }
      for (const inlines of blockInlines(block))
        units.push({ ...place, text: inlineText(inlines) });
    }
  }
  return units;
}

export function searchGuides(
  docs: readonly { slug: GuideSlug; doc: GuideDoc }[],
  query: string,
  limit = 30,
): SearchHit[] {
  const needle = normaliseQuery(query);
  if (needle.length < SEARCH_MIN) return [];
  const hits: SearchHit[] = [];
  for (const { slug, doc } of docs) {
    const seen = new Set<string>();
    for (const unit of unitsOf(doc)) {
      if (seen.has(unit.sectionId)) continue;
      const text = unit.text.replace(/\s+/g, ' ');
      const at = fold(text).indexOf(needle);
      if (at < 0) continue;
      seen.add(unit.sectionId);
      hits.push({
        slug,
        guideTitle: doc.title,
        sectionId: unit.sectionId,
        sectionTitle: unit.sectionTitle,
        snippet: snippetOf(text, at, needle.length),
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
