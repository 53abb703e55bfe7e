// Schema step 5: guide reading progress and apology drafts.

import type { Migration } from '../migrations.ts';

export const migration005: Migration = {
  version: 5,
  name: 'guide reading progress and apology drafts',
  up() {
    // Filled in with the feature.
  },
};
