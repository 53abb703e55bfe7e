// Search across all guides: case-insensitive, curly and straight apostrophes alike, whitespace
// collapsed. One result per section (or subsection) that mentions the words, with a snippet.
// Pure, so the unit tests can run it on the real guides.

import type { GuideSlug } from '../../../../shared/guides-catalog.ts';
import { blockInlines, inlineText, type GuideDoc } from '../../../../shared/markdown-lite.ts';

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
