import type { RankedApplication } from './rank-category.ts';

/** The coordinator's decision for an application: 推荐 / 候补 / 不推荐. */
export type Decision = 'recommend' | 'reserve' | 'reject';

/** The decisions, in the order they are offered. */
export const decisions: readonly Decision[] = ['recommend', 'reserve', 'reject'];

/**
 * What the ranking suggests: within the quota 推荐, after it 候补, out of the ranking 不推荐; a tie
 * across the quota line suggests nothing (the coordinator decides, with a reason).
 */
export function suggestedDecision(standing: RankedApplication['standing']): Decision | null {
  switch (standing) {
    case 'within-quota':
      return 'recommend';
    case 'reserve':
      return 'reserve';
    case 'excluded':
      return 'reject';
    case 'tie-at-quota-line':
      return null;
  }
}

/** A decision that departs from the suggestion (or where there is none) must say why. */
export function decisionNeedsReason(standing: RankedApplication['standing'], decision: Decision): boolean {
  return suggestedDecision(standing) !== decision;
}
