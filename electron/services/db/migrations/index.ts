import { migration001 } from './001-reviews.ts';
import { migration002 } from './002-audit-log.ts';
import { migration003 } from './003-program-library.ts';
import { migration004 } from './004-documents.ts';
import { migration005 } from './005-reader-view-state.ts';
import { migration006 } from './006-scoring.ts';
import { migration007 } from './007-review-packages.ts';
import { migration008 } from './008-identity-roster-sheets.ts';
import { migration009 } from './009-document-texts.ts';
import { migration010 } from './010-packages-both-roles.ts';
import { migration011 } from './011-received-sheets.ts';
import { migration012 } from './012-merge-decisions.ts';
import { migration013 } from './013-category-finals.ts';
import { migration014 } from './014-roster-expert-details.ts';
import { migration015 } from './015-review-archive.ts';
import { migration016 } from './016-stand-in-digest.ts';
import { migration017 } from './017-merge-held-sheets.ts';
import { migration018 } from './018-review-merge-settings.ts';
import { migration019 } from './019-intake.ts';
import { migration020 } from './020-review-stages.ts';
import { migration021 } from './021-formal-check.ts';
import { migration022 } from './022-merge-discussions.ts';
import { migration023 } from './023-review-organisation.ts';
import type { Migration } from './migration.ts';

export type { Migration } from './migration.ts';

/**
 * The profile database's schema, version by version, one file each. `PRAGMA user_version` records
 * the last one applied; each runs in its own transaction, so a crash leaves the previous version
 * intact. docs/schema.sql is the schema after the last one (kept true by tests/integration/services/db/database.test.ts).
 */
export const migrations: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016, migration017, migration018, migration019, migration020, migration021, migration022, migration023];

/** The schema version this build of the app writes. */
export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
