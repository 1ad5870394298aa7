import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendAudit, findBrokenAuditEntry } from '../../../../electron/services/db/audit-log.ts';
import { backupDatabase } from '../../../../electron/services/db/backup-database.ts';
import { dumpSchema } from '../../../../electron/services/db/dump-schema.ts';
import { schemaVersion } from '../../../../electron/services/db/migrate.ts';
import { latestSchemaVersion, migrations } from '../../../../electron/services/db/migrations/index.ts';
import { databaseFileName, openDatabase } from '../../../../electron/services/db/open-database.ts';
import { getReview, insertReview, listReviews, type NewReview } from '../../../../electron/services/reviews/review-repository.ts';
import { readSettings, updateSettings } from '../../../../electron/services/settings/settings-repository.ts';
import { useTempDirs } from '../../../support/temp-dir.ts';
import { rootDir } from '../../../support/corpus.ts';

const tempDir = useTempDirs();

const sampleReview: NewReview = {
  id: 'r-2026',
  title: '测试评审',
  programTitle: '高技能人才集群培养计划',
  documentNumber: '皖教秘职成〔2026〕26号',
  deadline: '2026-05-25',
  isDemo: false,
  createdAt: '2026-06-01T08:00:00.000Z',
  fields: [{ id: 'ai', name: '人工智能', leadInstitutions: ['某职业技术学院'], quota: 2 }],
  submissions: [{ id: 's1', fieldId: 'ai', applicant: '甲职业技术学院', partners: ['乙公司'], title: '人工智能集群', applicantType: '高水平高职' }],
};

