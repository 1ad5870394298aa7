import type { ScoreSheet } from './sheet-schema.ts';
import { refuse } from './verify-result.ts';
import type { KnownSheet, VerifyFailure } from './verify-result.ts';

/** Step 10 of verifySheet: where the sheet stands among the expert's known versions. */
export type ChainResult = { readonly failure: VerifyFailure } | { readonly superseded: boolean };

/**
 * Two different sheets with the same version conflict; a link to a known neighbour must match in
 * both directions (this sheet's `supersedes` names the known N−1, a known N+1 names this sheet);
 * an exact duplicate of a known sheet is fine. Superseded when a higher version is known.
 */
export function checkVersionChain(sheet: ScoreSheet, digest: string, known: readonly KnownSheet[], fingerprint: string): ChainResult {
  const mine = known.filter((k) => k.expertId === sheet.expert.id);
  const who = `专家「${sheet.expert.name}」`;
  const twin = mine.find((k) => k.version === sheet.version && k.digest !== digest);
  if (twin) {
    const message = `${who}的第 ${String(sheet.version)} 版已有另一份内容不同的评分表（摘要 ${twin.digest.slice(0, 12)}…）；请与专家确认哪一份有效`;
    return { failure: refuse('version_conflict', message, fingerprint) };
  }
  const previous = mine.find((k) => k.version === sheet.version - 1);
  if (previous && previous.digest !== sheet.supersedes) {
    const message = `${who}的第 ${String(sheet.version)} 版声明取代的版本与已收到的第 ${String(previous.version)} 版不符`;
    return { failure: refuse('broken_chain', message, fingerprint) };
  }
  const next = mine.find((k) => k.version === sheet.version + 1);
  if (next && next.supersedes !== digest) {
    const message = `已收到的${who}第 ${String(next.version)} 版取代的不是本评分表（第 ${String(sheet.version)} 版）`;
    return { failure: refuse('broken_chain', message, fingerprint) };
  }
  return { superseded: mine.some((k) => k.version > sheet.version) };
}
