/** The exports (结果导出), 简体中文. */
export const exportsZhCN = {
  print: '打印',
  printDocument: '打印{{name}}',
  xlsxPerCategory: '导出 Excel（每个领域一个文件）',
  auditJsonl: '导出审计日志（JSON lines，可核对）',
  auditXlsx: '导出审计日志（Excel）',
  auditExported: '已导出审计日志 {{rows}} 行；最后一行摘要 {{hash}}…',
  documents: { summary: '专家评分汇总表', recommendation: '推荐名单', notice: '公示名单', feedback: '评审意见' },
};
