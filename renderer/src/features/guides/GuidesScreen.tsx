// Guides: reading, table of contents, cross-links, search, reading progress.
import type { Route } from '../../router.ts';

export function GuidesScreen(_props: { route: Route }) {
  return (
    <div className="screen guides">
      <header className="screen-header">
        <h1>Guides</h1>
      </header>
    </div>
  );
}
