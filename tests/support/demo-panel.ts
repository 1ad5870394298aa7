// A coordinator's profile with the demo panel's signed sheets received: seven experts enrolled from
// their (demo) key cards, one 回避 recorded, a package built and signed, each expert's sheet composed
// from the demo scoring against that package, one expert harsh on the first application (divergence),
// one amended to version 2; all received through merge:receive, as the coordinator would.
import { demoExperts, demoKey, demoPanelRoles, demoScoring } from '../../electron/services/demo/demo-experts.ts';
import { makeKeyCard } from '../../electron/services/identity/key-card.ts';
import { signSheet } from '../../electron/services/sheets/sign-sheet.ts';
import { roundPoints } from '../../shared/scoring/decimal.ts';
import { composeUnsignedSheet, type SheetSource } from '../../shared/sheets/compose-sheet.ts';
import type { TestApi } from './trust-api.ts';

const remarks = [
  '佐证材料与申报书所述一致，建议保持。',
  '部分数据缺少第三方佐证，建议补充企业用工证明。',
  '校企合作机制较清晰，但考核指标偏少。',
  '建设目标可量化，年度任务分解尚可细化。',
  '与产业需求对接紧密，示范辐射范围有待扩大。',
  '经费预算与建设内容基本匹配。',
  '师资队伍结构合理，企业兼职教师比例偏低。',
];

/** Sets up the demo panel in a profile holding the demo review and returns the merge view after receiving every sheet. */
export async function receiveDemoPanel(api: TestApi, reviewId = 'demo-2026-anhui') {
  return api.value('merge:receive', { reviewId, files: await demoPanelSheets(api, reviewId) });
}

/** Sets up the demo panel (keys enrolled, 回避 recorded, package built) and returns its eight signed sheet files, not yet received. */
export async function demoPanelSheets(api: TestApi, reviewId = 'demo-2026-anhui'): Promise<{ fileName: string; base64: string }[]> {
  return (await demoPanel(api, reviewId)).files;
}

/**
 * The demo panel's sheets, and `reconsidered`: the divergent expert's version 2 after a divergence
 * round (分差复议), the harsh application scored as the demo scores it, each changed score with `reason`.
 */
