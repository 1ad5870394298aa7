import type { ApiErrorCode } from '../api/result.ts';

/** One domain error's messages: the API failure it becomes and its text in each language, with {slot}s. */
export interface ErrorCatalogueEntry {
  readonly api: ApiErrorCode;
  readonly 'zh-CN': string;
  readonly en: string;
}

/** A feature's message catalogue: its codes (namespaced `<feature>.<what>`) and their messages. */
export type ErrorCatalogue = Readonly<Record<string, ErrorCatalogueEntry>>;

/** The slot names in a template: `'未找到 {reviewId}'` → `'reviewId'`. */
export type SlotsOf<Template extends string> = Template extends `${string}{${infer Slot}}${infer Rest}` ? Slot | SlotsOf<Rest> : never;
