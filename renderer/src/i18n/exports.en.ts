import type { exportsZhCN } from './exports.zh-cn.ts';

/** The exports, English. */
export const exportsEn: typeof exportsZhCN = {
  print: 'Print',
  printDocument: 'Print {{name}}',
  xlsxPerCategory: 'Export Excel (one file per field)',
  auditJsonl: 'Export audit log (JSON lines, verifiable)',
  auditXlsx: 'Export audit log (Excel)',
  auditExported: 'Exported {{rows}} audit log rows; last hash {{hash}}…',
  documents: { summary: 'score summary', recommendation: 'recommendation list', notice: 'public notice', feedback: 'feedback letters' },
};
