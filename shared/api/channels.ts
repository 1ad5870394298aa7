/**
 * The API's channel names, `domain:verb`, without their schemas: what the preload needs to build
 * `window.pingshen`, kept free of zod so the sandboxed preload stays small. The contract must
 * declare exactly these (checked by its `satisfies`).
 */
export const apiChannels = [
  'app:info',
  'settings:get',
  'settings:update',
  'reviews:list',
  'reviews:get',
  'submissions:documents',
  'documents:view-state',
  'documents:save-view-state',
  'scoring:program',
  'scoring:get',
  'scoring:edit',
  'scoring:cite',
  'scoring:uncite',
  'scoring:conflict',
  'scoring:visit',
  'scoring:overview',
  'scoring:consistency',
  'programs:list',
  'programs:get',
  'programs:save',
  'programs:duplicate',
  'programs:delete',
  'programs:import-json',
  'programs:export-json',
  'programs:import-rubric-xlsx',
  'programs:export-rubric-xlsx',
] as const;

/** A channel name of the API. */
export type ApiChannel = (typeof apiChannels)[number];
