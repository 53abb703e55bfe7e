// The originality check shared by the content tests: text is folded to runs of eight words
// (case, punctuation and curly apostrophes aside) so a copied run shows up however it is dressed.

import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

// The reference article sits beside the repository on machines that have the product folder;
// where it is absent (a bare clone of the repository) there is nothing to compare against.
export const referencePath = join(repoRoot, '..', 'shared', 'product', 'reference-article.txt');

export const RUN = 8;

// Phone numbers ("1-800-799-7233", "1-800-799-SAFE", "88788") are facts anyone must quote
// exactly; a run that includes one doesn't count as copying.
const PHONE = /(?:\+?1[-.\s])?\(?\d{3}\)?[-.\s]\d{3}[-.\s](?:\d{4}|[A-Z]{4})\b|\b\d{5}\b/g;

export function wordRuns(text: string): Set<string> {
  const tokens = text
    .replace(PHONE, ' #phone# ')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[^a-z0-9'#]+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '');
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= tokens.length; i += 1) {
    const run = tokens.slice(i, i + RUN);
    if (!run.includes('#phone#')) runs.add(run.join(' '));
  }
  return runs;
}