export async function demoPanel({ value }: TestApi, reviewId = 'demo-2026-anhui'): Promise<{ files: { fileName: string; base64: string }[]; reconsidered: (reason: string) => { fileName: string; base64: string } }> {
  await value('identity:create', { name: '演示评审秘书处', organisation: '安徽职业技术大学', passphrase: '演示口令-2026-评审' });
  const review = await value('reviews:get', { reviewId });
  const program = await value('scoring:program', { reviewId });
  const last = review.submissions.at(-1)!.id;
  const first = review.submissions[0]!.id;
  const ids = new Map<string, string>();
  for (const e of demoExperts) {
    const card = makeKeyCard({ expertName: e.name, organisation: e.organisation, privateKeyPkcs8: demoKey(e.id).privateKeyPkcs8 });
    const roster = await value('experts:enroll', { reviewId, expertId: null, text: new TextDecoder().decode(card.bytes), fingerprint: card.card.fingerprint });
    ids.set(e.id, roster.find((x) => x.publicKey === card.card.publicKey)!.id);
  }
  const recusing = ids.get(demoPanelRoles.recusing)!;
  const reason = '（演示）本人所在单位为该项目的合作单位';
  await value('experts:conflict', { reviewId, expertId: recusing, submissionId: last, reason });
  let progress = await value('packages:build', { reviewId, forExpertId: null });
  while (progress.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    progress = await value('packages:progress', { jobId: progress.jobId });
  }
  if (progress.state !== 'done' || !progress.output) throw new Error(`评审包未制作成功：${String(progress.error)}`);
  const packageDigest = progress.output.digest;
  const files: { fileName: string; base64: string }[] = [];
  let reconsidered: ((reason: string) => { fileName: string; base64: string }) | null = null;
  for (const [index, e] of demoExperts.entries()) {
    const key = demoKey(e.id);
    const expertId = ids.get(e.id)!;
    const submissions: SheetSource['submissions'][number][] = [];
    // The divergent expert's own scoring of the application it was harsh on: what its reconsidered version gives.
    const demoScored = new Map<string, SheetSource['submissions'][number]['scoring']>();
    for (const s of review.submissions) {
      const rubric = program.rubrics.find((r) => r.id === program.categories.find((c) => c.id === s.fieldId)!.rubricId)!;
      const application = (await value('submissions:documents', { reviewId, submissionId: s.id })).find((d) => d.role === 'application')?.id ?? null;
      const demo = demoScoring(e.id, reviewId, s.id, rubric, application);
      // Each expert words their comments differently (as a real panel does), so the feedback lists several per criterion.
      const comments = Object.fromEntries(Object.entries(demo.entry.comments).map(([id, text]) => [id, `${text}${remarks[index % remarks.length]!}`]));
      const scoring = { ...demo, entry: { ...demo.entry, comments }, overallComment: `${demo.overallComment}${remarks[index % remarks.length]!}` };
      const harsh = e.id === demoPanelRoles.divergent && s.id === first;
      if (harsh) demoScored.set(s.id, scoring);
      const scores = harsh ? Object.fromEntries(rubric.sections.flatMap((x) => x.criteria).map((c) => [c.id, roundPoints(Math.round((c.maxPoints * 0.3) / c.step) * c.step)])) : scoring.entry.scores;
      const conflict = expertId === recusing && s.id === last ? { reason, declaredAt: '2026-06-02T10:00:00.000Z' } : null;
      submissions.push({ rubric, scoring: { ...scoring, entry: { ...scoring.entry, scores }, conflict } });
    }
    const sign = (version: number, supersedes: string | null, items: typeof submissions, createdAt: string) => {
      const signed = signSheet(composeUnsignedSheet({ reviewId, packageDigest, expert: { id: expertId, name: e.name, organisation: e.organisation, publicKey: key.publicKey }, version, supersedes, createdAt, submissions: items }), key.privateKeyPkcs8, key.publicKeyRaw);
      files.push({ fileName: signed.fileName, base64: Buffer.from(signed.bytes).toString('base64') });
      return signed;
    };
    const v1 = sign(1, null, submissions, '2026-06-02T10:00:00.000Z');
    if (e.id === demoPanelRoles.divergent) {
      const fair = submissions.map((x, i) => {
        const own = demoScored.get(x.scoring.submissionId);
        return i === 0 && own ? { ...x, scoring: { ...x.scoring, entry: { ...x.scoring.entry, scores: own.entry.scores } } } : x;
      });
      reconsidered = (reason) => {
        const before = new Map(submissions[0]!.rubric.sections.flatMap((x) => x.criteria).map((c) => [c.id, submissions[0]!.scoring.entry.scores[c.id]]));
        const reasons = Object.entries(fair[0]!.scoring.entry.scores).filter(([id, score]) => before.get(id) !== score).map(([criterionId]) => ({ submissionId: first, criterionId, reason }));
        const signed = signSheet(
          composeUnsignedSheet({ reviewId, packageDigest, expert: { id: expertId, name: e.name, organisation: e.organisation, publicKey: key.publicKey }, version: 2, supersedes: v1.digest, createdAt: '2026-06-03T09:00:00.000Z', submissions: fair, previous: v1.sheet, reasons }),
          key.privateKeyPkcs8,
          key.publicKeyRaw,
        );
        return { fileName: signed.fileName, base64: Buffer.from(signed.bytes).toString('base64') };
      };
    }
    if (e.id === demoPanelRoles.amending) {
      const [head, ...rest] = submissions;
      const criterion = head!.rubric.sections[0]!.criteria[0]!;
      const lowered = roundPoints(Math.max(0, (head!.scoring.entry.scores[criterion.id] ?? 0) - 2 * criterion.step));
      sign(2, v1.digest, [{ ...head!, scoring: { ...head!.scoring, entry: { ...head!.scoring.entry, scores: { ...head!.scoring.entry.scores, [criterion.id]: lowered } } } }, ...rest], '2026-06-02T15:30:00.000Z');
    }
  }
  if (!reconsidered) throw new Error('演示专家组中没有分差较大的专家');
  return { files, reconsidered };
}
