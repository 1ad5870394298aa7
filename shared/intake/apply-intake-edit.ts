import type { IntakeEdit, IntakePreview } from './intake-preview.ts';

/**
 * The preview after one of the coordinator's changes (pure: the screen shows it, the service
 * applies the same edits to its own copy before committing). A change answers the questions
 * about its subject, so their ambiguities go. An edit naming an unknown file or application
 * throws: the preview and the screen disagree, and nothing should be guessed.
 */
export function applyIntakeEdit(preview: IntakePreview, edit: IntakeEdit): IntakePreview {
  if (edit.kind === 'set-category') {
    if (!preview.applications.some((a) => a.key === edit.applicationKey)) throw new Error(`预览中没有申报「${edit.applicationKey}」`);
    return {
      ...preview,
      applications: preview.applications.map((a) => (a.key === edit.applicationKey ? { ...a, categoryId: edit.categoryId } : a)),
      ambiguities: preview.ambiguities.filter((q) => !(q.subject === edit.applicationKey && q.kind === 'category-unknown')),
    };
  }
  if (!preview.files.some((f) => f.sourcePath === edit.sourcePath)) throw new Error(`预览中没有文件「${edit.sourcePath}」`);
  if (edit.kind === 'move-file' && edit.applicationKey !== null && !preview.applications.some((a) => a.key === edit.applicationKey)) {
    throw new Error(`预览中没有申报「${edit.applicationKey}」`);
  }
  const files = preview.files.map((file) => {
    if (file.sourcePath !== edit.sourcePath) return file;
    if (edit.kind === 'set-role') return { ...file, role: edit.role, roleReason: '组织方指定' };
    return { ...file, applicationKeys: edit.applicationKey === null ? [] : [edit.applicationKey], matchReason: edit.applicationKey === null ? '组织方指定：不导入' : '组织方指定' };
  });
  const answered = edit.kind === 'move-file' ? ['file-unassigned', 'file-several', 'name-guessed'] : [];
  return { ...preview, files, ambiguities: preview.ambiguities.filter((q) => !(q.subject === edit.sourcePath && answered.includes(q.kind))) };
}
