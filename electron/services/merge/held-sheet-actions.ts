import type { Database } from 'better-sqlite3';
import { domainError } from '../../../shared/errors/domain-error.ts';
import type { MergeView } from '../../../shared/domain/merge-view.ts';
import { finalCategoriesTouched } from '../../../shared/merge/held-sheets.ts';
import type { ScoreSheet } from '../../../shared/sheets/sheet-schema.ts';
import { appendAudit } from '../db/audit-log.ts';
import { listRoster } from '../roster/roster-repository.ts';
import { deleteReceivedSheets, insertConfirmedKey, listConfirmedKeys, listFinals, setVersionChoice } from './merge-repository.ts';
import { mergeStateOf, mergeViewOf } from './merge-service.ts';

// Spaces and case do not matter when a fingerprint is read out or typed: "ab12 cd34 …" = "AB12CD34…".
const plain = (fingerprint: string) => fingerprint.replaceAll(/\s/g, '').toLowerCase();

// A held sheet may be taken only where it changes no final list.
function refuseWhereFinal(db: Database, reviewId: string, sheets: readonly ScoreSheet[], review: Parameters<typeof finalCategoriesTouched>[1] & { fields: readonly { id: string; name: string }[] }): void {
  const finals = new Set(listFinals(db, reviewId).map((f) => f.categoryId));
  const closed = [...new Set(sheets.flatMap((s) => finalCategoriesTouched(s, review, finals)))];
  if (closed.length > 0) {
    const names = closed.map((id) => review.fields.find((f) => f.id === id)?.name ?? id).join('、');
    throw domainError('merge.held-final', { names });
  }
}

/**
 * First-sight enrolment: the coordinator compared a held sheet's key fingerprint with the expert in
 * person and confirms it here. The key is then taken for that expert in this review (every held
 * sheet of theirs signed with it counts). Refused when no held sheet of that expert has that
 * fingerprint, when the key stands for another expert already, or when it would change a final list. Audited.
 */
export function confirmKey(db: Database, input: { reviewId: string; expertId: string; fingerprint: string }): MergeView {
  const { reviewId, expertId } = input;
  const { context, sheets, held } = mergeStateOf(db, reviewId);
  const mine = held.filter((h) => h.kind === 'key' && h.expertId === expertId && plain(h.fingerprint) === plain(input.fingerprint));
  const first = mine[0];
  const sheet = sheets.find((s) => s.digest === first?.digest)?.sheet;
  if (!first || !sheet) throw domainError('merge.held-not-found', { expertId, fingerprint: input.fingerprint });
  const { publicKey } = sheet.expert;
  const elsewhere = [
    ...listRoster(db, reviewId).filter((e) => e.publicKey === publicKey && e.id !== expertId).map((e) => e.name),
    ...listConfirmedKeys(db, reviewId).filter((k) => k.publicKey === publicKey && k.expertId !== expertId).map((k) => k.expertId),
  ];
  if (elsewhere.length > 0) throw domainError('merge.key-elsewhere', { experts: elsewhere.join('、') });
  refuseWhereFinal(db, reviewId, sheets.filter((s) => mine.some((h) => h.digest === s.digest)).map((s) => s.sheet), context.review);
  db.transaction(() => {
    insertConfirmedKey(db, reviewId, { expertId, publicKey, fingerprint: first.fingerprint });
    appendAudit(db, 'merge.key-confirmed', reviewId, { expertId, name: sheet.expert.name, fingerprint: first.fingerprint, publicKey, sheets: mine.map((h) => h.digest) });
  })();
  return mergeViewOf(db, reviewId);
}

/**
 * Of different sheets of one expert and version (held, naming each other), the coordinator chooses
 * the one that counts, with a reason (checked with the expert); the others stay stored as history.
 * Refused where it would change a final list. Audited.
 */
export function chooseVersion(db: Database, input: { reviewId: string; expertId: string; version: number; digest: string; reason: string }): MergeView {
  const { reviewId, expertId, version, digest } = input;
  const reason = input.reason.trim();
  if (reason === '') throw domainError('merge.choice-reason', {});
  const { context, sheets, held } = mergeStateOf(db, reviewId);
  const group = held.filter((h) => h.kind === 'conflict' && h.expertId === expertId && h.version === version);
  if (!group.some((h) => h.digest === digest)) throw domainError('merge.choice-not-found', { expertId, version });
  refuseWhereFinal(db, reviewId, sheets.filter((s) => group.some((h) => h.digest === s.digest)).map((s) => s.sheet), context.review);
  db.transaction(() => {
    setVersionChoice(db, reviewId, { expertId, version, digest, reason });
    appendAudit(db, 'merge.version-chosen', reviewId, { expertId, version, digest, others: group.filter((h) => h.digest !== digest).map((h) => h.digest), reason });
  })();
  return mergeViewOf(db, reviewId);
}

/**
 * A held sheet the coordinator will not take: its key could not be confirmed (the fingerprint is not
 * the one on the expert's own card). With a reason, every held sheet of that expert signed with that
 * key is removed, as a refused file is: nothing of it kept but the audit entry (file, digest,
 * fingerprint, reason). The same file received again is held again, for the coordinator to decide anew.
 */
export function setAside(db: Database, input: { reviewId: string; expertId: string; fingerprint: string; reason: string }): MergeView {
  const { reviewId, expertId } = input;
  const reason = input.reason.trim();
  if (reason === '') throw domainError('merge.set-aside-reason', {});
  const { held } = mergeStateOf(db, reviewId);
  const mine = held.filter((h) => h.kind === 'key' && h.expertId === expertId && plain(h.fingerprint) === plain(input.fingerprint));
  const first = mine[0];
  if (!first) throw domainError('merge.held-not-found', { expertId, fingerprint: input.fingerprint });
  db.transaction(() => {
    deleteReceivedSheets(db, reviewId, mine.map((h) => h.digest));
    appendAudit(db, 'merge.sheet-set-aside', reviewId, { expertId, name: first.name, fingerprint: first.fingerprint, sheets: mine.map((h) => ({ file: h.file, digest: h.digest, version: h.version })), reason });
  })();
  return mergeViewOf(db, reviewId);
}
