import type { ScoreSheet } from './sheet-schema.ts';
import { refuse } from './verify-result.ts';
import type { KnownSheet, VerifyFailure } from './verify-result.ts';

/** Step 10 of verifySheet: where the sheet stands among the expert's known versions. */
export type ChainResult = { readonly failure: VerifyFailure } | { readonly superseded: boolean };

const short = (digest: string) => `${digest.slice(0, 12)}…`;

/** A known sheet as the messages name it: its file when known, else its digest. */
function named(known: KnownSheet): string {
  return known.source === undefined ? `（摘要 ${short(known.digest)}）` : `「${known.source}」（摘要 ${short(known.digest)}）`;
}

/**
 * Two different sheets with the same version conflict; a link to a known neighbour must match in
 * both directions (this sheet's `supersedes` names a known N−1, a known N+1 names this sheet);
 * an exact duplicate of a known sheet is fine. Superseded when a higher version is known.
 * The outcome does not depend on the order of `known`.
 */
export function checkVersionChain(sheet: ScoreSheet, digest: string, known: readonly KnownSheet[], fingerprint: string): ChainResult {
  const mine = known.filter((k) => k.expertId === sheet.expert.id);
  const who = `专家「${sheet.expert.name}」`;
  const version = sheet.version;
  const twins = mine.filter((k) => k.version === version && k.digest !== digest);
  if (twins.length > 0) {
    const count = twins.length === 1 ? '另一份' : `另外 ${String(twins.length)} 份`;
    const message = `${who}的第 ${String(version)} 版已有${count}内容不同的评分表${twins.map(named).join('、')}；请与专家确认哪一份有效`;
    return { failure: refuse('version_conflict', message, fingerprint) };
  }
  const previous = mine.filter((k) => k.version === version - 1);
  const [first] = previous;
  if (first && !previous.some((k) => k.digest === sheet.supersedes)) {
    const where = first.source === undefined ? `已收到的第 ${String(first.version)} 版` : `第 ${String(first.version)} 版「${first.source}」`;
    const message = `${who}的第 ${String(version)} 版声明取代的版本（摘要 ${short(sheet.supersedes ?? '')}）与${where}（摘要 ${short(first.digest)}）不符`;
    return { failure: refuse('broken_chain', message, fingerprint) };
  }
  const next = mine.filter((k) => k.version === version + 1);
  const [after] = next;
  if (after && !next.some((k) => k.supersedes === digest)) {
    const where = after.source === undefined ? `已收到的${who}第 ${String(after.version)} 版` : `${who}的第 ${String(after.version)} 版「${after.source}」`;
    const message = `${where}取代的不是本评分表（第 ${String(version)} 版，摘要 ${short(digest)}）`;
    return { failure: refuse('broken_chain', message, fingerprint) };
  }
  return { superseded: mine.some((k) => k.version > version) };
}
