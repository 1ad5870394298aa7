import type { Rubric } from '../../../../shared/domain/rubric.ts';
import { moveCriterion, moveSection } from '../../../../shared/programs/rubric-edits.ts';

/** A tree node's key: `section:<id>` or `criterion:<id>`. */
export type TreeKey = `section:${string}` | `criterion:${string}`;

/** Splits a tree key into its kind and id. */
export function parseTreeKey(key: string): { kind: 'section' | 'criterion'; id: string } | null {
  const match = /^(section|criterion):(.+)$/.exec(key);
  return match ? { kind: match[1] as 'section' | 'criterion', id: match[2] as string } : null;
}

/**
 * Applies a drag-and-drop in the rubric tree. `where` is relative to the target node:
 * 'before' or 'after' it (between siblings), or 'into' it (a criterion dropped on a section).
 * Sections move among sections; criteria move into or among any section's criteria. Anything else
 * (a section dropped into a section) leaves the rubric as it is.
 */
export function applyTreeDrop(rubric: Rubric, dragged: string, target: string, where: 'before' | 'after' | 'into'): Rubric {
  const from = parseTreeKey(dragged);
  const to = parseTreeKey(target);
  if (!from || !to || dragged === target) return rubric;
  if (from.kind === 'section') {
    if (to.kind !== 'section' || where === 'into') return rubric;
    const without = rubric.sections.filter((s) => s.id !== from.id);
    const index = without.findIndex((s) => s.id === to.id);
    return moveSection(rubric, from.id, where === 'before' ? index : index + 1);
  }
  if (to.kind === 'section') {
    return where === 'into' ? moveCriterion(rubric, from.id, to.id, 0) : rubric;
  }
  const section = rubric.sections.find((s) => s.criteria.some((c) => c.id === to.id));
  if (!section) return rubric;
  const without = section.criteria.filter((c) => c.id !== from.id);
  const index = without.findIndex((c) => c.id === to.id);
  return moveCriterion(rubric, from.id, section.id, where === 'before' ? index : index + 1);
}
