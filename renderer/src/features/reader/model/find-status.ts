/** Where a search stands, as the find bar shows it. */
export interface FindStatus {
  readonly query: string;
  readonly state: 'idle' | 'pending' | 'found' | 'not-found' | 'wrapped';
  /** 1-based index of the selected match; 0 when none is selected. */
  readonly current: number;
  readonly total: number;
}

/** No search yet. */
export const idleFind: FindStatus = { query: '', state: 'idle', current: 0, total: 0 };

// pdf.js's FindState values (pdf_find_controller.js), kept here so this module stays pure.
const pdfjsFindStates: Readonly<Record<number, FindStatus['state']>> = { 0: 'found', 1: 'not-found', 2: 'wrapped', 3: 'pending' };

/** pdf.js's `updatefindcontrolstate` event, the part the reader reads. */
export interface FindControlEvent {
  readonly state: number;
  readonly matchesCount?: { readonly current: number; readonly total: number };
  readonly rawQuery?: string | readonly string[] | null;
}

/** Applies pdf.js's `updatefindcontrolstate` event. */
export function applyFindControlState(status: FindStatus, event: FindControlEvent): FindStatus {
  const state = pdfjsFindStates[event.state] ?? 'pending';
  const query = typeof event.rawQuery === 'string' ? event.rawQuery : status.query;
  const counts = event.matchesCount ?? { current: status.current, total: status.total };
  // A search over every page that found nothing is not-found, whatever intermediate state came first.
  const settled = state === 'found' && counts.total === 0 && query.length > 0 ? 'not-found' : state;
  return { query, state: settled, current: counts.current, total: counts.total };
}

/** Applies pdf.js's `updatefindmatchescount` event (counts grow while pages are searched). */
export function applyMatchesCount(status: FindStatus, matchesCount: { readonly current: number; readonly total: number }): FindStatus {
  const state = status.state === 'not-found' && matchesCount.total > 0 ? 'found' : status.state;
  return { ...status, state, current: matchesCount.current, total: matchesCount.total };
}

/** How a search is asked for: a fresh query, or the next/previous match of the current one. */
export interface FindRequest {
  readonly again?: boolean;
  readonly previous?: boolean;
}

/** The `find` event pdf.js's find controller listens for; matching ignores case and diacritics, highlights all. */
export function findEvent(query: string, request: FindRequest = {}) {
  return {
    type: request.again ? 'again' : '',
    query,
    caseSensitive: false,
    entireWord: false,
    highlightAll: true,
    findPrevious: request.previous === true,
    matchDiacritics: false,
  } as const;
}
