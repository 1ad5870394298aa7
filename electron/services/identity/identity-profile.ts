import type { Database } from 'better-sqlite3';

/** The name and organisation this profile signs with. */
export interface IdentityProfile {
  readonly name: string;
  readonly organisation: string;
}

/** The profile's signing name and organisation, or null before an identity was created. */
export function readIdentityProfile(db: Database): IdentityProfile | null {
  const row = db.prepare('SELECT name, organisation FROM identity_profile WHERE id = 1').get() as IdentityProfile | undefined;
  return row ? { name: row.name, organisation: row.organisation } : null;
}

/** Records the signing name and organisation (one row per profile). */
export function saveIdentityProfile(db: Database, profile: IdentityProfile, now = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO identity_profile (id, name, organisation, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation, updated_at = excluded.updated_at`,
  ).run(profile.name, profile.organisation, now);
}
