import { catalogueText, type DomainErrorCode, type DomainErrorParams } from './domain-catalogue.ts';

/**
 * An error a feature raises on purpose: a code of the catalogue and the parameters of its message.
 * Its `message` is the zh-CN text (for the CLI and logs); dispatch turns it into the API error once,
 * and the renderer shows the code's text in the UI's language.
 */
export class DomainError extends Error {
  /** The catalogue entry: `<feature>.<what>`. */
  readonly key: DomainErrorCode;
  /** What callers branch on: the key, unless a subclass keeps a coarser code of its own (ZipRefused's `unsafe_name`). */
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** A code whose {reason} slot frames this error's text ("评审包已拒绝，未保存任何内容：{reason}"); its other slots are filled from `params`. */
  readonly frame: DomainErrorCode | null;

  constructor(key: DomainErrorCode, params: Readonly<Record<string, string | number>>, options?: ErrorOptions & { frame?: DomainErrorCode }) {
    const text = catalogueText(key, params, 'zh-CN');
    super(options?.frame ? catalogueText(options.frame, { ...params, reason: text }, 'zh-CN') : text, options);
    this.name = 'DomainError';
    this.key = key;
    this.code = key;
    this.params = params;
    this.frame = options?.frame ?? null;
  }

  /** The same error framed by another code's {reason} slot (its other slots from `extra`), the original as its cause. */
  framed(frame: DomainErrorCode, extra: Readonly<Record<string, string | number>> = {}): DomainError {
    return new DomainError(this.key, { ...this.params, ...extra }, { frame, cause: this });
  }
}

/** A domain error whose parameters are checked against its message's slots at compile time. */
export function domainError<Code extends DomainErrorCode>(code: Code, params: DomainErrorParams<Code>, options?: ErrorOptions): DomainError {
  return new DomainError(code, params, options);
}
