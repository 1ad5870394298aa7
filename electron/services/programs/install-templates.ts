import type { Database } from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Program } from '../../../shared/domain/program.ts';
import { parseProgram } from '../../../shared/programs/validate-program.ts';
import { defaultResourcesDir } from '../resources-dir.ts';
import { issueLine } from '../../../shared/text/message-slots.ts';

/** Reads and validates every shipped template in resources/programs/; a broken one is a build bug. */
export function loadProgramTemplates(resourcesDir: string = defaultResourcesDir()): Program[] {
  const dir = join(resourcesDir, 'programs');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = parseProgram(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.ok) {
        const first = parsed.issues[0];
        throw new Error(`内置方案模板 ${name} 无效：${first ? issueLine(first.path, first.message) : '未知问题'}`);
      }
      return parsed.program;
    });
}

/**
 * Puts the shipped templates into the profile's library as read-only entries: a template not yet
 * there is added, and a template whose file has a higher version adds that version. Stored
 * versions are never touched, so reviews pinned to them keep their rubric.
 */
export function installProgramTemplates(db: Database, resourcesDir?: string): number {
  const templates = loadProgramTemplates(resourcesDir);
  const latest = db.prepare('SELECT max(version) AS v FROM programs WHERE id = ?');
  const insert = db.prepare('INSERT INTO programs (id, version, title, body, built_in, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)');
  let added = 0;
  db.transaction(() => {
    const now = new Date().toISOString();
    for (const template of templates) {
      const stored = (latest.get(template.id) as { v: number | null }).v;
      if (stored !== null && stored >= template.version) continue;
      insert.run(template.id, template.version, template.title, JSON.stringify(template), now, now);
      added++;
    }
  })();
  return added;
}
