import type { Database } from 'better-sqlite3';
import { programSchema, type Program } from '../../../shared/domain/program.ts';
import type { ProgramSummary } from '../../../shared/domain/program-summary.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';
import { freeId } from '../../../shared/domain/id.ts';

interface ProgramRow {
  id: string;
  version: number;
  title: string;
  body: string;
  built_in: number;
  created_at: string;
  updated_at: string;
}

const latestSql = `
  SELECT p.* FROM programs p
  WHERE p.version = (SELECT max(version) FROM programs q WHERE q.id = p.id)`;

function parseBody(row: ProgramRow): Program {
  return programSchema.parse(JSON.parse(row.body));
}

/** True when a review pins this version: it must then never change. */
export function isProgramVersionInUse(db: Database, id: string, version: number): boolean {
  return db.prepare('SELECT 1 FROM reviews WHERE program_id = ? AND program_version = ? LIMIT 1').get(id, version) !== undefined;
}

function toSummary(db: Database, row: ProgramRow): ProgramSummary {
  const program = parseBody(row);
  return {
    id: row.id,
    version: row.version,
    title: row.title,
    documentNumber: program.documentNumber,
    issuer: program.issuer,
    categoryLabel: program.categoryLabel,
    categoryCount: program.categories.length,
    rubricCount: program.rubrics.length,
    builtIn: row.built_in === 1,
    inUse: isProgramVersionInUse(db, row.id, row.version),
    updatedAt: row.updated_at,
  };
}

/** The library: the latest version of every program, built-in templates first. */
export function listPrograms(db: Database): ProgramSummary[] {
  const rows = db.prepare(`${latestSql} ORDER BY p.built_in DESC, p.title`).all() as ProgramRow[];
  return rows.map((row) => toSummary(db, row));
}

/** A program's latest version (or the given one) with its library facts, or null. */
export function getProgram(db: Database, id: string, version?: number): { program: Program; summary: ProgramSummary; versions: number[] } | null {
  const row = (
    version === undefined
      ? db.prepare(`${latestSql} AND p.id = ?`).get(id)
      : db.prepare('SELECT * FROM programs WHERE id = ? AND version = ?').get(id, version)
  ) as ProgramRow | undefined;
  if (!row) return null;
  const versions = (db.prepare('SELECT version FROM programs WHERE id = ? ORDER BY version').all(id) as { version: number }[]).map((r) => r.version);
  return { program: parseBody(row), summary: toSummary(db, row), versions };
}

/** Adds a program as a new library entry (version as given); refuses an id already present. */
export function insertProgram(db: Database, program: Program, options: { builtIn?: boolean; now?: string } = {}): void {
  const now = options.now ?? new Date().toISOString();
  const exists = db.prepare('SELECT 1 FROM programs WHERE id = ? LIMIT 1').get(program.id);
  if (exists) throw domainError('programs.id-taken', { programId: program.id });
  db.prepare('INSERT INTO programs (id, version, title, body, built_in, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    program.id,
    program.version,
    program.title,
    JSON.stringify(program),
    options.builtIn ? 1 : 0,
    now,
    now,
  );
}

/**
 * Saves an edited program. The latest version is rewritten in place unless a review pins it;
 * then the edit becomes the next version, so no review's program changes under it.
 * Built-in templates are read-only (duplicate them to edit).
 */
export function saveProgram(db: Database, edited: Program, now = new Date().toISOString()): Program {
  return db.transaction(() => {
    const current = getProgram(db, edited.id);
    if (!current) throw domainError('programs.not-found', { programId: edited.id });
    if (current.summary.builtIn) throw domainError('programs.built-in-read-only', {});
    if (edited.version !== current.program.version) {
      throw domainError('programs.stale-version', { version: current.program.version });
    }
    if (current.summary.inUse) {
      const next: Program = { ...edited, version: current.program.version + 1 };
      db.prepare('INSERT INTO programs (id, version, title, body, built_in, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)').run(
        next.id, next.version, next.title, JSON.stringify(next), now, now,
      );
      return next;
    }
    db.prepare('UPDATE programs SET title = ?, body = ?, updated_at = ? WHERE id = ? AND version = ?').run(
      edited.title, JSON.stringify(edited), now, edited.id, edited.version,
    );
    return edited;
  })();
}

/** Deletes every version of a program no review uses; built-in templates stay. */
export function deleteProgram(db: Database, id: string): void {
  db.transaction(() => {
    const current = getProgram(db, id);
    if (!current) throw domainError('programs.not-found', { programId: id });
    if (current.summary.builtIn) throw domainError('programs.built-in-kept', {});
    const used = db.prepare('SELECT 1 FROM reviews WHERE program_id = ? LIMIT 1').get(id);
    if (used) throw domainError('programs.in-use', {});
    db.prepare('DELETE FROM programs WHERE id = ?').run(id);
  })();
}

/** A library id not yet taken, derived from `base` (base, base-2, base-3 …). */
export function freeProgramId(db: Database, base: string): string {
  const stem = base.slice(0, 70).replace(/-+$/, '') || 'program';
  return freeId(stem, (id) => db.prepare('SELECT 1 FROM programs WHERE id = ? LIMIT 1').get(id) !== undefined);
}
