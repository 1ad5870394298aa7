import { formalCheckErrors } from './catalogues/formal-check.ts';
import { identityErrors } from './catalogues/identity.ts';
import { intakeErrors } from './catalogues/intake.ts';
import { mergeErrors } from './catalogues/merge.ts';
import { packagesErrors } from './catalogues/packages.ts';
import { programsErrors } from './catalogues/programs.ts';
import { reviewsErrors } from './catalogues/reviews.ts';
import { rosterErrors } from './catalogues/roster.ts';
import { scoringErrors } from './catalogues/scoring.ts';
import { sheetRefusalErrors } from './catalogues/sheet-refusals.ts';
import { sheetsErrors } from './catalogues/sheets.ts';
import { transferErrors } from './catalogues/transfer.ts';
import { zipErrors } from './catalogues/zip.ts';
import type { CatalogueLanguage, ErrorCatalogueEntry, ErrorParams, SlotsOf } from './error-catalogue-entry.ts';

export type { CatalogueLanguage } from './error-catalogue-entry.ts';

/** Every feature's error catalogue in one table: a code appears once, so dispatch and the renderer look it up alike. */
export const domainCatalogue = {
  ...formalCheckErrors,
  ...identityErrors,
  ...intakeErrors,
  ...mergeErrors,
  ...packagesErrors,
  ...programsErrors,
  ...reviewsErrors,
  ...rosterErrors,
  ...scoringErrors,
  ...sheetsErrors,
  ...sheetRefusalErrors,
  ...transferErrors,
  ...zipErrors,
} as const;

/** A domain error's code: `<feature>.<what>`, a key of the catalogue. */
export type DomainErrorCode = keyof typeof domainCatalogue;

/** The parameters a code's message needs: one per {slot} of its zh-CN template. */
export type DomainErrorParams<Code extends DomainErrorCode> = { readonly [Slot in SlotsOf<(typeof domainCatalogue)[Code]['zh-CN']>]: string | number };

/** Whether a string is a code of the catalogue (an API error from an older or newer build may carry another). */
export function isDomainErrorCode(code: string): code is DomainErrorCode {
  return Object.hasOwn(domainCatalogue, code);
}

/** Fills a template's {slot}s; a slot without a parameter stays visible as {slot} rather than vanishing. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/gu, (whole, slot: string) => (Object.hasOwn(params, slot) ? String(params[slot]) : whole));
}

/** A known code's message in a language: its parameters in that language's words, filled into its template. */
export function catalogueText(code: DomainErrorCode, params: ErrorParams, language: CatalogueLanguage): string {
  const entry: ErrorCatalogueEntry = domainCatalogue[code];
  return fillTemplate(entry[language], entry.localise ? entry.localise(params, language) : params);
}

/** A code's message in a language, or null for a code this build does not know. */
export function domainMessage(code: string, params: ErrorParams, language: CatalogueLanguage): string | null {
  return isDomainErrorCode(code) ? catalogueText(code, params, language) : null;
}
