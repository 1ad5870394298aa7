import type ExcelJS from 'exceljs';
import type { Criterion } from '../../../shared/domain/rubric.ts';
import { applyBandNotes, parseBandsText } from '../../../shared/programs/band-text.ts';
import { defaultStep, parseCommentRuleText, splitKeywords } from '../../../shared/programs/sheet-text.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import type { RubricColumns } from './find-rubric-header.ts';
import { parseIdCell } from './rubric-sheet-layout.ts';
import type { CellNumber, SheetCell } from '../xlsx/xlsx-cell.ts';
import { cellNumber, readCell } from '../xlsx/xlsx-cell.ts';

/** A criterion read from a row, before ids are settled, with the cells each field came from. */
export interface CriterionRow {
  readonly criterion: Omit<Criterion, 'id'>;
  /** The ids in the row's 编号 cell, where it holds ones this program wrote. */
  readonly ids: { sectionId: string; criterionId: string } | null;
  /** `评分细则!C7` for title, `…!D7` for maxPoints …: where validation issues point. */
  readonly refs: Readonly<Record<string, string>>;
  /** False where the points cell held no number (then sums are not checked: one problem, one message). */
  readonly pointsRead: boolean;
}

/** The message for a points cell that holds no usable number, or null for a number. */
export function pointsProblem(number: CellNumber, what: string): string | null {
  if (number.kind === 'empty') return `${what}为空`;
  if (number.kind === 'text') return `${what}「${number.text}」不是数字`;
  if (number.kind === 'uncomputed') return `${what}是没有计算结果的公式：请在 Excel/WPS 中打开并保存后再导入`;
  return null;
}

/** Reads the criterion on one row; problems go to `issues`, each at its cell. */
export function readCriterionRow(sheet: ExcelJS.Worksheet, row: number, columns: RubricColumns, issues: ValidationIssue[]): CriterionRow {
  const cell = (column: number | null): SheetCell | null => (column === null ? null : readCell(sheet, row, column));
  const problem = (at: SheetCell, message: string): void => {
    issues.push({ path: at.ref, message });
  };
  const title = cell(columns.criterion)!;
  const points = cell(columns.criterionPoints)!;
  const guidance = cell(columns.guidance)!;
  const bandsCell = cell(columns.bands)!;
  const notes = cell(columns.bandNotes);
  const stepCell = cell(columns.step);
  const ruleCell = cell(columns.commentRule);
  const keywords = cell(columns.keywords);
  const idCell = cell(columns.id);

  if (title.text.trim() === '') problem(title, '二级指标名称为空');
  const pointsNumber = cellNumber(points);
  const pointsMessage = pointsProblem(pointsNumber, '分值');
  if (pointsMessage !== null) problem(points, pointsMessage);
  const maxPoints = pointsNumber.kind === 'number' ? pointsNumber.value : 0;

  const parsedBands = parseBandsText(bandsCell.text);
  if (!parsedBands.ok) problem(bandsCell, parsedBands.message);
  let bands = parsedBands.ok ? parsedBands.bands : [];
  if (notes && notes.text.trim() !== '') {
    const described = applyBandNotes(bands, notes.text);
    if (described.ok) bands = described.bands;
    else problem(notes, described.message);
  }

  let step = defaultStep([maxPoints, ...bands.flatMap((band) => [band.min, band.max])]);
  if (stepCell && stepCell.text.trim() !== '') {
    const stepNumber = cellNumber(stepCell);
    if (stepNumber.kind === 'number' && stepNumber.value > 0) step = stepNumber.value;
    else problem(stepCell, pointsProblem(stepNumber, '步长') ?? `步长 ${stepCell.text} 须大于 0`);
  }

  const commentRule = parseCommentRuleText(ruleCell?.text ?? '');
  if (commentRule === null && ruleCell) problem(ruleCell, `评语要求「${ruleCell.text.trim()}」无法识别：可填「始终」「不要求」或「≤60% 或 ≥90%」`);

  const refs: Record<string, string> = { title: title.ref, maxPoints: points.ref, guidance: guidance.ref, bands: bandsCell.ref, id: idCell?.ref ?? title.ref };
  if (stepCell) refs.step = stepCell.ref;
  if (ruleCell) refs.commentRule = ruleCell.ref;
  if (keywords) refs.keywords = keywords.ref;
  return {
    criterion: {
      title: title.text.trim(),
      guidance: guidance.text.trim(),
      maxPoints,
      step,
      bands,
      commentRule: commentRule ?? { kind: 'always' },
      keywords: splitKeywords(keywords?.text ?? ''),
    },
    ids: idCell ? parseIdCell(idCell.text) : null,
    refs,
    pointsRead: pointsNumber.kind === 'number',
  };
}
