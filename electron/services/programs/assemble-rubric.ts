import type { Rubric, RubricItem } from '../../../shared/domain/rubric.ts';
import type { ValidationIssue } from '../../../shared/programs/validation-issue.ts';
import { sumPoints } from '../../../shared/scoring/decimal.ts';
import type { RubricItemRows } from './read-rubric-items.ts';
import type { RubricRows } from './read-rubric-rows.ts';

/** A rubric put together from the sheet's rows, and how to find the cell behind a rubric path. */
export interface AssembledRubric {
  readonly rubric: Rubric;
  /** Ids kept from 编号 cells that had to be replaced (a row copied with its hidden id). */
  readonly warnings: ValidationIssue[];
  /** The sheet location of a dotted rubric path (`sections.0.criteria.1.bands.2` → `评分细则!F5`), or null. */
  locate(path: string): string | null;
}

/** Hands out ids: those the sheet carries first (in order), then positional ones (`s1`, `s1-c2`, `veto-1`) that are still free. */
function idPool() {
  const taken = new Set<string>();
  return {
    claim(id: string | null): string | null {
      if (id === null || taken.has(id)) return null;
      taken.add(id);
      return id;
    },
    fresh(base: string): string {
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    },
  };
}

/** Builds the rubric: points from the sheet, ids from the 编号 column where present, else from position. */
export function assembleRubric(rows: RubricRows, items: RubricItemRows, head: { id: string; title: string; titleRef: string }): AssembledRubric {
  const pool = idPool();
  const warnings: ValidationIssue[] = [];
  const keep = (id: string | null, ref: string): string | null => {
    const claimed = pool.claim(id);
    if (id !== null && claimed === null) warnings.push({ path: ref, message: `编号「${id}」重复，已改为按位置生成` });
    return claimed;
  };
  // Claim every id the sheet carries before generating any, so a positional id never takes one of them.
  const sectionIds = rows.sections.map((section) => keep(section.criteria[0]?.ids?.sectionId ?? null, section.titleRef));
  const criterionIds = rows.sections.map((section) => section.criteria.map((row) => keep(row.ids?.criterionId ?? null, row.refs.id ?? section.titleRef)));
  const vetoIds = items.vetoes.map((item) => keep(item.id, item.ref));
  const checkIds = items.checks.map((item) => keep(item.id, item.ref));

  const sections = rows.sections.map((section, s) => {
    const id = sectionIds[s] ?? pool.fresh(`s${s + 1}`);
    const criteria = section.criteria.map((row, c) => ({ id: criterionIds[s]?.[c] ?? pool.fresh(`${id}-c${c + 1}`), ...row.criterion }));
    const points = section.statedPoints ?? sumPoints(criteria.map((criterion) => criterion.maxPoints));
    return { id, title: section.title, points, criteria };
  });
  const asItems = (list: RubricItemRows['vetoes'], ids: (string | null)[], kind: string): RubricItem[] =>
    list.map((item, i) => ({ id: ids[i] ?? pool.fresh(`${kind}-${i + 1}`), title: item.title, guidance: item.guidance }));
  const rubric: Rubric = {
    id: head.id,
    title: head.title,
    totalPoints: sumPoints(sections.map((section) => section.points)),
    sections,
    checks: asItems(items.checks, checkIds, 'check'),
    vetoes: asItems(items.vetoes, vetoIds, 'veto'),
  };

  function locate(path: string): string | null {
    const criterion = /^sections\.(\d+)\.criteria\.(\d+)(?:\.(\w+))?/u.exec(path);
    if (criterion) {
      const row = rows.sections[Number(criterion[1])]?.criteria[Number(criterion[2])];
      return row ? (row.refs[criterion[3] ?? 'title'] ?? row.refs.title ?? null) : null;
    }
    const section = /^sections\.(\d+)(?:\.(\w+))?/u.exec(path);
    if (section) {
      const rowsOf = rows.sections[Number(section[1])];
      return rowsOf ? (section[2] === 'points' ? (rowsOf.pointsRef ?? rowsOf.titleRef) : rowsOf.titleRef) : null;
    }
    const item = /^(checks|vetoes)\.(\d+)/u.exec(path);
    if (item) return items[item[1] as 'checks' | 'vetoes'][Number(item[2])]?.ref ?? null;
    if (path === 'totalPoints') return rows.total?.ref ?? head.titleRef;
    if (path === 'title' || path === 'id') return head.titleRef;
    return null;
  }
  return { rubric, warnings, locate };
}
