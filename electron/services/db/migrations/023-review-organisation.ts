import type { Migration } from './migration.ts';

/** Migration 23: the organisation that runs a review (评审组织单位), as the coordinator named it on 新建评审. */
export const migration023: Migration = {
  version: 23,
  name: 'review organisation',
  sql: `
    -- '' for the reviews made before (and for an expert's review opened from a package, whose manifest does not name it).
    ALTER TABLE reviews ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
  `,
};
