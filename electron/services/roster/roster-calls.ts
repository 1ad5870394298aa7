import type { Database } from 'better-sqlite3';
import type { ApiHandlers } from '../../../shared/api/contract.ts';
import { ApiFailure } from '../../../shared/api/result.ts';
import type { KeyCardInfo } from '../../../shared/domain/trust-views.ts';
import { utf8 } from '../../../shared/crypto/canonical-json.ts';
import { appendAudit } from '../db/audit-log.ts';
import { verifyKeyCard } from '../identity/key-card.ts';
import { addExpert, enrollKey, expertWithKey, hasExpert, listRoster, removeExpert, setAssignments, setRosterConflict, updateExpert } from './roster-repository.ts';
import { requireReview, requireSubmission } from '../reviews/require-review.ts';
import { autoAssignReview, importExpertList, recordDetectedConflicts } from './roster-service.ts';

type RosterCalls = Pick<
  ApiHandlers,
  'keycards:inspect' | 'experts:list' | 'experts:save' | 'experts:remove' | 'experts:enroll' | 'experts:assign' | 'experts:conflict' | 'experts:import-xlsx' | 'experts:auto-assign' | 'experts:detect-conflicts'
>;

/** Verifies a key card's text, or refuses with the reason in Chinese. */
export function inspectKeyCard(text: string): KeyCardInfo {
  const result = verifyKeyCard(utf8(text));
  if (!result.ok) throw new ApiFailure('invalid_input', result.message);
  const { expertName, organisation, publicKey, fingerprint, createdAt } = result.card;
  return { expertName, organisation, publicKey, fingerprint, createdAt };
}

/** The coordinator's roster calls: experts, their keys from key cards, assignments and known conflicts. */
export function createRosterCalls(db: Database): RosterCalls {
  const submissionsOf = (reviewId: string): Set<string> => {
    const review = requireReview(db, reviewId);
    return new Set(review.submissions.map((s) => s.id));
  };
  const requireExpert = (reviewId: string, expertId: string): void => {
    submissionsOf(reviewId);
    if (!hasExpert(db, reviewId, expertId)) throw new ApiFailure('not_found', `专家名单中没有 ${expertId}`);
  };
  return {
    'keycards:inspect': ({ text }) => inspectKeyCard(text),
    'experts:list': ({ reviewId }) => {
      submissionsOf(reviewId);
      return listRoster(db, reviewId);
    },
    'experts:save': ({ reviewId, expertId, ...details }) => {
      if (expertId === null) {
        submissionsOf(reviewId);
        addExpert(db, reviewId, details);
      } else {
        requireExpert(reviewId, expertId);
        updateExpert(db, reviewId, expertId, details);
      }
      return listRoster(db, reviewId);
    },
    'experts:remove': ({ reviewId, expertId }) => {
      requireExpert(reviewId, expertId);
      removeExpert(db, reviewId, expertId);
      return listRoster(db, reviewId);
    },
    'experts:enroll': ({ reviewId, expertId, text, fingerprint }) => {
      if (expertId === null) submissionsOf(reviewId);
      else requireExpert(reviewId, expertId);
      const card = inspectKeyCard(text);
      // The fingerprint the coordinator compared with the expert must be the card's: enrolment is that comparison.
      if (card.fingerprint !== fingerprint) throw new ApiFailure('invalid_input', '核对的指纹与公钥卡不一致，未登记');
      const holder = expertWithKey(db, reviewId, card.publicKey);
      if (holder !== null && holder !== expertId) throw new ApiFailure('conflict', `该公钥已登记给名单中的 ${holder}，同一公钥不能代表两位专家`);
      db.transaction(() => {
        const id = expertId ?? addExpert(db, reviewId, { name: card.expertName, organisation: card.organisation });
        enrollKey(db, reviewId, id, { publicKey: card.publicKey, text });
        appendAudit(db, 'expert.enrolled', `${reviewId}/${id}`, { fingerprint: card.fingerprint, cardName: card.expertName });
      })();
      return listRoster(db, reviewId);
    },
    'experts:assign': ({ reviewId, expertId, submissionIds }) => {
      requireExpert(reviewId, expertId);
      const known = submissionsOf(reviewId);
      const unknown = submissionIds.find((id) => !known.has(id));
      if (unknown !== undefined) throw new ApiFailure('invalid_input', `评审活动中没有申报 ${unknown}`);
      const expert = listRoster(db, reviewId).find((e) => e.id === expertId);
      const recused = submissionIds.find((id) => expert?.conflicts.some((c) => c.submissionId === id));
      if (recused !== undefined) throw new ApiFailure('conflict', `该专家须回避申报 ${recused}，不能分配`);
      setAssignments(db, reviewId, expertId, submissionIds);
      return listRoster(db, reviewId);
    },
    'experts:conflict': ({ reviewId, expertId, submissionId, reason }) => {
      requireExpert(reviewId, expertId);
      requireSubmission(db, reviewId, submissionId);
      setRosterConflict(db, { reviewId, expertId, submissionId }, reason);
      appendAudit(db, reason === null ? 'roster.conflict-withdrawn' : 'roster.conflict-recorded', `${reviewId}/${expertId}/${submissionId}`, reason === null ? {} : { reason });
      return listRoster(db, reviewId);
    },
    'experts:import-xlsx': async ({ reviewId, fileName, base64 }) => {
      const imported = await importExpertList(db, reviewId, fileName, Buffer.from(base64, 'base64'));
      return { roster: listRoster(db, reviewId), ...imported, warnings: imported.warnings.map((w) => ({ ...w, severity: 'warning' as const })) };
    },
    'experts:auto-assign': ({ reviewId, perApplication }) => autoAssignReview(db, reviewId, perApplication),
    'experts:detect-conflicts': ({ reviewId }) => {
      const detected = recordDetectedConflicts(db, reviewId);
      return { roster: listRoster(db, reviewId), detected };
    },
  };
}
