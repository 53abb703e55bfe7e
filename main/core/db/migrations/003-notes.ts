// Schema step 3: appreciation notes.

import type { Migration } from '../migrations.ts';

export const migration003: Migration = {
  version: 3,
  name: 'appreciation notes',
  up() {
    // Filled in with the feature.
  },
};
