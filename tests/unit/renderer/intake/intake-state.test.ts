import { describe, expect, it } from 'vitest';
import type { IntakePreview, PreviewFile } from '../../../../shared/intake/intake-preview.ts';
import type { IntakeProgress } from '../../../../shared/intake/intake-progress.ts';
import {
  applicationViews, applyCategoryChosen, applyCommitted, applyCommitting, applyFileMoved, applyIntakeCancelled, applyIntakeFailed, applyIntakeOpened, applyMoveUndone, applyReviewLoaded, applyRoleChosen, applyScanProgress, applyUploadProgress,
  applyUploadStarted, categoryOf, destinationOf, destinationsOf, editsOf, relativePathOf, roleOf, sizeText,
} from '../../../../renderer/src/features/intake/intake-state.ts';

const file = (sourcePath: string, role: PreviewFile['role'], applicationKeys: string[]): PreviewFile => ({
  sourcePath,
  fileName: sourcePath.split('/').at(-1)!,
  sha256: 'a'.repeat(64),
  size: 10,
  kind: 'pdf',
  readability: 'ok',
  pageCount: 1,
  imageOnlyPages: 0,
  redSeal: null,
  receivedAt: '2026-05-20T10:00:00+08:00',
  receivedAtSource: 'file-time',
  role,
  roleReason: '文件名含「申报书」',
  applicationKeys,
  matchReason: '',
});
const application = (key: string, applicant: string) => ({ key, applicant, categoryId: 'ai', applicantType: '', partners: [], title: '', existingSubmissionId: null, summaryRowKeys: [] });
const preview: IntakePreview = {
  scanId: 'job',
  applications: [application('k1', '青岚职业技术学院'), application('k2', '安徽职业技术学院')],
  files: [file('青岚/申报书.pdf', 'application', ['k1']), file('青岚/扫描.pdf', 'evidence', ['k1']), file('安徽.zip/申报书.pdf', 'application', ['k2']), file('汇总表.xlsx', 'summary', ['k1', 'k2']), file('说明.pdf', 'other', [])],
  refused: [],
  ambiguities: [],
};
const progress = (state: IntakeProgress['state'], extra: Partial<IntakeProgress> = {}): IntakeProgress => ({ jobId: 'job', state, filesRead: 0, bytesRead: 0, current: '', error: null, preview: null, ...extra });

