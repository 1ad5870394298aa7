import type ExcelJS from 'exceljs';
import { formatPoints, roundPoints, sumPoints } from '../../../shared/scoring/decimal.ts';
import { normalizeHeaderText } from '../../../shared/programs/sheet-text.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import type { RubricColumns } from './find-rubric-header.ts';
import type { CriterionRow } from './read-criterion-row.ts';
import { pointsProblem, readCriterionRow } from './read-criterion-row.ts';
import { TOTAL_ROW_LABELS, scanColumns } from './rubric-sheet-layout.ts';
import { cellNumber, readCell } from '../xlsx/xlsx-cell.ts';

/** A section read from the sheet, with the cells of its title and points. */
export interface SectionRows {
  readonly title: string;
  /** The 分值 the sheet states, or null where it gives none (then the sum of the criteria). */
  readonly statedPoints: number | null;
  readonly titleRef: string;
  readonly pointsRef: string | null;
  /** False where the section's points cell held something other than a number. */
  readonly statedPointsRead: boolean;
  readonly criteria: CriterionRow[];
}

/** The sections of the criteria sheet and its 合计 row, if any. */
export interface RubricRows {
  readonly sections: SectionRows[];
  readonly total: { value: number; ref: string } | null;
  /** Whether every points cell held a number, so that sums can be checked. */
  readonly pointsRead: boolean;
}

const NOTE = /^(注|说明|备注|填表说明)\s*[:：\d]/u;

/** Reads the criteria below the header: sections merged down (or filled on their first row only), up to a 合计 row or notes. */
export function readRubricRows(sheet: ExcelJS.Worksheet, columns: RubricColumns, issues: ValidationIssue[]): RubricRows {
  const sections: SectionRows[] = [];
  let total: RubricRows['total'] = null;
  const lastRow = sheet.rowCount;
  for (let row = columns.firstDataRow; row <= lastRow; row++) {
    const cell = (column: number) => readCell(sheet, row, column);
    const filled = Array.from({ length: scanColumns(sheet) }, (_, i) => ({ column: i + 1, cell: cell(i + 1) })).filter(
      (entry) => !entry.cell.continued && entry.cell.text.trim() !== '',
    );
    const leading = filled.find((entry) => entry.column <= columns.criterion)?.cell;
    if (leading && TOTAL_ROW_LABELS.includes(normalizeHeaderText(leading.text))) {
      total = readTotal(sheet, row, columns, issues);
      break;
    }
    const criterionCells = [columns.criterion, columns.criterionPoints, columns.guidance, columns.bands].map(cell);
    const criterionEmpty = criterionCells.every((c) => c.continued || c.text.trim() === '');
    if (criterionEmpty && NOTE.test(filled[0]?.cell.text.trim() ?? '')) break;

    const sectionCell = cell(columns.section);
    const sectionTitle = sectionCell.text.trim();
    const current = sections.at(-1);
    // Sloppy sheets repeat the section's title on each row instead of merging: same title, same section.
    const startsSection = !sectionCell.continued && sectionTitle !== '' && sectionTitle !== current?.title;
    if (startsSection) {
      const pointsCell = columns.sectionPoints === null ? null : cell(columns.sectionPoints);
      const stated = pointsCell ? cellNumber(pointsCell) : ({ kind: 'empty' } as const);
      const message = stated.kind === 'empty' ? null : pointsProblem(stated, '一级指标分值');
      if (message !== null && pointsCell) issues.push({ path: pointsCell.ref, message });
      sections.push({
        title: sectionTitle,
        statedPoints: stated.kind === 'number' ? stated.value : null,
        titleRef: sectionCell.ref,
        pointsRef: pointsCell?.ref ?? null,
        statedPointsRead: message === null,
        criteria: [],
      });
    }
    if (criterionEmpty) continue;
    const section = sections.at(-1);
    if (!section) {
      issues.push({ path: sectionCell.ref, message: '二级指标之前缺少一级指标名称' });
      continue;
    }
    section.criteria.push(readCriterionRow(sheet, row, columns, issues));
  }
  checkSections(sections, issues);
  const pointsRead = sections.every((section) => section.statedPointsRead && section.criteria.every((row) => row.pointsRead));
  return { sections, total, pointsRead };
}

function readTotal(sheet: ExcelJS.Worksheet, row: number, columns: RubricColumns, issues: ValidationIssue[]): RubricRows['total'] {
  for (const column of [columns.sectionPoints, columns.criterionPoints]) {
    if (column === null) continue;
    const totalCell = readCell(sheet, row, column);
    const number = cellNumber(totalCell);
    if (number.kind === 'number') return { value: number.value, ref: totalCell.ref };
    if (number.kind === 'text') issues.push({ path: totalCell.ref, message: `合计「${number.text}」不是数字` });
  }
  return null;
}

function checkSections(sections: readonly SectionRows[], issues: ValidationIssue[]): void {
  for (const section of sections) {
    if (section.criteria.length === 0) {
      issues.push({ path: section.titleRef, message: `一级指标「${section.title}」下没有二级指标` });
      continue;
    }
    if (!section.criteria.every((row) => row.pointsRead)) continue;
    const sum = sumPoints(section.criteria.map((row) => row.criterion.maxPoints));
    if (section.statedPoints !== null && roundPoints(section.statedPoints) !== sum) {
      issues.push({
        path: section.pointsRef ?? section.titleRef,
        message: `一级指标「${section.title}」的分值为 ${formatPoints(section.statedPoints)}，但其二级指标分值之和为 ${formatPoints(sum)}`,
      });
    }
  }
}
