// Schema step 4: commitments.

import type { Migration } from '../migrations.ts';

export const migration004: Migration = {
  version: 4,
  name: 'commitments',
  up() {
    // Filled in with the feature.
  },
};
