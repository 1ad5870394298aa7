import type { Rubric } from '../domain/rubric.ts';
import { reasonZh, type Reason } from '../errors/reason.ts';
import type { ScoreSheet } from './sheet-schema.ts';

/** Why a sheet was refused, one code per check of verifySheet, in the order they run. */
export type VerifyCode =
  | 'too_large'
  | 'not_json'
  | 'not_a_sheet'
  | 'unsupported_version'
  | 'schema'
  | 'not_canonical'
  | 'bad_signature'
  | 'key_not_enrolled'
  | 'wrong_review'
  | 'wrong_package'
  | 'unknown_submission'
  | 'wrong_rubric'
  | 'unknown_criterion'
  | 'missing_criterion'
  | 'score_out_of_bounds'
  | 'wrong_total'
  | 'version_conflict'
  | 'broken_chain'
  | 'unexplained_change';

/** A sheet of the same expert verified earlier, for the version-chain check. */
export interface KnownSheet {
  readonly expertId: string;
  readonly version: number;
  readonly digest: string;
  readonly supersedes: string | null;
  /** Where it came from (a file name), named in the messages when given. */
  readonly source?: string;
}

/**
 * What a sheet is checked against. Every part is optional: without any, only the self-contained
 * checks run (size, JSON, format, schema, canonical form, signature); each part enables its checks.
 */
export interface VerifyContext {
  /** Enrolled keys: expert id → base64url raw public key. Enables the enrolment check. */
  readonly enrolledKeys?: ReadonlyMap<string, string>;
  /** The review's id. Enables wrong_review. */
  readonly reviewId?: string;
  /** Digest of the review package the experts received. Enables wrong_package. */
  readonly packageDigest?: string;
  /** Or every package issued for the review (full and per expert): the sheet must name one of them. Enables wrong_package. */
  readonly packageDigests?: ReadonlySet<string>;
  /** The rubric of every submission of the review, by submission id. Enables the rubric checks. */
  readonly rubrics?: ReadonlyMap<string, Rubric>;
  /** Other verified sheets (of any expert; only the same expert's count). Enables the version chain. */
  readonly knownSheets?: readonly KnownSheet[];
}

/** A verified sheet, its digest and key fingerprint; superseded when a newer version is known. */
export interface VerifyOk {
  readonly ok: true;
  readonly sheet: ScoreSheet;
  readonly digest: string;
  readonly fingerprint: string;
  readonly superseded: boolean;
}

/**
 * A refused sheet. status 'pending' (only key_not_enrolled): authentic but signed by a key the
 * review does not know yet; the coordinator may enrol it after comparing the fingerprint with the expert.
 */
export interface VerifyFailure {
  readonly ok: false;
  readonly code: VerifyCode;
  readonly status: 'refused' | 'pending';
  /** Chinese, for people (the CLI, the audit). */
  readonly message: string;
  /** The same reason by its catalogue code and parameters, for the UI's language. */
  readonly reason: Reason;
  /** The signing key's fingerprint, once the signature has been checked. */
  readonly fingerprint?: string;
}

/** The outcome of verifySheet. */
export type VerifyResult = VerifyOk | VerifyFailure;

/** A refusal with its code and reason (its Chinese message made from the reason). */
export function refuse(code: VerifyCode, reason: Reason, fingerprint?: string): VerifyFailure {
  const message = reasonZh(reason);
  return fingerprint === undefined ? { ok: false, code, status: 'refused', message, reason } : { ok: false, code, status: 'refused', message, reason, fingerprint };
}
