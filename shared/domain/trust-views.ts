import { z } from 'zod';
import { scoreSheetSchema } from '../sheets/sheet-schema.ts';
import { idSchema } from './id.ts';

const fingerprintSchema = z.string().max(64);

/** The profile's signing identity as the renderer may see it: never the private key. */
export const identityStatusSchema = z.object({
  exists: z.boolean(),
  name: z.string().nullable(),
  organisation: z.string().nullable(),
  publicKey: z.string().nullable(),
  /** Eight groups of four hex digits, recomputed from the key. */
  fingerprint: fingerprintSchema.nullable(),
  createdAt: z.string().nullable(),
  /** How the private key is sealed: the OS keychain, or a passphrase (for a new identity: how it would be). */
  sealer: z.enum(['os', 'passphrase']),
  /** The private key is open in the main process's memory. */
  unlocked: z.boolean(),
  /** Signing needs the passphrase first. */
  needsPassphrase: z.boolean(),
});

/** The profile's signing identity. */
export type IdentityStatus = z.infer<typeof identityStatusSchema>;

/** What a key card says, after its self-signature checked out. */
export const keyCardInfoSchema = z.object({
  expertName: z.string(),
  organisation: z.string(),
  publicKey: z.string(),
  fingerprint: fingerprintSchema,
  createdAt: z.string(),
});

/** What a key card says. */
export type KeyCardInfo = z.infer<typeof keyCardInfoSchema>;

/** One expert on a review's roster (coordinator side). */
export const rosterExpertSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisation: z.string(),
  /** 职称, 专业领域 and 手机 as the 专家名单 gives them ('' where it does not). */
  title: z.string(),
  expertise: z.string(),
  phone: z.string(),
  /** The category ids the expert reviews; empty = every category. */
  panel: z.array(idSchema),
  publicKey: z.string().nullable(),
  fingerprint: fingerprintSchema.nullable(),
  enrolledAt: z.string().nullable(),
  submissionIds: z.array(idSchema),
  conflicts: z.array(z.object({ submissionId: idSchema, reason: z.string() })),
});

/** One expert on a review's roster. */
export type RosterExpert = z.infer<typeof rosterExpertSchema>;

/** A package this profile issued. */
export const issuedPackageSchema = z.object({ digest: z.string(), presetExpertId: idSchema.nullable(), createdAt: z.string() });

/** A package build running in the services, polled for its progress. */
export const buildProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number().nonnegative(),
  total: z.number().nonnegative(),
  /** The written package, downloadable at `outputs/<id>`. */
  output: z.object({ id: z.string(), fileName: z.string(), size: z.number().int().nonnegative(), digest: z.string() }).nullable(),
  /** Why the build failed, in Chinese: a domain error's text, never an exception's raw message (paths). */
  error: z.string().nullable(),
  /** The failure's code (shared/errors/domain-catalogue.ts) and parameters, for the UI's language. */
  errorCode: z.string().optional(),
  errorParams: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** A package build's progress. */
export type BuildProgress = z.infer<typeof buildProgressSchema>;

/** The expert's work in the built-in demo review, which replacing it by a package deletes. */
export const demoWorkSchema = z.object({
  scores: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  evidence: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  sheets: z.number().int().nonnegative(),
});

/** What replacing the demo review deletes. */
export type DemoWork = z.infer<typeof demoWorkSchema>;

/** An uploaded package that passed every check, shown before anything is stored. */
export const packagePreviewSchema = z.object({
  uploadId: z.string(),
  digest: z.string(),
  review: z.object({ id: idSchema, title: z.string() }),
  coordinator: z.object({ name: z.string(), fingerprint: fingerprintSchema }),
  experts: z.array(z.object({ id: idSchema, name: z.string(), organisation: z.string(), fingerprint: fingerprintSchema.nullable(), isThisComputer: z.boolean() })),
  presetExpertId: idSchema.nullable(),
  submissions: z.number().int(),
  documents: z.number().int(),
  alreadyImported: z.boolean(),
  /** The package's review is held on this computer as coordinator: the expert's copy is imported beside it, and nothing of it changes. */
  keptApart: z.boolean(),
  /** Importing replaces this computer's built-in demo review of the same id, deleting `demoWork`. */
  replacesDemo: z.boolean(),
  demoWork: demoWorkSchema.nullable(),
});

/** An uploaded package that passed every check. */
export type PackagePreview = z.infer<typeof packagePreviewSchema>;

/** One signed version of the expert's score sheet. */
export const sheetVersionSchema = z.object({
  version: z.number().int().positive(),
  digest: z.string(),
  supersedes: z.string().nullable(),
  signedAt: z.string(),
  amendedAt: z.string().nullable(),
  fileName: z.string(),
});

/** One signed version of the expert's score sheet. */
export type SheetVersion = z.infer<typeof sheetVersionSchema>;

/** Where the expert's score sheet of a review stands. */
export const sheetStatusSchema = z.object({
  /** Who signs (the roster entry of the imported package, or this profile's identity for the demo). */
  signer: z.object({ id: idSchema, name: z.string(), organisation: z.string() }).nullable(),
  /** Why nobody can sign yet (no identity, a review that came from no package), in Chinese. */
  signerProblem: z.string().nullable(),
  packageDigest: z.string().nullable(),
  /** The built-in demo has no package: its digest is SHA-256 of the JCS of the demo review record. */
  demoDigest: z.boolean(),
  /** The roster of the package enrolled another key for this expert: the coordinator will have to confirm. */
  keyMismatch: z.boolean(),
  /** The newest version is signed and not amended: scoring is read-only. */
  locked: z.boolean(),
  versions: z.array(sheetVersionSchema),
});

/** Where the expert's score sheet of a review stands. */
export type SheetStatus = z.infer<typeof sheetStatusSchema>;

/** One score of the version about to be signed against the version it supersedes, for the reasons dialog. */
export const sheetScoreChangeSchema = z.object({
  submissionId: idSchema,
  applicant: z.string(),
  criterionId: idSchema,
  criterionTitle: z.string(),
  /** The score in version N−1; null where N−1 did not score it. */
  from: z.number().nullable(),
  to: z.number(),
  changed: z.boolean(),
});

/** One score of the version about to be signed against the version it supersedes. */
export type SheetScoreChange = z.infer<typeof sheetScoreChangeSchema>;

/** What re-signing would change: every score of the next version beside version N−1 (empty before the first signature). */
export const sheetChangesSchema = z.object({ previousVersion: z.number().int().positive().nullable(), scores: z.array(sheetScoreChangeSchema) });

/** What re-signing would change. */
export type SheetChanges = z.infer<typeof sheetChangesSchema>;

/** A signed version, parsed, for the printable score sheet. */
export const sheetViewSchema = z.object({ sheet: scoreSheetSchema, digest: z.string(), fingerprint: fingerprintSchema, fileName: z.string() });

/** A signed version, parsed. */
export type SheetView = z.infer<typeof sheetViewSchema>;
