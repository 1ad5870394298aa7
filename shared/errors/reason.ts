import { catalogueText, type DomainErrorCode, type DomainErrorParams } from './domain-catalogue.ts';
import type { ErrorParams } from './error-catalogue-entry.ts';

/** A reason told by its catalogue code and parameters (not by its text), so that each language can say it. */
export interface Reason {
  readonly key: DomainErrorCode;
  readonly params: ErrorParams;
}

/** A reason whose parameters are checked against its message's slots at compile time. */
export function reasonOf<Code extends DomainErrorCode>(key: Code, params: DomainErrorParams<Code>): Reason {
  return { key, params };
}

/** A reason in Chinese: what the CLI prints and the audit keeps. */
export function reasonZh(reason: Reason): string {
  return catalogueText(reason.key, reason.params, 'zh-CN');
}
