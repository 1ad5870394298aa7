import { describe, expect, it } from 'vitest';
import { describeLoadError } from '../../../../renderer/src/features/reader/model/load-error.ts';
import { applyViewerEvent, loadingStatus, type ViewerEvent } from '../../../../renderer/src/features/reader/model/pdf-view-status.ts';

function run(...events: ViewerEvent[]) {
  return events.reduce(applyViewerEvent, loadingStatus);
}

/** pdf.js's exceptions are plain objects with a name (BaseException), not Error subclasses to us. */
function pdfjsException(name: string, message: string, extra: Record<string, unknown> = {}) {
  return Object.assign(Object.create(Error.prototype) as Error, { name, message, ...extra });
}

describe('PdfView status', () => {
  it('goes from loading to ready, then follows page, zoom, rotation and the outline', () => {
    const status = run(
      { type: 'loaded', pagesCount: 7 },
      { type: 'laid-out' },
      { type: 'page', page: 5 },
      { type: 'scale', zoom: 'page-fit', scale: 0.8 },
      { type: 'rotation', rotation: 90 },
      { type: 'outline', outline: [] },
    );
    expect(status).toMatchObject({ phase: 'ready', pagesCount: 7, laidOut: true, page: 5, zoom: 'page-fit', scale: 0.8, rotation: 90, outline: [] });
  });

  it('asks for a password, again after a wrong one, and opens', () => {
    const asked = run({ type: 'password', incorrect: false });
    expect(asked).toMatchObject({ phase: 'password', passwordIncorrect: false });
    const wrong = run({ type: 'password', incorrect: false }, { type: 'loading' }, { type: 'password', incorrect: true });
    expect(wrong).toMatchObject({ phase: 'password', passwordIncorrect: true });
    expect(applyViewerEvent(wrong, { type: 'loaded', pagesCount: 1 })).toMatchObject({ phase: 'ready', passwordIncorrect: false });
  });

  it('keeps a cancelled password prompt as the reason when the destroyed task then fails', () => {
    const cancelled = run({ type: 'password', incorrect: false }, { type: 'error', error: { kind: 'password-cancelled', message: '' } });
    const after = applyViewerEvent(cancelled, { type: 'error', error: { kind: 'unknown', message: 'Loading aborted' } });
    expect(after.error?.kind).toBe('password-cancelled');
    expect(applyViewerEvent(after, { type: 'loading' })).toMatchObject({ phase: 'loading', error: null });
  });

  it('tracks the find bar and clears it when closed', () => {
    const found = run({ type: 'loaded', pagesCount: 2 }, { type: 'find-state', event: { state: 0, matchesCount: { current: 1, total: 2 }, rawQuery: '目录' } });
    expect(found.find).toEqual({ query: '目录', state: 'found', current: 1, total: 2 });
    expect(applyViewerEvent(found, { type: 'find-count', current: 2, total: 2 }).find.current).toBe(2);
    expect(applyViewerEvent(found, { type: 'find-closed' }).find.state).toBe('idle');
  });

  it('classifies pdf.js load failures by exception name', () => {
    expect(describeLoadError(pdfjsException('InvalidPDFException', 'Invalid Root reference.'))).toEqual({ kind: 'invalid', message: 'Invalid Root reference.' });
    expect(describeLoadError(pdfjsException('FormatError', 'Bad FCHECK in flate stream'))).toMatchObject({ kind: 'invalid' });
    expect(describeLoadError(pdfjsException('ResponseException', 'Unexpected server response (404)', { status: 404 }))).toMatchObject({ kind: 'missing' });
    expect(describeLoadError(pdfjsException('ResponseException', 'Unexpected server response (500)', { status: 500 }))).toMatchObject({ kind: 'network' });
    expect(describeLoadError(new TypeError('Failed to fetch'))).toEqual({ kind: 'unknown', message: 'Failed to fetch' });
    expect(describeLoadError('boom')).toEqual({ kind: 'unknown', message: 'boom' });
  });
});
