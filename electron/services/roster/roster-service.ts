import type { Database } from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { RosterExpert } from '../../../shared/domain/trust-views.ts';
import { autoAssign, type AssignmentShortfall } from '../../../shared/roster/auto-assign.ts';
import { detectConflicts } from '../../../shared/roster/detect-conflicts.ts';
import { panelOf, type ExpertListIssue } from '../../../shared/roster/expert-list.ts';
import { normaliseOrganisation } from '../../../shared/roster/organisation-overlap.ts';
import { appendAudit } from '../db/audit-log.ts';
import { requireReview } from '../reviews/require-review.ts';
import { readExpertListXlsx } from './read-expert-list-xlsx.ts';
import { addExpert, listRoster, setAssignments, setRosterConflict, updateExpert } from './roster-repository.ts';
import { domainError } from '../../../shared/errors/domain-error.ts';

/** What an imported 专家名单 did: experts added, experts already on the roster updated, warnings, conflicts found. */
export interface ExpertListImport {
  readonly added: number;
  readonly updated: number;
  readonly warnings: readonly ExpertListIssue[];
  readonly conflictsDetected: number;
}

const expertKey = (name: string, organisation: string): string => `${name}\u0000${normaliseOrganisation(organisation)}`;

/**
 * Records a conflict (回避) for every expert whose organisation is an institution of an application
 * and who has none recorded there yet; returns how many were recorded. Run on import and on request.
 */
export function recordDetectedConflicts(db: Database, reviewId: string): number {
  const review = requireReview(db, reviewId);
  const roster = listRoster(db, reviewId);
  const known = new Set(roster.flatMap((e) => e.conflicts.map((c) => `${e.id}/${c.submissionId}`)));
  const found = detectConflicts(roster, review.submissions).filter((c) => !known.has(`${c.expertId}/${c.submissionId}`));
  db.transaction(() => {
    for (const conflict of found) {
      setRosterConflict(db, { reviewId, expertId: conflict.expertId, submissionId: conflict.submissionId }, conflict.reason);
      appendAudit(db, 'roster.conflict-detected', `${reviewId}/${conflict.expertId}/${conflict.submissionId}`, { institutions: conflict.institutions });
    }
  })();
  return found.length;
}

/**
 * Imports a 专家名单 (.xlsx): all or nothing. A row with an error refuses the whole file, naming every
 * such row; an expert already on the roster (same name and organisation) is updated, not doubled.
 */
export async function importExpertList(db: Database, reviewId: string, fileName: string, bytes: Uint8Array): Promise<ExpertListImport> {
  const review = requireReview(db, reviewId);
  const read = await readExpertListXlsx(bytes);
  if (!read.ok) throw new ApiFailure('invalid_input', `专家名单 ${fileName} 无法读取：${read.message}`);
  const errors = read.list.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new ApiFailure('invalid_input', `专家名单 ${fileName} 未导入：${errors.map((e) => e.message).join('；')}`);
  const existing = new Map(listRoster(db, reviewId).map((e) => [expertKey(e.name, e.organisation), e.id]));
  let added = 0;
  let updated = 0;
  const conflictsDetected = db.transaction(() => {
    for (const row of read.list.rows) {
      const details = { name: row.name, organisation: row.organisation, title: row.title, expertise: row.expertise, phone: row.phone, panel: panelOf(row.expertise, review.fields) };
      const id = existing.get(expertKey(row.name, row.organisation));
      if (id === undefined) {
        addExpert(db, reviewId, details);
        added += 1;
      } else {
        updateExpert(db, reviewId, id, details);
        updated += 1;
      }
    }
    appendAudit(db, 'roster.list-imported', reviewId, { fileName, sheet: read.sheetName, added, updated });
    return recordDetectedConflicts(db, reviewId);
  })();
  return { added, updated, warnings: read.list.issues.filter((i) => i.severity === 'warning'), conflictsDetected };
}

/**
 * Replaces every expert's assignments by the automatic one: each application to `perApplication`
 * experts of its category's panel (null: all of them), none who must recuse, the load balanced.
 */
export function autoAssignReview(db: Database, reviewId: string, perApplication: number | null): { roster: RosterExpert[]; shortfalls: AssignmentShortfall[] } {
  const review = requireReview(db, reviewId);
  const roster = listRoster(db, reviewId);
  if (roster.length === 0) throw domainError('roster.empty-for-assign', {});
  const experts = roster.map((e) => ({ id: e.id, panel: e.panel, recusedFrom: new Set(e.conflicts.map((c) => c.submissionId)) }));
  const result = autoAssign(experts, review.submissions.map((s) => ({ id: s.id, categoryId: s.fieldId })), perApplication);
  db.transaction(() => {
    for (const expert of roster) setAssignments(db, reviewId, expert.id, result.byExpert.get(expert.id) ?? []);
    appendAudit(db, 'roster.auto-assigned', reviewId, { perApplication, shortfalls: result.shortfalls.length });
  })();
  return { roster: listRoster(db, reviewId), shortfalls: [...result.shortfalls] };
}
