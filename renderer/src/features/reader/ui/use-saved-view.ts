import { useEffect, useMemo, useRef, useState } from 'react';
import { call } from '../../../api/client.ts';
import { trailingCall } from '../model/trailing-call.ts';
import { fromViewState, sameView, toViewState, type ReaderView } from '../model/view-state.ts';

/** Delay before a changed page, zoom or rotation is saved: scrolling saves once, when it stops. */
export const saveViewDelayMs = 500;

/** A document's saved view and a debounced saver. */
export interface SavedView {
  /** Where to open; null while it is being read. */
  readonly initialView: ReaderView | null;
  /** Records where the reader is now; saved after `saveViewDelayMs` of quiet (and on leaving). */
  readonly remember: (view: ReaderView) => void;
}

/** Reads where the reader left `documentId` (documents:view-state) and saves changes (documents:save-view-state). */
export function useSavedView(documentId: string): SavedView {
  const [initialView, setInitialView] = useState<ReaderView | null>(null);
  const lastSaved = useRef<ReaderView | null>(null);
  // The view waiting to be saved: a status event that repeats it (a find, a focus change) must not postpone the save.
  const pending = useRef<ReaderView | null>(null);

  useEffect(() => {
    let cancelled = false;
    setInitialView(null);
    call('documents:view-state', { documentId }).then(
      (state) => {
        if (cancelled) return;
        const view = fromViewState(state);
        lastSaved.current = view;
        setInitialView(view);
      },
      // Without a saved view the document simply opens at its start.
      () => !cancelled && setInitialView(fromViewState(null)),
    );
    return () => {
      cancelled = true;
    };
  }, [documentId]);

  const saver = useMemo(
    () =>
      trailingCall<ReaderView>((view) => {
        lastSaved.current = view;
        pending.current = null;
        // A failed save is not worth interrupting the expert's reading; the next change retries.
        call('documents:save-view-state', { documentId, state: toViewState(view) }).catch(() => undefined);
      }, saveViewDelayMs),
    [documentId],
  );
  useEffect(() => {
    // Closing or reloading the window runs no React cleanup: save what is pending as the page goes.
    const flush = () => saver.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      saver.flush();
    };
  }, [saver]);

  const remember = useMemo(
    () => (view: ReaderView) => {
      if (lastSaved.current && sameView(lastSaved.current, view)) {
        pending.current = null;
        saver.cancel();
      } else if (!pending.current || !sameView(pending.current, view)) {
        pending.current = view;
        saver.schedule(view);
      }
    },
    [saver],
  );
  return { initialView, remember };
}
