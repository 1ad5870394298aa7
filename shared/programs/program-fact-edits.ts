import type { Aggregation, ApplicantType, Program, ProgramCategory, RequiredMaterial, TieBreak } from '../domain/program.ts';
import type { OutcomeFloor } from '../domain/outcome-floor.ts';

// Pure edits of a program's facts (the call's issuer, categories, materials, floors, aggregation),
// used by the program editor beside rubric-edits.ts: old program + edit → new program, input untouched.

/** The editable lists of a program's facts and the type of their items. */
export interface FactLists {
  readonly categories: ProgramCategory;
  readonly requiredMaterials: RequiredMaterial;
  readonly applicantTypes: ApplicantType;
  readonly outcomeFloors: OutcomeFloor;
}

/** The name of one editable list. */
export type FactList = keyof FactLists;

type FactItem<L extends FactList> = FactLists[L];

/** The items of one fact list, typed by the list's name. */
export function factItems<L extends FactList>(program: Program, list: L): readonly FactLists[L][] {
  // Program[L] is exactly FactLists[L][]; TypeScript cannot see it through the generic index.
  return program[list] as unknown as readonly FactLists[L][];
}

/** Changes fields of one item (found by id) of a fact list. */
export function updateFactItem<L extends FactList>(program: Program, list: L, id: string, patch: Partial<FactItem<L>>): Program {
  // TypeScript cannot follow `list` into the matching item type; the signature keeps callers exact.
  const items = program[list] as readonly { id: string }[];
  return { ...program, [list]: items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

/** Removes one item (found by id) of a fact list. */
export function removeFactItem(program: Program, list: FactList, id: string): Program {
  const items = program[list] as readonly { id: string }[];
  return { ...program, [list]: items.filter((item) => item.id !== id) };
}

/** An id `${prefix}${n}` (outcome floors: `${prefix}_${n}`, their ids being snake_case) not yet in the list. */
function freshFactId(program: Program, list: FactList, prefix: string): string {
  const used = new Set((program[list] as readonly { id: string }[]).map((item) => item.id));
  const separator = list === 'outcomeFloors' ? '_' : '-';
  for (let n = 1; ; n++) if (!used.has(`${prefix}${separator}${n}`)) return `${prefix}${separator}${n}`;
}

/** What a new item of each list starts as: valid, so adding one is an accepted edit the user then fills in. */
function newFactItem(program: Program, list: FactList, id: string): FactItem<FactList> {
  switch (list) {
    case 'categories':
      return { id, name: `新${program.categoryLabel}`, group: '', leadInstitutions: [], quota: 0, rubricId: program.rubrics[0]?.id ?? '' };
    case 'requiredMaterials':
      return { id, title: '新申报材料', role: 'evidence', formats: ['pdf'], stampedPdfRequired: false, required: true };
    case 'applicantTypes':
      return { id, label: '新申报主体类型', description: '' };
    case 'outcomeFloors':
      return { id, label: '新成效指标', unit: '', comparison: '>=', value: 0 };
  }
}

const idPrefixes: Record<FactList, string> = { categories: 'category', requiredMaterials: 'material', applicantTypes: 'applicant', outcomeFloors: 'floor' };

/** Appends a new item with defaults to a fact list; returns the program and the new item's id. */
export function addFactItem(program: Program, list: FactList): { program: Program; id: string } {
  const id = freshFactId(program, list, idPrefixes[list]);
  return { program: { ...program, [list]: [...(program[list] as readonly unknown[]), newFactItem(program, list, id)] }, id };
}

/** The aggregation fields a form edits directly (the divergence thresholds are flattened). */
export type AggregationPatch = Partial<Pick<Aggregation, 'rule' | 'trimCount' | 'trimMinimumPanel' | 'minimumPanel'>> &
  Partial<Record<'maxRange' | 'maxStdDev', number>>;

/** Changes aggregation settings: rule, trim, minimum panel, divergence thresholds. */
export function updateAggregation(program: Program, patch: AggregationPatch): Program {
  const { maxRange, maxStdDev, ...rest } = patch;
  const a = program.aggregation;
  const divergence = { maxRange: maxRange ?? a.divergence.maxRange, maxStdDev: maxStdDev ?? a.divergence.maxStdDev };
  return { ...program, aggregation: { ...a, ...rest, divergence } };
}

/** Replaces the tie-break order. */
export function setTieBreak(program: Program, tieBreak: readonly TieBreak[]): Program {
  return { ...program, aggregation: { ...program.aggregation, tieBreak: [...tieBreak] } };
}
