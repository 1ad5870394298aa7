import type { Program } from '../domain/program.ts';
import type { Criterion, Rubric, RubricSection } from '../domain/rubric.ts';
import { sumPoints } from '../scoring/decimal.ts';

// Pure edits of a program's rubrics, used by the rubric editor (old program + edit → new program).
// Each returns a new object and leaves its input untouched, so undo is a stack of programs.

/** Applies `edit` to one rubric of a program. */
export function editRubric(program: Program, rubricId: string, edit: (rubric: Rubric) => Rubric): Program {
  return { ...program, rubrics: program.rubrics.map((r) => (r.id === rubricId ? edit(r) : r)) };
}

function allIds(rubric: Rubric): Set<string> {
  return new Set([
    rubric.id,
    ...rubric.sections.flatMap((s) => [s.id, ...s.criteria.map((c) => c.id)]),
    ...rubric.checks.map((c) => c.id),
    ...rubric.vetoes.map((v) => v.id),
  ]);
}

/** An id of the form `${prefix}${n}` not yet used in the rubric. */
export function freshId(rubric: Rubric, prefix: string): string {
  const used = allIds(rubric);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** Changes fields of a section (title, points). */
export function updateSection(rubric: Rubric, sectionId: string, patch: Partial<Pick<RubricSection, 'title' | 'points'>>): Rubric {
  return { ...rubric, sections: rubric.sections.map((s) => (s.id === sectionId ? { ...s, ...patch } : s)) };
}

/** Changes fields of a criterion, wherever it is. */
export function updateCriterion(rubric: Rubric, criterionId: string, patch: Partial<Omit<Criterion, 'id'>>): Rubric {
  return {
    ...rubric,
    sections: rubric.sections.map((s) => ({ ...s, criteria: s.criteria.map((c) => (c.id === criterionId ? { ...c, ...patch } : c)) })),
  };
}

/** A new criterion with defaults a committee would start from: 10 points, step 0.5, no bands. */
export function newCriterion(id: string): Criterion {
  return { id, title: '新二级指标', guidance: '', maxPoints: 10, step: 0.5, bands: [], commentRule: { kind: 'extremes', lowPercent: 60, highPercent: 90 }, keywords: [] };
}

/** Appends a section with one new criterion; returns the rubric and the new section's id. */
export function addSection(rubric: Rubric): { rubric: Rubric; sectionId: string } {
  const sectionId = freshId(rubric, 's');
  const criterion = newCriterion(`${sectionId}-c1`);
  const section: RubricSection = { id: sectionId, title: '新一级指标', points: criterion.maxPoints, criteria: [criterion] };
  return { rubric: { ...rubric, sections: [...rubric.sections, section] }, sectionId };
}

/** Appends a criterion to a section; returns the rubric and the new criterion's id. */
export function addCriterion(rubric: Rubric, sectionId: string): { rubric: Rubric; criterionId: string } {
  const criterionId = freshId(rubric, `${sectionId}-c`);
  const sections = rubric.sections.map((s) => (s.id === sectionId ? { ...s, criteria: [...s.criteria, newCriterion(criterionId)] } : s));
  return { rubric: { ...rubric, sections }, criterionId };
}

/** Removes a section and its criteria. */
export function removeSection(rubric: Rubric, sectionId: string): Rubric {
  return { ...rubric, sections: rubric.sections.filter((s) => s.id !== sectionId) };
}

/** Removes a criterion (a section keeps at least one: the last cannot be removed). */
export function removeCriterion(rubric: Rubric, criterionId: string): Rubric {
  return {
    ...rubric,
    sections: rubric.sections.map((s) =>
      s.criteria.length > 1 && s.criteria.some((c) => c.id === criterionId) ? { ...s, criteria: s.criteria.filter((c) => c.id !== criterionId) } : s,
    ),
  };
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item === undefined) return [...items];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, item);
  return next;
}

/** Moves a section to position `toIndex` (0-based, in the list without it). */
export function moveSection(rubric: Rubric, sectionId: string, toIndex: number): Rubric {
  const from = rubric.sections.findIndex((s) => s.id === sectionId);
  return from < 0 ? rubric : { ...rubric, sections: moveItem(rubric.sections, from, toIndex) };
}

/** Moves a criterion into a section at `toIndex` (its own or another; a section is never left empty). */
export function moveCriterion(rubric: Rubric, criterionId: string, toSectionId: string, toIndex: number): Rubric {
  const source = rubric.sections.find((s) => s.criteria.some((c) => c.id === criterionId));
  const criterion = source?.criteria.find((c) => c.id === criterionId);
  if (!source || !criterion || !rubric.sections.some((s) => s.id === toSectionId)) return rubric;
  if (source.id === toSectionId) {
    const from = source.criteria.indexOf(criterion);
    return { ...rubric, sections: rubric.sections.map((s) => (s.id === source.id ? { ...s, criteria: moveItem(s.criteria, from, toIndex) } : s)) };
  }
  if (source.criteria.length === 1) return rubric;
  return {
    ...rubric,
    sections: rubric.sections.map((s) => {
      if (s.id === source.id) return { ...s, criteria: s.criteria.filter((c) => c.id !== criterionId) };
      if (s.id !== toSectionId) return s;
      const criteria = [...s.criteria];
      criteria.splice(Math.max(0, Math.min(toIndex, criteria.length)), 0, criterion);
      return { ...s, criteria };
    }),
  };
}

/** Sets each section's points to the sum of its criteria and the total to the sum of sections. */
export function recomputePoints(rubric: Rubric): Rubric {
  const sections = rubric.sections.map((s) => ({ ...s, points: sumPoints(s.criteria.map((c) => c.maxPoints)) }));
  return { ...rubric, sections, totalPoints: sumPoints(sections.map((s) => s.points)) };
}
