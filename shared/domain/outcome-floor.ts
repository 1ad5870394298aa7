import { z } from 'zod';

/** One quantitative floor of a program's expected outcomes (预期成效), e.g. 001 §四 "不少于 3 个". */
export const outcomeFloorSchema = z.object({
  // snake_case: these ids are also the keys of an application's committed figures.
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, '指标 id 只能包含小写字母、数字和下划线'),
  label: z.string().min(1),
  unit: z.string(),
  comparison: z.literal('>='),
  value: z.number(),
  /** The outcome dimension the floor belongs to (专业适配, 资源转化 …), for grouping in tables. */
  dimension: z.string().optional(),
});

/** One quantitative floor of a program's expected outcomes. */
export type OutcomeFloor = z.infer<typeof outcomeFloorSchema>;

/** A program's list of outcome floors, ids unique. */
export const outcomeFloorsSchema = z
  .array(outcomeFloorSchema)
  .min(1)
  .superRefine((floors, ctx) => {
    const seen = new Set<string>();
    floors.forEach((floor, index) => {
      if (seen.has(floor.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `指标 id 重复：${floor.id}` });
      seen.add(floor.id);
    });
  });

/** How one committed figure compares with its floor; `actual` is null when the figure is missing. */
export interface FloorCheck {
  readonly floor: OutcomeFloor;
  readonly actual: number | null;
  readonly met: boolean;
}

/** Checks an application's committed figures against every floor (missing figures do not meet it). */
export function checkOutcomeFloors(floors: readonly OutcomeFloor[], figures: Readonly<Record<string, number>>): FloorCheck[] {
  return floors.map((floor) => {
    const actual = figures[floor.id] ?? null;
    return { floor, actual, met: actual !== null && actual >= floor.value };
  });
}
