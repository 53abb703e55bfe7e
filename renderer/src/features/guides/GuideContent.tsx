// Turns a parsed guide into React elements. Only the subset's own elements are ever made;
// text is always text (React escapes it), so nothing in a guide can become markup.

import type { ReactNode } from 'react';
import { GUIDE_ACTIONS, guideInfo } from '../../../../shared/guides-catalog.ts';
import type { Block, GuideDoc, Inline, LinkTarget } from '../../../../shared/markdown-lite.ts';
import { SafetyPanel } from './SafetyPanel.tsx';

export function guideHref(slug: string, sectionId?: string): string {
  const params = new URLSearchParams({ guide: slug });
  if (sectionId) params.set('section', sectionId);
  return `#/guides?${params.toString()}`;
}

function linkHref(target: LinkTarget): string {
  return target.kind === 'guide' ? guideHref(target.slug) : `#/${GUIDE_ACTIONS[target.action]}`;
}

export function Inlines({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return nodes.map((node, i) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines nodes={node.children} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines nodes={node.children} />
          </em>
        );
      case 'link':
        return (
          <a
            key={i}
            href={linkHref(node.target)}
            className={node.target.kind === 'action' ? 'guide-action' : 'guide-link'}
          >
            <Inlines nodes={node.children} />
          </a>
        );
    }
  });
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'subheading':
      return (
        <h3 id={block.id} tabIndex={-1}>
          <Inlines nodes={block.inlines} />
        </h3>
      );
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.inlines} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Inlines nodes={item} />
        </li>
      ));
      return block.ordered ? (
        <ol start={block.start === 1 ? undefined : block.start}>{items}</ol>
      ) : (
        <ul>{items}</ul>
      );
    }
  }
}

/** The guide's sections, each with its anchor; the safety panel where the catalog says. */
export function GuideSections({
  slug,
  doc,
}: {
  slug: Parameters<typeof guideInfo>[0];
  doc: GuideDoc;
}) {
  const safetySection = guideInfo(slug).safetyPanelSection;
  return doc.sections.map((section) => (
    <section
      key={section.id}
      aria-labelledby={section.id}
      className={section.id === 'try-this-today' ? 'guide-section try-today card' : 'guide-section'}
    >
      <h2 id={section.id} tabIndex={-1} data-guide-section="">
        <Inlines nodes={section.inlines} />
      </h2>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {section.id === safetySection && <SafetyPanel />}
    </section>
  ));
}

/** "On this page": every section, linked to its anchor. */
export function TableOfContents({
  slug,
  doc,
  current,
  onJump,
}: {
  slug: string;
  doc: GuideDoc;
  current: string;
  onJump: (sectionId: string) => void;
}) {
  return (
    <nav className="guide-toc card" aria-labelledby="toc-title">
      <h2 id="toc-title">On this page</h2>
      <ol>
        {doc.sections.map((s) => (
          <li key={s.id}>
            <a
              href={guideHref(slug, s.id)}
              aria-current={current === s.id ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onJump(s.id);
              }}
            >
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
