import type { OutcomeFloor } from '../domain/outcome-floor.ts';
import type { SummaryRowFacts } from './intake-facts.ts';
import { squeeze } from './normalise-name.ts';
import { cellText, parseFigure, type SummaryCell } from './parse-figure.ts';
import { looksLikeHeaderRow, mapSummaryColumn, type SummaryColumn } from './summary-columns.ts';

/** One sheet as the reader sees it: rows from row 1, a merged range's value repeated in every cell it covers. */
export interface SummaryGrid {
  readonly sheetName: string;
  readonly rows: readonly (readonly SummaryCell[])[];
}

/** A 汇总表 sheet read: its data rows, the header of each column and what it was mapped to. */
export interface SummarySheet {
  readonly sheetName: string;
  readonly headerRows: readonly number[];
  readonly columns: readonly { readonly header: string; readonly column: SummaryColumn }[];
  readonly rows: readonly Omit<SummaryRowFacts, 'documentId'>[];
}

const isTotalRow = (text: string) => /^(合计|总计|小计|汇总|total)$/iu.test(squeeze(text));

function headerOf(top: readonly string[], bottom: readonly string[] | null, column: number): string {
  const upper = top[column] ?? '';
  const lower = bottom?.[column] ?? '';
  if (lower === '' || lower === upper) return upper;
  return upper === '' ? lower : `${upper}/${lower}`;
}

/**
 * Reads a 汇总表 as people make it: title and basis rows above the header are skipped (the header is
 * the first row naming the applicant and another field); a second header row below it (a two-row
 * header with merged group cells) is joined to the first; blank rows and a 合计 row are skipped. Each
 * data row becomes SummaryRowFacts: fields by column, figures by outcome floor (several columns of
 * one floor, as the three kinds of 基地, count as the least of them), the rest kept as unmapped.
 * Null when no header row is found.
 */
export function readSummaryGrid(grid: SummaryGrid, floors: readonly OutcomeFloor[]): SummarySheet | null {
  const texts = grid.rows.map((row) => row.map(cellText));
  const headerAt = texts.findIndex((row) => looksLikeHeaderRow(row, floors));
  if (headerAt === -1) return null;
  const top = texts[headerAt] as string[];
  const next = texts[headerAt + 1];
  const nextCells = grid.rows[headerAt + 1];
  const width = Math.max(top.length, next?.length ?? 0);
  const applicantColumn = top.findIndex((text) => {
    const mapped = mapSummaryColumn(text, floors);
    return mapped.kind === 'field' && mapped.field === 'applicant';
  });
  // A second header row: no numbers, and the applicant column merged down (same text) or blank.
  const twoRows =
    next !== undefined &&
    nextCells !== undefined &&
    nextCells.every((cell) => typeof cell !== 'number') &&
    next.some((text, i) => text !== '' && text !== top[i]) &&
    (next[applicantColumn] === '' || next[applicantColumn] === top[applicantColumn]);
  const bottom = twoRows ? (next as string[]) : null;
  const columns = Array.from({ length: width }, (_, i) => {
    const header = headerOf(top, bottom, i);
    return { header, column: mapSummaryColumn(header, floors) };
  });
  const unitOf = new Map(floors.map((floor) => [floor.id, floor.unit]));
  const rows: Omit<SummaryRowFacts, 'documentId'>[] = [];
  for (let r = headerAt + (twoRows ? 2 : 1); r < grid.rows.length; r++) {
    const cells = grid.rows[r] as readonly SummaryCell[];
    const shown = texts[r] as string[];
    if (shown.every((text) => text === '')) continue;
    const applicant = applicantColumn === -1 ? '' : (shown[applicantColumn] ?? '');
    if (shown.some(isTotalRow) || applicant === '') continue;
    const fields: Record<string, string[]> = {};
    const figures: Record<string, number> = {};
    const unmapped: Record<string, string> = {};
    columns.forEach(({ header, column }, i) => {
      const text = shown[i] ?? '';
      if (column.kind === 'field') (fields[column.field] ??= []).push(text);
      else if (column.kind === 'figure') {
        const value = parseFigure(cells[i] ?? null, unitOf.get(column.floorId) ?? '');
        if (value !== null) figures[column.floorId] = column.floorId in figures ? Math.min(figures[column.floorId] as number, value) : value;
        else if (text !== '') unmapped[header] = text;
      } else if (column.kind === 'unmapped' && text !== '' && header !== '') unmapped[header] = text;
    });
    const one = (field: string) => (fields[field] ?? []).filter((text) => text !== '').join('；');
    rows.push({
      sheetName: grid.sheetName,
      rowNumber: r + 1,
      applicant,
      category: one('category'),
      applicantType: one('applicantType'),
      partners: (fields.partners ?? []).flatMap((text) => text.split(/[、,，;；\n]/u)).map((name) => name.trim()).filter((name) => name !== ''),
      contact: one('contact'),
      phone: one('phone'),
      title: one('title'),
      figures,
      unmapped,
    });
  }
  return { sheetName: grid.sheetName, headerRows: twoRows ? [headerAt + 1, headerAt + 2] : [headerAt + 1], columns, rows };
}
