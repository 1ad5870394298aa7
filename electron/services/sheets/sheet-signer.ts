import type { Database } from 'better-sqlite3';
import { findImportedPackage } from '../packages/package-repository.ts';
import { standInDigestOf } from '../reviews/review-repository.ts';
import type { IdentityProfile } from '../identity/identity-profile.ts';

/** Who signs a review's score sheet and which package digest it names, or why nobody can sign yet. */
export interface SheetSigner {
  readonly signer: { readonly id: string; readonly name: string; readonly organisation: string } | null;
  readonly problem: string | null;
  readonly packageDigest: string | null;
  /** The review id the sheet names: the package's (an expert's copy has a local id of its own), or the review's own. */
  readonly sheetReviewId: string | null;
  /** The digest is the review's recorded stand-in (the demo's), not a package's. */
  readonly demoDigest: boolean;
  /** The key the package's roster enrolled for this expert, if any. */
  readonly rosterKey: string | null;
}

/** The signer's id on a review without a roster (the demo): this profile's key names it, so two experts' sheets never share an id. */
export function ownExpertId(fingerprint: string): string {
  return `expert-${fingerprint.replaceAll(' ', '').slice(0, 8)}`;
}

/**
 * For an imported review: the roster entry the expert chose on import, and the package's digest.
 * For a review with a recorded stand-in digest (the demo): this profile's identity and that digest.
 * Anything else cannot be signed.
 */
export function sheetSignerOf(db: Database, reviewId: string, identity: { profile: IdentityProfile | null; fingerprint: string | null }): SheetSigner {
  const none = (problem: string): SheetSigner => ({ signer: null, problem, packageDigest: null, sheetReviewId: null, demoDigest: false, rosterKey: null });
  const imported = findImportedPackage(db, reviewId);
  if (imported?.localExpertId) {
    const row = db.prepare("SELECT manifest FROM review_packages WHERE digest = ? AND direction = 'imported'").get(imported.digest) as { manifest: string };
    const experts = (JSON.parse(row.manifest) as { experts: { id: string; name: string; organisation: string; publicKey?: string }[] }).experts;
    const expert = experts.find((e) => e.id === imported.localExpertId);
    if (!expert) return none('评审包的专家名单中没有本机所选的专家');
    return { signer: { id: expert.id, name: expert.name, organisation: expert.organisation }, problem: null, packageDigest: imported.digest, sheetReviewId: imported.packageReviewId, demoDigest: false, rosterKey: expert.publicKey ?? null };
  }
  const standIn = standInDigestOf(db, reviewId);
  if (standIn === undefined) return none(`未找到评审活动 ${reviewId}`);
  if (standIn === null) return none('该评审活动不是从评审包导入的，没有可签名的评审包摘要');
  if (!identity.profile || identity.fingerprint === null) return none('请先在「身份与签名」中创建本机签名身份');
  const signer = { id: ownExpertId(identity.fingerprint), name: identity.profile.name, organisation: identity.profile.organisation };
  return { signer, problem: null, packageDigest: standIn, sheetReviewId: reviewId, demoDigest: true, rosterKey: null };
}
