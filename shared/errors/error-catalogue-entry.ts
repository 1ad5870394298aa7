import type { ApiErrorCode } from '../api/result.ts';

/** A language the catalogue is written in. */
export type CatalogueLanguage = 'zh-CN' | 'en';

/** A message's parameters, as they travel in an API error. */
export type ErrorParams = Readonly<Record<string, string | number>>;

/** One domain error's messages: the API failure it becomes and its text in each language, with {slot}s. */
export interface ErrorCatalogueEntry {
  readonly api: ApiErrorCode;
  readonly 'zh-CN': string;
  readonly en: string;
  /**
   * Turns parameters that are ids (a review stage) into the words of a language before they fill
   * the slots: the error carries the id, and each language names it in its own words.
   */
  readonly localise?: (params: ErrorParams, language: CatalogueLanguage) => ErrorParams;
}

/** A feature's message catalogue: its codes (namespaced `<feature>.<what>`) and their messages. */
export type ErrorCatalogue = Readonly<Record<string, ErrorCatalogueEntry>>;

/** The slot names in a template: `'未找到 {reviewId}'` → `'reviewId'`. */
export type SlotsOf<Template extends string> = Template extends `${string}{${infer Slot}}${infer Rest}` ? Slot | SlotsOf<Rest> : never;
