// A divergence round (分差复议) through the real services: the demo panel received, one application
// flagged for divergence (one expert harsh on it), the coordinator opens a round naming that expert,
// the expert's version 2 comes back with a reason per changed score, the round shows round 1 and now
// side by side, and closes with the coordinator's note, kept with its history after more sheets.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../../electron/services/db/open-database.ts';
import { messageIn } from '../../../../renderer/src/api/error-message.ts';
import { demoPanel } from '../../../support/demo-panel.ts';
import { useServicesProfile } from '../../../support/services-profile.ts';

const reviewId = 'demo-2026-anhui';
const profile = useServicesProfile('pingshen-merge-discussions-');
let reconsidered: (reason: string) => { fileName: string; base64: string };

const audited = (action: string) => {
  const db = new Database(join(profile.root, 'profile', databaseFileName), { readonly: true });
  try {
    return (db.prepare('SELECT detail FROM audit_log WHERE action = ? ORDER BY seq').all(action) as { detail: string }[]).map((r) => JSON.parse(r.detail) as Record<string, unknown>);
  } finally {
    db.close();
  }
};

describe('a divergence round', () => {
  it('opens on a flagged application with the coordinator\'s note and the experts asked; round 1 is what the merge shows', async () => {
    const panel = await demoPanel(profile.api, reviewId);
    reconsidered = panel.reconsidered;
    const view = await profile.api.value('merge:receive', { reviewId, files: panel.files });
    const flagged = view.report.categories.flatMap((c) => c.ranking).find((a) => a.flags.some((f) => f.kind === 'divergence'))!;
    const divergence = flagged.flags.find((f) => f.kind === 'divergence')!;
    const outlier = divergence.params.kind === 'divergence' ? divergence.params.outliers[0]!.expertId : '';
    const { api, value } = profile.api;
    // Refused: no note, an expert who did not score it.
    const noNote = await api('merge:open-discussion', { reviewId, submissionId: flagged.submissionId, expertIds: [outlier], note: '  ' });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'invalid_input', domainCode: 'merge.discussion-note', message: expect.stringContaining('请写明复议的内容') } });
    // By its code, the English screen says it in English.
    expect(messageIn(noNote, 'en')).toBe('Say what the round is about: why, and what the experts should reconsider');
    expect(await api('merge:open-discussion', { reviewId, submissionId: flagged.submissionId, expertIds: ['no-such-expert'], note: '请复核' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const opened = await value('merge:open-discussion', { reviewId, submissionId: flagged.submissionId, expertIds: [outlier], note: '该专家评分明显低于其他专家，请复核各项评分' });
    expect(opened.discussions).toHaveLength(1);
    const round = opened.discussions[0]!;
    expect(round).toMatchObject({ id: 1, submissionId: flagged.submissionId, applicant: flagged.applicant, experts: [{ expertId: outlier }], closed: null });
    expect(round.round1.experts.map((e) => [e.expertId, e.total])).toEqual(flagged.experts.map((e) => [e.expertId, e.total]));
    expect(round.round1.figures).toEqual({ mean: flagged.aggregates.mean, range: flagged.aggregates.range, panel: flagged.experts.length });
    expect(round.round1.flags.map((f) => f.kind)).toContain('divergence');
    expect(round.changes).toEqual([{ expertId: outlier, confirmed: [], changed: [] }]);
    // One open round per application.
    expect(await api('merge:open-discussion', { reviewId, submissionId: flagged.submissionId, expertIds: [outlier], note: '再次复核' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('第 1 号') } });
    expect(audited('merge.discussion-opened')).toEqual([expect.objectContaining({ id: 1, submissionId: flagged.submissionId, experts: [outlier] })]);
  });

  it('shows the expert\'s version 2 beside round 1: each changed score with its reason, the figures then and now', async () => {
    const { value } = profile.api;
    const view = await value('merge:receive', { reviewId, files: [reconsidered('复议：重读佐证材料后按评分标准重新评定')] });
    expect(view.lastDrop).toMatchObject({ stored: 1, refused: [] });
    const round = view.discussions[0]!;
    const [expert] = round.experts;
    expect(round.now.experts.find((e) => e.expertId === expert!.expertId)?.version).toBe(2);
    const changes = round.changes.find((c) => c.expertId === expert!.expertId)!;
    expect(changes.changed.length).toBeGreaterThan(0);
    for (const c of changes.changed) expect(c).toMatchObject({ from: expect.any(Number), to: expect.any(Number), reason: '复议：重读佐证材料后按评分标准重新评定', criterionTitle: expect.any(String) });
    expect(round.now.figures.range!).toBeLessThan(round.round1.figures.range!);
    // Round 1 stays as it was.
    expect(round.round1.experts.find((e) => e.expertId === expert!.expertId)?.version).toBe(1);
    expect(round.now.flags.some((f) => f.kind === 'divergence')).toBe(false);
  });

  it('closes with the coordinator\'s conclusion, round 2 kept as it stood; a closed round is kept and cannot close twice', async () => {
    const { api, value } = profile.api;
    expect(await api('merge:close-discussion', { reviewId, discussionId: 1, note: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('请写明复议的结论') } });
    const closed = await value('merge:close-discussion', { reviewId, discussionId: 1, note: '专家已按评分标准重新评定，分差在允许范围内' });
    const round = closed.discussions[0]!;
    expect(round.closed).toMatchObject({ note: '专家已按评分标准重新评定，分差在允许范围内' });
    expect(round.changes[0]!.changed.length).toBeGreaterThan(0);
    expect(await api('merge:close-discussion', { reviewId, discussionId: 1, note: '再次' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await api('merge:close-discussion', { reviewId, discussionId: 9, note: '无' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The history survives a later view unchanged, and the round can be opened again as a new one.
    expect((await value('merge:get', { reviewId })).discussions).toEqual(closed.discussions);
    const again = await value('merge:open-discussion', { reviewId, submissionId: round.submissionId, expertIds: [round.experts[0]!.expertId], note: '第二次复议' });
    expect(again.discussions.map((d) => [d.id, d.closed === null])).toEqual([[1, false], [2, true]]);
    expect(audited('merge.discussion-closed')).toEqual([expect.objectContaining({ id: 1, note: '专家已按评分标准重新评定，分差在允许范围内' })]);
  });
});
