import type { FormalCheckRuleId } from '../domain/formal-check-rules.ts';
import type { CheckOutcome, MaterialConclusion, ReviewStage } from '../domain/formal-check-view.ts';

/** The Chinese name of each rule, as the 形式审查结果表 heads its columns. */
export const ruleLabels: Readonly<Record<FormalCheckRuleId, string>> = {
  'materials.missing': '材料齐全',
  'materials.unreadable': '文件可读',
  'deadline.late': '按时报送',
  'eligibility.type': '申报主体资格',
  'applications.duplicate': '一校一领域一次',
  'applications.multi-joint': '多头联合申报',
  'applications.lead-institution': '委托牵头单位',
  'floors.below': '成效底线',
  'summary.mismatch': '汇总表与申报书一致',
  'stamp.unverified': '盖章版',
};

/** The Chinese words for a result. */
export const outcomeLabels: Readonly<Record<CheckOutcome, string>> = { pass: '通过', fail: '不通过', warn: '提示' };

/** The Chinese words for a 材料审核 conclusion. */
export const conclusionLabels: Readonly<Record<MaterialConclusion, string>> = { pass: '通过', supplement: '补正', reject: '不通过' };

/** The Chinese name of each review stage. */
export const stageLabels: Readonly<Record<ReviewStage, string>> = {
  'formal-check': '形式审查',
  'material-review': '材料审核',
  'expert-review': '专家评议',
  summary: '汇总',
  done: '完成',
};

/** The English name of each review stage (the renderer's own labels say the same). */
export const stageLabelsEn: Readonly<Record<ReviewStage, string>> = {
  'formal-check': 'formal check',
  'material-review': 'material review',
  'expert-review': 'expert review',
  summary: 'summary',
  done: 'done',
};
