import { create } from 'zustand';
import type { Settings } from '../../../../shared/domain/settings.ts';
import { call } from '../../api/client.ts';
import { applyFailed, applyHome, applyReviewOpened, applyReviewsListed, applyScreen, applySettings, applyStarted, identityBackTarget, initialAppState, type AppState, type Screen } from './app-state.ts';
import { startScreen } from './screen-route.ts';

/** The app-wide store: thin actions that call the API, then apply a pure transition. */
export interface AppStore extends AppState {
  /**
   * Loads everything, then shows the screen the hash names (a reload returns to where the user was).
   * `hash` as a function is read once loading is done, so a place entered meanwhile is not lost.
   */
  start(hash?: string | (() => string)): Promise<void>;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  openReview(reviewId: string): Promise<void>;
  goHome(): void;
  show(screen: Screen): void;
  /** Leaves the identity screen for the screen it was opened from. */
  leaveIdentity(): void;
}


/** The app-wide store. */
export const useAppStore = create<AppStore>()((set, get) => ({
  ...initialAppState,
  async start(hash = '') {
    try {
      const [settings, reviews, info] = await Promise.all([call('settings:get', {}), call('reviews:list', {}), call('app:info', {})]);
      const screen = startScreen(typeof hash === 'function' ? hash() : hash, reviews);
      // The review screen shows a loaded review: load it before showing it.
      if (screen.kind === 'review') {
        set((s) => applyStarted(s, { settings, reviews, info }));
        await get().openReview(screen.reviewId);
        return;
      }
      set((s) => applyStarted(s, { settings, reviews, info }, screen));
    } catch (error) {
      set((s) => applyFailed(s, error));
    }
  },
  async updateSettings(patch) {
    try {
      const settings = await call('settings:update', patch);
      set((s) => applySettings(s, settings));
    } catch (error) {
      set((s) => applyFailed(s, error));
    }
  },
  async openReview(reviewId) {
    try {
      const review = await call('reviews:get', { reviewId });
      set((s) => applyReviewOpened(s, review));
    } catch (error) {
      set((s) => applyFailed(s, error));
    }
  },
  goHome() {
    set((s) => applyHome(s));
    // The list shows each review's stage, which the formal check may have moved meanwhile; a failure keeps the list shown.
    void call('reviews:list', {}).then((reviews) => set((s) => applyReviewsListed(s, reviews)), () => undefined);
  },
  show(screen) {
    set((s) => applyScreen(s, screen));
  },
  leaveIdentity() {
    const target = identityBackTarget(get());
    // A review's overview needs its detail, which leaving it dropped: load it again.
    if (target.kind === 'review') void get().openReview(target.reviewId);
    else get().show(target);
  },
}));
