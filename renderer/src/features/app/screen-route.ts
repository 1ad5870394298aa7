import type { ReviewSummary } from '../../../../shared/domain/review.ts';
import { resultsDocuments, type ResultsDocument, type Screen } from './app-state.ts';

// The screen lives in the URL's hash (#/workspace/<review>/<submission>, …) so that a reload (F5)
// returns to the same screen and application instead of home. Pure: the DOM side is route-sync.ts.

const enc = encodeURIComponent;

/** The hash that names a screen; the workspace's is completed by the application being read. */
export function screenToHash(screen: Screen): string {
  switch (screen.kind) {
    case 'home':
      return '#/';
    case 'review':
      return `#/review/${enc(screen.reviewId)}`;
    case 'programs':
      return '#/programs';
    case 'program':
      return `#/programs/${enc(screen.programId)}`;
    case 'workspace':
      return `#/workspace/${enc(screen.reviewId)}${screen.submissionId ? `/${enc(screen.submissionId)}` : ''}`;
    case 'consistency':
      return `#/consistency/${enc(screen.reviewId)}`;
    case 'identity':
      return '#/identity';
    case 'key-card-print':
      return '#/identity/key-card';
    case 'experts':
      return `#/experts/${enc(screen.reviewId)}`;
    case 'merge':
      return `#/merge/${enc(screen.reviewId)}`;
    case 'formal-check':
      return `#/formal-check/${enc(screen.reviewId)}`;
    case 'formal-check-print':
      return `#/formal-check/${enc(screen.reviewId)}/print`;
    case 'materials': {
      const at = screen.documentId ? `/${enc(screen.documentId)}${screen.page ? `/${String(screen.page)}` : ''}` : '';
      return `#/materials/${enc(screen.reviewId)}/${enc(screen.submissionId)}${at}`;
    }
    case 'intake':
      return `#/intake/${enc(screen.reviewId)}`;
    case 'audit':
      return screen.reviewId ? `#/audit/${enc(screen.reviewId)}` : '#/audit';
    case 'sheet-print':
      return `#/sheet/${enc(screen.reviewId)}/${String(screen.version)}`;
    case 'results-print':
      return `#/results/${enc(screen.reviewId)}/${screen.document}`;
  }
}

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value.length > 0 ? value : null;
  } catch {
    return null; // a malformed escape: not a route
  }
}

/** The screen a hash names, or null for a hash that names none (then the app shows home). */
export function hashToScreen(hash: string): Screen | null {
  const path = hash.replace(/^#\/?/, '');
  if (path === '') return { kind: 'home' };
  const parts = path.split('/').map(decode);
  if (parts.some((p) => p === null)) return null;
  const [head, a, b, c, d, ...rest] = parts as string[];
  // Only the materials screen names more than a review and one thing in it (a file and its page).
  if (rest.length > 0 || (head !== 'materials' && c !== undefined)) return null;
  switch (head) {
    case 'review':
      return a && !b ? { kind: 'review', reviewId: a } : null;
    case 'programs':
      if (!a) return { kind: 'programs' };
      return b ? null : { kind: 'program', programId: a };
    case 'workspace':
      return a ? { kind: 'workspace', reviewId: a, ...(b ? { submissionId: b } : {}) } : null;
    case 'consistency':
      return a && !b ? { kind: 'consistency', reviewId: a } : null;
    case 'identity':
      if (!a) return { kind: 'identity' };
      return a === 'key-card' && !b ? { kind: 'key-card-print' } : null;
    case 'experts':
      return a && !b ? { kind: 'experts', reviewId: a } : null;
    case 'merge':
      return a && !b ? { kind: 'merge', reviewId: a } : null;
    case 'formal-check':
      if (!a) return null;
      if (!b) return { kind: 'formal-check', reviewId: a };
      return b === 'print' ? { kind: 'formal-check-print', reviewId: a } : null;
    case 'intake':
      return a && !b ? { kind: 'intake', reviewId: a } : null;
    case 'materials': {
      if (!a || !b) return null;
      if (!c) return { kind: 'materials', reviewId: a, submissionId: b };
      if (!d) return { kind: 'materials', reviewId: a, submissionId: b, documentId: c };
      return /^[1-9][0-9]{0,5}$/.test(d) ? { kind: 'materials', reviewId: a, submissionId: b, documentId: c, page: Number(d) } : null;
    }
    case 'audit':
      return b ? null : { kind: 'audit', reviewId: a ?? null };
    case 'sheet': {
      const version = Number(b);
      return a && b && /^[1-9][0-9]{0,5}$/.test(b) ? { kind: 'sheet-print', reviewId: a, version } : null;
    }
    case 'results':
      return a && b && (resultsDocuments as readonly string[]).includes(b) ? { kind: 'results-print', reviewId: a, document: b as ResultsDocument } : null;
    default:
      return null;
  }
}

/** The screen to show at start-up for a hash: home where it names none or a review this profile does not hold. */
export function startScreen(hash: string, reviews: readonly ReviewSummary[]): Screen {
  const screen = hashToScreen(hash);
  if (!screen) return { kind: 'home' };
  // The whole audit log (reviewId null) names no review.
  if ('reviewId' in screen && screen.reviewId !== null && !reviews.some((r) => r.id === screen.reviewId)) return { kind: 'home' };
  return screen;
}

/** Whether two screens are the same place (the same hash). */
export function sameScreen(a: Screen, b: Screen): boolean {
  return screenToHash(a) === screenToHash(b);
}