/** Data each schema version can hold, written before migrating to the next and checked after. */
const fixtures: Record<number, { seed: (db: Database.Database) => void; check: (db: Database.Database) => void }> = {
  1: {
    // Raw SQL of schema version 1: today's repository code writes columns added later.
    seed: (db) => {
      db.exec(`
        INSERT INTO reviews (id, title, program_title, document_number, deadline, is_demo, created_at)
          VALUES ('r-2026', '测试评审', '高技能人才集群培养计划', '皖教秘职成〔2026〕26号', '2026-05-25', 0, '2026-06-01T08:00:00.000Z');
        INSERT INTO review_fields (review_id, id, position, name, lead_institutions, quota) VALUES ('r-2026', 'ai', 0, '人工智能', '["某职业技术学院"]', 2);
        INSERT INTO submissions (review_id, id, position, field_id, applicant, partners, title, applicant_type)
          VALUES ('r-2026', 's1', 0, 'ai', '甲职业技术学院', '["乙公司"]', '人工智能集群', '高水平高职');
        INSERT INTO settings (key, value) VALUES ('locale', '"en"'), ('role', '"expert"');
      `);
    },
    check: (db) => {
      expect(getReview(db, 'r-2026')?.submissions[0]?.applicant).toBe('甲职业技术学院');
      expect(readSettings(db)).toEqual({ locale: 'en', role: 'expert' });
    },
  },
  2: {
    seed: (db) => {
      db.prepare("INSERT INTO audit_log (at, action, subject, detail, prev_hash, hash) VALUES ('2026-06-01', 'test.event', 'r-2026', '{}', ?, ?)").run('0'.repeat(64), 'a'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
      // The log stays appendable by today's code after every later migration.
      appendAudit(db, 'after.migration', 'r-2026');
      expect(db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 2 });
    },
  },
  3: {
    seed: (db) => {
      db.prepare("INSERT INTO programs (id, version, title, body, created_at, updated_at) VALUES ('p', 1, '方案', '{}', 'now', 'now')").run();
      db.prepare("UPDATE reviews SET program_id = 'p', program_version = 1 WHERE id = 'r-2026'").run();
    },
    check: (db) => {
      expect(db.prepare("SELECT program_id, program_version FROM reviews WHERE id = 'r-2026'").get()).toEqual({ program_id: 'p', program_version: 1 });
    },
  },
  4: {
    seed: (db) => {
      db.prepare("INSERT INTO documents (id, size, media_type, pages, created_at) VALUES (?, 3, 'application/pdf', NULL, 'now')").run('a'.repeat(64));
      db.prepare("INSERT INTO submission_documents VALUES ('r-2026', 's1', ?, 0, 'application', '申报书', '申报书.pdf')").run('a'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT title FROM submission_documents').get()).toEqual({ title: '申报书' });
      expect(() => db.prepare("INSERT INTO submission_documents VALUES ('r-2026', 'nope', ?, 1, 'application', 'x', 'x.pdf')").run('a'.repeat(64))).toThrow(/FOREIGN KEY/);
    },
  },
  5: {
    seed: (db) => void db.prepare("INSERT INTO document_view_state VALUES (?, 3, 'page-width', 90, 'now')").run('a'.repeat(64)),
    check: (db) => expect(db.prepare('SELECT page, rotation FROM document_view_state').get()).toEqual({ page: 3, rotation: 90 }),
  },
  6: {
    seed: (db) => {
      db.prepare("INSERT INTO scores (review_id, submission_id, criterion_id, score, comment, updated_at) VALUES ('r-2026', 's1', 'c1', 7.5, '好', 'now')").run();
    },
    check: (db) => {
      expect(db.prepare("SELECT figures FROM submissions WHERE id = 's1'").get()).toEqual({ figures: '{}' });
      expect(db.prepare('SELECT score, comment FROM scores').get()).toEqual({ score: 7.5, comment: '好' });
    },
  },
  7: {
    seed: (db) => {
      db.prepare(
        "INSERT INTO review_packages VALUES (?, 'r-2026', 'issued', NULL, NULL, '秘书处', 'k', 'f', '{\"review\":{\"id\":\"r-2026\"}}', 'now', 'now')",
      ).run('f'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT review_id, direction, coordinator_name FROM review_packages').get()).toEqual({ review_id: 'r-2026', direction: 'issued', coordinator_name: '秘书处' });
    },
  },
  8: {
    seed: (db) => {
      db.prepare("INSERT INTO roster_experts (review_id, id, position, name, organisation) VALUES ('r-2026', 'expert-1', 0, '王明', '某大学')").run();
      db.prepare("INSERT INTO roster_assignments VALUES ('r-2026', 'expert-1', 's1')").run();
      db.prepare("INSERT INTO score_sheets (review_id, expert_id, version, digest, supersedes, package_digest, file_name, bytes, signed_at) VALUES ('r-2026', 'expert-1', 1, ?, NULL, ?, 'f.json', x'7b7d0a', 'now')").run('d'.repeat(64), 'p'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT submission_id FROM roster_assignments').get()).toEqual({ submission_id: 's1' });
      // A key without its enrolment time, a second version without what it supersedes: refused by the schema.
      expect(() => db.prepare("UPDATE roster_experts SET public_key = 'k'").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO score_sheets VALUES ('r-2026', 'expert-1', 2, ?, NULL, ?, 'f', x'00', 'now', NULL)").run('e'.repeat(64), 'p'.repeat(64))).toThrow(/CHECK/);
      // A signed version is read-only; only the amend mark may be set.
      expect(() => db.prepare("UPDATE score_sheets SET bytes = x'00'").run()).toThrow(/read-only/);
      db.prepare("UPDATE score_sheets SET amended_at = 'later'").run();
      expect(db.prepare('SELECT amended_at FROM score_sheets').get()).toEqual({ amended_at: 'later' });
    },
  },
  9: {
    seed: (db) => {
      db.prepare("INSERT INTO document_texts VALUES (?, 'done', 2, NULL, 'now')").run('a'.repeat(64));
      db.prepare('INSERT INTO document_text_pages VALUES (?, 1, ?), (?, 2, ?)').run('a'.repeat(64), '封面', 'a'.repeat(64), '现场工程师学院');
    },
    check: (db) => {
      expect(db.prepare('SELECT text FROM document_text_pages WHERE page = 2').get()).toEqual({ text: '现场工程师学院' });
      // A failure carries its reason, a success none; a page of a text never read is refused.
      db.prepare("INSERT OR IGNORE INTO documents (id, size, media_type, pages, created_at) VALUES (?, 3, 'application/pdf', NULL, 'now')").run('b'.repeat(64));
      expect(() => db.prepare("INSERT INTO document_texts VALUES (?, 'failed', NULL, NULL, 'now')").run('b'.repeat(64))).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO document_text_pages VALUES (?, 1, 'x')").run('c'.repeat(64))).toThrow(/FOREIGN KEY/);
    },
  },
  10: {
    // One computer in both roles: the package it issued is imported into the expert's own copy.
    seed: (db) => {
      db.exec(`
        INSERT INTO reviews (id, title, program_title, document_number, deadline, is_demo, created_at)
          VALUES ('r-2026-expert', '测试评审（专家评分副本）', '高技能人才集群培养计划', '皖教秘职成〔2026〕26号', '2026-05-25', 0, 'now');
      `);
      db.prepare(
        "INSERT INTO review_packages VALUES (?, 'r-2026-expert', 'imported', NULL, 'expert-1', '秘书处', 'k', 'f', '{\"review\":{\"id\":\"r-2026\"}}', 'now', 'now')",
      ).run('f'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT review_id, direction FROM review_packages ORDER BY direction').all()).toEqual([
        { review_id: 'r-2026-expert', direction: 'imported' },
        { review_id: 'r-2026', direction: 'issued' },
      ]);
      // Still once per direction, and one import per local review.
      expect(() => db.prepare("INSERT INTO review_packages VALUES (?, 'r-2026', 'issued', NULL, NULL, 'x', 'k', 'f', '{}', 'now', 'now')").run('f'.repeat(64))).toThrow(/UNIQUE/);
      expect(() => db.prepare("INSERT INTO review_packages VALUES (?, 'r-2026-expert', 'imported', NULL, NULL, 'x', 'k', 'f', '{}', 'now', 'now')").run('e'.repeat(64))).toThrow(/UNIQUE/);
    },
  },
  11: {
    seed: (db) => {
      db.prepare("INSERT INTO received_sheets VALUES ('r-2026', ?, 'expert-1', 1, '王明.pingshen-sheet.json', x'7b7d0a', 'ab12', 'now')").run('d'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT expert_id, version, file_name FROM received_sheets').get()).toEqual({ expert_id: 'expert-1', version: 1, file_name: '王明.pingshen-sheet.json' });
      // Evidence is never changed; the same sheet twice is one row.
      expect(() => db.prepare("UPDATE received_sheets SET version = 2").run()).toThrow(/read-only/);
      expect(() => db.prepare("INSERT INTO received_sheets VALUES ('r-2026', ?, 'expert-1', 1, 'x', x'00', 'f', 'now')").run('d'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    },
  },
  12: {
    seed: (db) => {
      db.prepare("INSERT INTO merge_decisions VALUES ('r-2026', 's1', 'reserve', '名额线并列，按佐证材料决定', 'now')").run();
    },
    check: (db) => {
      expect(db.prepare('SELECT decision, reason FROM merge_decisions').get()).toEqual({ decision: 'reserve', reason: '名额线并列，按佐证材料决定' });
      expect(() => db.prepare("INSERT INTO merge_decisions VALUES ('r-2026', 'nope', 'recommend', '', 'now')").run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("UPDATE merge_decisions SET decision = 'maybe'").run()).toThrow(/CHECK/);
    },
  },
  13: {
    seed: (db) => void db.prepare("INSERT INTO merge_finals VALUES ('r-2026', 'ai', 'now')").run(),
    check: (db) => {
      expect(db.prepare('SELECT field_id FROM merge_finals').get()).toEqual({ field_id: 'ai' });
      expect(() => db.prepare("INSERT INTO merge_finals VALUES ('r-2026', 'nope', 'now')").run()).toThrow(/FOREIGN KEY/);
    },
  },
  14: {
    seed: (db) => void db.prepare("UPDATE roster_experts SET title = '教授', expertise = '人工智能', phone = '13800000000', panel = '[\"ai\"]' WHERE id = 'expert-1'").run(),
    check: (db) => {
      // Experts enrolled before the 专家名单 import keep an empty title and no panel (= every category).
      expect(db.prepare("SELECT title, expertise, phone, panel FROM roster_experts WHERE id = 'expert-1'").get()).toEqual({ title: '教授', expertise: '人工智能', phone: '13800000000', panel: '["ai"]' });
      expect(() => db.prepare("UPDATE roster_experts SET panel = 'ai'").run()).toThrow(/CHECK/);
    },
  },
  15: {
    seed: (db) => void db.prepare("UPDATE reviews SET archived_at = '2026-12-01T00:00:00.000Z' WHERE id = 'r-2026'").run(),
    check: (db) => expect(db.prepare("SELECT archived_at FROM reviews WHERE id = 'r-2026'").get()).toEqual({ archived_at: '2026-12-01T00:00:00.000Z' }),
  },
  16: {
    seed: (db) => void db.prepare("UPDATE reviews SET stand_in_digest = ? WHERE id = 'r-2026'").run('5'.repeat(64)),
    check: (db) => {
      // Reviews from before the migration need a package (NULL); a stand-in is a SHA-256 hex or nothing.
      expect(db.prepare('SELECT id, stand_in_digest AS d FROM reviews ORDER BY id').all()).toEqual([
        { id: 'r-2026', d: '5'.repeat(64) },
        { id: 'r-2026-expert', d: null },
      ]);
      expect(() => db.prepare("UPDATE reviews SET stand_in_digest = 'abc'").run()).toThrow(/CHECK/);
    },
  },
  17: {
    seed: (db) => {
      db.prepare("INSERT INTO merge_confirmed_keys VALUES ('r-2026', 'expert-2', 'pk-base64url', 'ab12 cd34', 'now')").run();
      db.prepare("INSERT INTO merge_version_choices VALUES ('r-2026', 'expert-1', 1, ?, '已与专家核对', 'now')").run('d'.repeat(64));
    },
    check: (db) => {
      expect(db.prepare('SELECT expert_id, fingerprint FROM merge_confirmed_keys').get()).toEqual({ expert_id: 'expert-2', fingerprint: 'ab12 cd34' });
      expect(db.prepare('SELECT expert_id, version, reason FROM merge_version_choices').get()).toEqual({ expert_id: 'expert-1', version: 1, reason: '已与专家核对' });
      // A choice names a sheet received for the review, one per expert and version.
      expect(() => db.prepare("INSERT INTO merge_version_choices VALUES ('r-2026', 'expert-1', 2, ?, '', 'now')").run('e'.repeat(64))).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("INSERT INTO merge_version_choices VALUES ('r-2026', 'expert-1', 1, ?, '', 'now')").run('d'.repeat(64))).toThrow(/UNIQUE|PRIMARY/);
    },
  },
  18: {
    seed: (db) => void db.prepare("INSERT INTO review_merge_settings VALUES ('r-2026', 'median', 'criteria', 'now')").run(),
    check: (db) => {
      expect(db.prepare('SELECT rule, trim_on FROM review_merge_settings').get()).toEqual({ rule: 'median', trim_on: 'criteria' });
      expect(() => db.prepare("UPDATE review_merge_settings SET trim_on = 'sections'").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO review_merge_settings VALUES ('nope', 'mean', 'totals', 'now')").run()).toThrow(/FOREIGN KEY/);
    },
  },
  19: {
    seed: (db) => {
      db.prepare("INSERT INTO documents (id, size, media_type, pages, created_at) VALUES (?, 5, 'application/pdf', 1, 'now')").run('c'.repeat(64));
      db.prepare("INSERT INTO submission_documents VALUES ('r-2026', 's1', ?, 1, 'summary-stamped', '汇总表（盖章版）', '汇总表.pdf')").run('c'.repeat(64));
      db.prepare("INSERT INTO intake_batches VALUES ('r-2026', 1, 'now', '[\"drop\"]')").run();
      db.prepare(
        "INSERT INTO intake_files (review_id, submission_id, batch, source_path, document_id, file_name, role, role_reason, kind, readability, received_at, received_at_source) VALUES ('r-2026', 's1', 1, 'a/申报书.pdf', ?, '申报书.pdf', 'application', '文件名含“申报书”', 'pdf', 'encrypted', '2026-05-25T10:00:00+08:00', 'zip-entry-time')",
      ).run('a'.repeat(64));
      db.prepare("INSERT INTO intake_aliases VALUES ('r-2026', '安徽职院', '安徽职业技术学院')").run();
    },
    check: (db) => {
      // The rebuilt table kept the earlier document and takes the new role; unknown roles are still refused.
      expect(db.prepare('SELECT role FROM submission_documents ORDER BY position').all()).toEqual([{ role: 'application' }, { role: 'summary-stamped' }]);
      expect(() => db.prepare("UPDATE submission_documents SET role = 'cover'").run()).toThrow(/CHECK/);
      expect(db.prepare('SELECT readability, replaced_in FROM intake_files').get()).toEqual({ readability: 'encrypted', replaced_in: null });
      expect(() => db.prepare("UPDATE intake_files SET readability = 'fine'").run()).toThrow(/CHECK/);
      expect(db.prepare('SELECT full_name FROM intake_aliases').get()).toEqual({ full_name: '安徽职业技术学院' });
    },
  },
  20: {
    seed: (db) => void db.prepare("UPDATE reviews SET stage = 'material-review' WHERE id = 'r-2026'").run(),
    check: (db) => {
      expect(getReview(db, 'r-2026')?.stage).toBe('material-review');
      expect(() => db.prepare("UPDATE reviews SET stage = 'somewhere' WHERE id = 'r-2026'").run()).toThrow(/CHECK/);
    },
  },
  21: {
    seed: (db) => {
      db.prepare("INSERT INTO formal_check_runs VALUES ('r-2026', 'now', 'p', 1)").run();
      db.prepare("INSERT INTO formal_check_results VALUES ('r-2026', 's1', 'deadline.late', 2, 'fail', '晚于截止时间', '[]')").run();
      db.prepare("INSERT INTO formal_check_overrides (review_id, submission_id, rule, result, overridden, reason, at) VALUES ('r-2026', 's1', 'deadline.late', 'pass', 'fail', '邮件 5 月 25 日已到', 'now')").run();
      db.prepare("INSERT INTO material_conclusions VALUES ('r-2026', 's1', 'supplement', '补交盖章版', 'now')").run();
    },
    check: (db) => {
      expect(db.prepare('SELECT rule, result FROM formal_check_results').get()).toEqual({ rule: 'deadline.late', result: 'fail' });
      expect(db.prepare('SELECT result, overridden, reason FROM formal_check_overrides').get()).toEqual({ result: 'pass', overridden: 'fail', reason: '邮件 5 月 25 日已到' });
      expect(db.prepare('SELECT conclusion FROM material_conclusions').get()).toEqual({ conclusion: 'supplement' });
      // An override is never rewritten; one without a reason, or for an unknown application, is refused.
      expect(() => db.prepare("UPDATE formal_check_overrides SET result = 'fail'").run()).toThrow(/never changed/);
      expect(() => db.prepare("INSERT INTO formal_check_overrides (review_id, submission_id, rule, result, overridden, reason, at) VALUES ('r-2026', 's1', 'x', 'pass', 'fail', '  ', 'now')").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO material_conclusions VALUES ('r-2026', 'nope', 'pass', '', 'now')").run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("UPDATE material_conclusions SET conclusion = 'maybe'").run()).toThrow(/CHECK/);
    },
  },
  23: {
    seed: (db) => void db.prepare("UPDATE reviews SET organisation = '安徽省教育厅' WHERE id = 'r-2026'").run(),
    check: (db) => {
      expect(getReview(db, 'r-2026')?.organisation).toBe('安徽省教育厅');
    },
  },
};

describe('profile database', () => {
  it('opens durable: WAL, synchronous=FULL, foreign keys on, latest schema', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(latestSchemaVersion);
    db.close();
  });

  it('numbers its migrations 1, 2, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  for (const [index, migration] of migrations.entries()) {
    const previous = migrations[index - 1]?.version ?? 0;
    it(`migrates from version ${previous} to ${migration.version} keeping earlier data`, () => {
      const dir = tempDir();
      const before = openDatabase(dir, { targetVersion: previous });
      expect(schemaVersion(before)).toBe(previous);
      for (let v = 1; v < migration.version; v++) fixtures[v]?.seed(before);
      before.close();

      const after = openDatabase(dir, { targetVersion: migration.version });
      expect(schemaVersion(after)).toBe(migration.version);
      expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(after.pragma('foreign_key_check')).toEqual([]);
      for (let v = 1; v <= migration.version; v++) {
        if (v < migration.version) fixtures[v]?.check(after);
      }
      fixtures[migration.version]?.seed(after);
      fixtures[migration.version]?.check(after);
      after.close();
    });
  }

  it('puts reviews that held applications before stages existed under expert review, new ones at the formal check', () => {
    const dir = tempDir();
    const before = openDatabase(dir, { targetVersion: 13 });
    fixtures[1]?.seed(before);
    before.exec("INSERT INTO reviews (id, title, program_title, document_number, deadline, is_demo, created_at) VALUES ('r-empty', '新评审', '', '', '', 0, 'now')");
    before.close();
    const after = openDatabase(dir);
    expect([getReview(after, 'r-2026')?.stage, getReview(after, 'r-empty')?.stage]).toEqual(['expert-review', 'formal-check']);
    insertReview(after, { ...sampleReview, id: 'r-new', submissions: [] });
    expect(getReview(after, 'r-new')?.stage).toBe('formal-check');
    after.close();
  });

  it('docs/schema.sql is the schema after the last migration', () => {
    const db = openDatabase(tempDir());
    const header = `-- The profile database's schema after migration ${String(latestSchemaVersion)}, as SQLite keeps it.\n-- Written from the migrations (electron/services/db/migrations/); never edit by hand:\n-- PINGSHEN_WRITE_SCHEMA=1 npx vitest run tests/integration/services/db/database.test.ts\n\n`;
    const schema = header + dumpSchema(db);
    db.close();
    const file = join(rootDir, 'docs', 'schema.sql');
    if (process.env['PINGSHEN_WRITE_SCHEMA'] === '1') writeFileSync(file, schema);
    expect(readFileSync(file, 'utf8'), 'docs/schema.sql is stale: regenerate it as its header says').toBe(schema);
  });

  it('refuses a database written by a newer version of the app', () => {
    const dir = tempDir();
    const raw = new Database(join(dir, databaseFileName));
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    expect(() => openDatabase(dir)).toThrow(/高于本程序支持/);
  });

  it('stores a review all or nothing: a submission in an unknown field leaves no trace', () => {
    const db = openDatabase(tempDir());
    const broken: NewReview = { ...sampleReview, submissions: [{ ...sampleReview.submissions[0]!, fieldId: 'nope' }] };
    expect(() => insertReview(db, broken)).toThrow(/FOREIGN KEY/);
    expect(listReviews(db)).toEqual([]);
    insertReview(db, sampleReview);
    expect(listReviews(db)).toMatchObject([{ id: 'r-2026', fieldCount: 1, submissionCount: 1, isDemo: false }]);
    db.close();
  });

  it('backs up a live database into a consistent copy, atomically', async () => {
    const dir = tempDir();
    const db = openDatabase(dir);
    insertReview(db, sampleReview);
    const target = join(tempDir(), 'backup.sqlite3');
    await backupDatabase(db, target);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    expect(getReview(copy, 'r-2026')?.title).toBe('测试评审');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    db.close();
  });

  it('keeps the audit log append-only and detects a rewritten row', () => {
    const db = openDatabase(tempDir());
    appendAudit(db, 'import', 'a', { files: 3 });
    const second = appendAudit(db, 'sign', 'b');
    appendAudit(db, 'merge', 'c');
    expect(findBrokenAuditEntry(db)).toBeNull();
    expect(() => db.prepare("UPDATE audit_log SET subject = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    // Someone with raw file access drops the guard and edits history: the chain shows where.
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET detail = '{\"forged\":true}' WHERE seq = ?").run(second.seq);
    expect(findBrokenAuditEntry(db)).toBe(second.seq);
    db.close();
  });

  it('falls back to default settings for values it cannot read', () => {
    const db = openDatabase(tempDir());
    db.prepare("INSERT INTO settings (key, value) VALUES ('locale', '\"fr\"')").run();
    expect(readSettings(db)).toEqual({ locale: 'zh-CN', role: null });
    expect(updateSettings(db, { role: 'coordinator', locale: 'en' })).toEqual({ locale: 'en', role: 'coordinator' });
    db.close();
  });
});
