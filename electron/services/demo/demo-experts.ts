import { createHash } from 'node:crypto';
import type { Rubric } from '../../../shared/domain/rubric.ts';
import type { SubmissionScoring } from '../../../shared/domain/scoring.ts';
import { roundPoints } from '../../../shared/scoring/decimal.ts';
import { encodeBase64url } from '../../../shared/crypto/base64url.ts';
import { pkcs8FromSeed, publicKeyOf } from '../crypto/node-crypto.ts';

/** A key pair for the demo only, derived from a fixed label: anyone can recompute it, so it proves nothing. */
export interface DemoKey {
  readonly publicKeyRaw: Uint8Array;
  readonly privateKeyPkcs8: Uint8Array;
  readonly publicKey: string;
}

/** The demo key of a label (seed = SHA-256 of `pingshen demo key, not secret: <label>`). DEMO ONLY. */
export function demoKey(label: string): DemoKey {
  const seed = createHash('sha256').update(`pingshen demo key, not secret: ${label}`).digest();
  const privateKeyPkcs8 = pkcs8FromSeed(new Uint8Array(seed));
  const publicKeyRaw = publicKeyOf(privateKeyPkcs8);
  return { publicKeyRaw, privateKeyPkcs8, publicKey: encodeBase64url(publicKeyRaw) };
}

/** The demo coordinator's name. */
export const demoCoordinatorName = '演示评审秘书处（演示密钥，不可用于真实评审）';

/**
 * The demo panel of seven experts, enough for the trimmed mean (five at least): the third recuses
 * from the last application, the seventh scores the first one far below the others (a divergence),
 * and the second amends their sheet once (version 2 supersedes version 1).
 */
export const demoExperts = [
  { id: 'demo-expert-1', name: '张建国', organisation: '安徽职业技术大学' },
  { id: 'demo-expert-2', name: '李慧', organisation: '合肥工业大学' },
  { id: 'demo-expert-3', name: '陈立', organisation: '安徽省汽车工业协会' },
  { id: 'demo-expert-4', name: '王芳', organisation: '芜湖职业技术学院' },
  { id: 'demo-expert-5', name: '赵强', organisation: '安徽省人工智能学会' },
  { id: 'demo-expert-6', name: '孙敏', organisation: '合肥通用机械研究院' },
  { id: 'demo-expert-7', name: '周涛', organisation: '马鞍山职业技术学院' },
] as const;

/** Who does what in the demo panel, for the demo files and their tests. */
export const demoPanelRoles = { recusing: 'demo-expert-3', divergent: 'demo-expert-7', amending: 'demo-expert-2' } as const;

/** A number in [0, 1) that depends only on the text: the same demo scores on every run and computer. */
function fraction(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * A demo expert's scoring of one application: every criterion between 55 % and 95 % of its maximum
 * on the criterion's step, with a short comment; every check met; one citation of the application's
 * first page. Deterministic in the expert, application and criterion ids.
 */
export function demoScoring(expertId: string, reviewId: string, submissionId: string, rubric: Rubric, applicationDocumentId: string | null): SubmissionScoring {
  const criteria = rubric.sections.flatMap((s) => s.criteria);
  const scores: Record<string, number> = {};
  const comments: Record<string, string> = {};
  for (const c of criteria) {
    const raw = c.maxPoints * (0.55 + 0.4 * fraction(`${expertId}/${submissionId}/${c.id}`));
    scores[c.id] = roundPoints(Math.min(c.maxPoints, Math.round(raw / c.step) * c.step));
    comments[c.id] = `（演示）「${c.title}」：材料较完整，得分依据见申报书。`;
  }
  const first = criteria[0];
  return {
    reviewId,
    submissionId,
    rubricId: rubric.id,
    entry: { scores, comments, checks: Object.fromEntries(rubric.checks.map((k) => [k.id, 'met'])), vetoes: {} },
    evidence:
      first && applicationDocumentId
        ? [{ id: 1, criterionId: first.id, documentId: applicationDocumentId, page: 1, quote: '', createdAt: '2026-06-01T09:00:00.000Z' }]
        : [],
    conflict: null,
    overallComment: '（演示）总体符合申报条件。',
    visitedPages: {},
    figures: {},
  };
}
