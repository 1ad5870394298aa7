import type { Screen } from './app-state.ts';
import { useAppStore } from './app-store.ts';
import { hashToScreen, sameScreen, screenToHash } from './screen-route.ts';
import { useWorkspace } from '../scoring/workspace-store.ts';

/** The place shown now: the app's screen, with the workspace's application once it is open. */
function shownScreen(): Screen {
  const { screen } = useAppStore.getState();
  if (screen.kind !== 'workspace') return screen;
  const { review, submissionId } = useWorkspace.getState();
  return review?.id === screen.reviewId && submissionId ? { ...screen, submissionId } : screen;
}

/**
 * Keeps the URL's hash naming the place shown, so a reload (F5) returns to it; and follows a hash
 * changed by hand. The hash is replaced, not pushed: the app has its own back buttons, and a
 * history entry per application read would make the browser's back key step through them.
 * Returns the function that stops it.
 */
export function startRouteSync(): () => void {
  const write = () => {
    // Before start-up has read the hash, writing would overwrite the place to return to.
    if (useAppStore.getState().phase !== 'ready') return;
    const hash = screenToHash(shownScreen());
    if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
  };
  const follow = () => {
    // During start-up the start reads the hash once it has loaded: showing a screen now would be overwritten.
    if (useAppStore.getState().phase !== 'ready') return;
    const wanted = hashToScreen(window.location.hash);
    if (!wanted || sameScreen(wanted, shownScreen())) return;
    if (wanted.kind === 'review') void useAppStore.getState().openReview(wanted.reviewId);
    else if (wanted.kind === 'workspace' && useAppStore.getState().screen.kind === 'workspace' && wanted.submissionId && useWorkspace.getState().review?.id === wanted.reviewId) {
      void useWorkspace.getState().selectSubmission(wanted.submissionId);
    } else useAppStore.getState().show(wanted);
  };
  const stopApp = useAppStore.subscribe(write);
  const stopWorkspace = useWorkspace.subscribe(write);
  window.addEventListener('hashchange', follow);
  return () => {
    stopApp();
    stopWorkspace();
    window.removeEventListener('hashchange', follow);
  };
}