describe('intake screen state', () => {
  it('goes from upload (bytes over all files) through the scan to the preview', () => {
    let state = applyUploadStarted(applyIntakeOpened('r'), [{ file: { size: 300 } }, { file: { size: 700 } }]);
    expect(state).toMatchObject({ phase: 'uploading', upload: { done: 0, total: 2, sent: 0, size: 1000 } });
    state = applyUploadProgress(state, 500, 1);
    expect(state.upload).toEqual({ done: 1, total: 2, sent: 500, size: 1000 });
    state = applyScanProgress(state, progress('running', { filesRead: 3, current: '青岚/申报书.pdf' }));
    expect(state).toMatchObject({ phase: 'scanning', progress: { filesRead: 3 } });
    state = applyScanProgress(state, progress('done', { preview }));
    expect(state.phase).toBe('preview');
    expect(state.preview).toBe(preview);
  });

  it('a changed role is sent as an edit; choosing the guess again sends none', () => {
    let state = applyScanProgress(applyIntakeOpened('r'), progress('done', { preview }));
    state = applyRoleChosen(state, '青岚/扫描.pdf', 'stamped');
    state = applyRoleChosen(state, '汇总表.xlsx', 'summary-stamped');
    expect(roleOf(state, preview.files[1]!)).toBe('stamped');
    expect(editsOf(state)).toEqual([
      { kind: 'set-role', sourcePath: '青岚/扫描.pdf', role: 'stamped' },
      { kind: 'set-role', sourcePath: '汇总表.xlsx', role: 'summary-stamped' },
    ]);
    state = applyRoleChosen(state, '汇总表.xlsx', 'summary');
    expect(editsOf(state)).toEqual([{ kind: 'set-role', sourcePath: '青岚/扫描.pdf', role: 'stamped' }]);
    // A file the preview does not hold changes nothing.
    expect(applyRoleChosen(state, '别处.pdf', 'other')).toBe(state);
  });

  it('a file of none moved to an application (or back out) is sent as a move; moving it where it was sends none', () => {
    let state = applyScanProgress(applyIntakeOpened('r'), progress('done', { preview }));
    const loose = preview.files[4]!;
    expect(destinationOf(state, loose)).toBeNull();
    state = applyFileMoved(state, '说明.pdf', 'k2');
    state = applyRoleChosen(state, '说明.pdf', 'evidence');
    expect(destinationOf(state, loose)).toBe('k2');
    expect(editsOf(state)).toEqual([
      { kind: 'move-file', sourcePath: '说明.pdf', applicationKey: 'k2' },
      { kind: 'set-role', sourcePath: '说明.pdf', role: 'evidence' },
    ]);
    expect(editsOf(applyFileMoved(state, '说明.pdf', null)).filter((e) => e.kind === 'move-file')).toEqual([]);
    // A file the preview put under k1 moved out is a move to none.
    expect(editsOf(applyFileMoved(state, '青岚/扫描.pdf', null))).toContainEqual({ kind: 'move-file', sourcePath: '青岚/扫描.pdf', applicationKey: null });
    expect(applyFileMoved(state, '别处.pdf', 'k1')).toBe(state);
  });

  it('a field chosen for an application is sent as set-category, before the file edits; the preview\'s field again sends none', () => {
    let state = applyScanProgress(applyIntakeOpened('r'), progress('done', { preview }));
    state = applyRoleChosen(applyCategoryChosen(state, 'k2', 'high-end-equipment'), '青岚/扫描.pdf', 'stamped');
    expect(categoryOf(state, preview.applications[1]!)).toBe('high-end-equipment');
    expect(editsOf(state)).toEqual([
      { kind: 'set-category', applicationKey: 'k2', categoryId: 'high-end-equipment' },
      { kind: 'set-role', sourcePath: '青岚/扫描.pdf', role: 'stamped' },
    ]);
    expect(editsOf(applyCategoryChosen(state, 'k2', 'ai')).map((e) => e.kind)).toEqual(['set-role']);
    expect(applyCategoryChosen(state, 'k9', 'ai')).toBe(state);
  });

  it('groups files under their applications (a 汇总表 of everything under each) and lists the files of none', () => {
    const { applications, unassigned } = applicationViews(preview);
    expect(applications.map((a) => [a.application.applicant, a.files.map((f) => f.sourcePath)])).toEqual([
      ['青岚职业技术学院', ['青岚/申报书.pdf', '青岚/扫描.pdf', '汇总表.xlsx']],
      ['安徽职业技术学院', ['安徽.zip/申报书.pdf', '汇总表.xlsx']],
    ]);
    expect(unassigned.map((f) => f.sourcePath)).toEqual(['说明.pdf']);
  });

  it('moves a file already under an application to another, out of the import, or a shared 汇总表 to one; undone, it is back and sends nothing', () => {
    let state = applyScanProgress(applyIntakeOpened('r'), progress('done', { preview }));
    const [qinglanKey, anhuiKey] = preview.applications.map((a) => a.key) as [string, string];
    state = applyFileMoved(state, '青岚/扫描.pdf', anhuiKey);
    state = applyFileMoved(state, '青岚/申报书.pdf', null);
    state = applyFileMoved(state, '汇总表.xlsx', qinglanKey);
    const grouped = (s: typeof state) => applicationViews(s.preview!, s.moves);
    expect(grouped(state).applications.map((a) => a.files.map((f) => f.sourcePath))).toEqual([
      ['汇总表.xlsx'],
      ['青岚/扫描.pdf', '安徽.zip/申报书.pdf'],
    ]);
    expect(grouped(state).unassigned.map((f) => f.sourcePath)).toEqual(['青岚/申报书.pdf', '说明.pdf']);
    expect(editsOf(state).filter((e) => e.kind === 'move-file')).toEqual([
      { kind: 'move-file', sourcePath: '青岚/申报书.pdf', applicationKey: null },
      { kind: 'move-file', sourcePath: '青岚/扫描.pdf', applicationKey: anhuiKey },
      { kind: 'move-file', sourcePath: '汇总表.xlsx', applicationKey: qinglanKey },
    ]);
    // The shared 汇总表 back to every application it names: as the preview had it, no edit sent.
    const summary = preview.files.find((f) => f.sourcePath === '汇总表.xlsx')!;
    state = applyMoveUndone(state, '汇总表.xlsx');
    expect(destinationsOf(state.moves, summary)).toEqual(summary.applicationKeys);
    expect(editsOf(state).some((e) => e.kind === 'move-file' && e.sourcePath === '汇总表.xlsx')).toBe(false);
    expect(applyMoveUndone(state, '汇总表.xlsx')).toBe(state);
  });

  it('a failed commit returns to the preview with its edits and the reason; a failed scan to the start', () => {
    let state = applyRoleChosen(applyScanProgress(applyIntakeOpened('r'), progress('done', { preview })), '青岚/扫描.pdf', 'stamped');
    const failed = applyIntakeFailed(applyCommitting(state), '该导入任务没有可提交的预览');
    expect(failed).toMatchObject({ phase: 'preview', error: '该导入任务没有可提交的预览' });
    expect(editsOf(failed)).toHaveLength(1);
    expect(applyScanProgress(applyIntakeOpened('r'), progress('failed', { error: '磁盘已满' }))).toMatchObject({ phase: 'idle', error: '磁盘已满', preview: null });
    state = applyCommitted(applyCommitting(state), { batch: 1, applications: [], filesLeftOut: 1 });
    expect(state).toMatchObject({ phase: 'committed', preview: null, roles: {}, moves: {}, categories: {}, outcome: { filesLeftOut: 1 } });
  });

  it('takes the review\'s fields for the screen it is on, not for one left meanwhile, and keeps them for 继续导入', () => {
    const review = { title: '评审', fields: [{ id: 'ai', name: '人工智能', quota: 6 }] };
    const loaded = applyReviewLoaded(applyIntakeOpened('r'), 'r', review);
    expect(loaded.review).toEqual({ title: '评审', fields: [{ id: 'ai', name: '人工智能' }] });
    expect(applyReviewLoaded(applyIntakeOpened('other'), 'r', review).review).toBeNull();
    expect(applyIntakeOpened('r', loaded.review)).toMatchObject({ phase: 'idle', review: loaded.review, preview: null });
  });

  it('a cancel forgets the preview and its edits', () => {
    const state = applyRoleChosen(applyScanProgress(applyIntakeOpened('r'), progress('done', { preview })), '青岚/扫描.pdf', 'stamped');
    expect(applyIntakeCancelled(state)).toMatchObject({ phase: 'cancelled', preview: null, roles: {} });
    expect(applyScanProgress(state, progress('cancelled'))).toMatchObject({ phase: 'cancelled', preview: null });
  });

  it('keeps a chosen folder\'s structure in the relative path, and names sizes for people', () => {
    expect(relativePathOf({ name: '申报书.pdf', webkitRelativePath: '申报材料/青岚/申报书.pdf' })).toBe('申报材料/青岚/申报书.pdf');
    expect(relativePathOf({ name: '安徽.zip', webkitRelativePath: '' })).toBe('安徽.zip');
    expect([sizeText(512), sizeText(2048), sizeText(5 * 1024 * 1024), sizeText(3 * 1024 ** 3)]).toEqual(['512 B', '2.0 KB', '5.0 MB', '3.0 GB']);
  });
});
