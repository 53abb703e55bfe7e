// The guides Nuzzle ships (their Markdown lives in renderer/guides/<slug>.md), where their
// "Try this today" actions lead, and where the safety panel is shown. Plain data, importable
// by the core (tray, validation), the renderer and the content check.

export const GUIDE_SLUGS = [
  'rebuilding-trust',
  'after-a-fight',
  'saying-sorry',
  'deal-breakers',
  'monogamy',
] as const;

export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export interface GuideInfo {
  slug: GuideSlug;
  /** Must match the guide's `# Title` line (the content check makes sure). */
  title: string;
  /**
   * The section (by heading anchor) at whose end the safety panel is shown, or null. Shown
   * where the subject touches control, coercion or fear.
   */
  safetyPanelSection: string | null;
}

export const GUIDES: readonly GuideInfo[] = [
  {
    slug: 'rebuilding-trust',
    title: 'Rebuilding trust',
    safetyPanelSection: 'safety-comes-first',
  },
  { slug: 'after-a-fight', title: 'After a fight', safetyPanelSection: null },
  { slug: 'saying-sorry', title: 'Saying sorry', safetyPanelSection: null },
  {
    slug: 'deal-breakers',
    title: 'Deal breakers',
    safetyPanelSection: 'safety-comes-before-repair',
  },
  {
    slug: 'monogamy',
    title: 'What monogamy asks of both',
    safetyPanelSection: 'safety-comes-first',
  },
];

export function isGuideSlug(value: unknown): value is GuideSlug {
  return typeof value === 'string' && (GUIDE_SLUGS as readonly string[]).includes(value);
}

export function guideInfo(slug: GuideSlug): GuideInfo {
  const found = GUIDES.find((g) => g.slug === slug);
  if (!found) throw new Error(`unknown guide ${slug}`);
  return found;
}

/** `[text](action:…)` targets in the guides and the app route each one opens. */
export const GUIDE_ACTIONS = {
  'check-in': 'today',
  'write-note': 'notes',
  'add-commitment': 'commitments',
  'apology-builder': 'apology',
} as const;

export type GuideAction = keyof typeof GUIDE_ACTIONS;

export function isGuideAction(value: unknown): value is GuideAction {
  return typeof value === 'string' && Object.hasOwn(GUIDE_ACTIONS, value);
}

/** Section anchors are lower-case words joined by hyphens (see markdown-lite.ts). */
export const SECTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SECTION_ID_MAX = 80;

/** Each of the apology builder's four fields. */
export const APOLOGY_FIELD_MAX = 2000;

/** The hotline shown in the safety panel (US National Domestic Violence Hotline). */
export const HOTLINE = {
  name: 'National Domestic Violence Hotline',
  phone: '1-800-799-7233',
  textKeyword: 'START',
  textNumber: '88788',
  url: 'https://www.thehotline.org/',
  site: 'thehotline.org',
} as const;
