import { describe, expect, it } from 'vitest';
import type { ReviewDetail } from '../../../../shared/domain/review.ts';
import { applyFailed, applyHome, applyReviewOpened, applyReviewsListed, applyScreen, applySettings, applyStarted, identityBackTarget, initialAppState } from '../../../../renderer/src/features/app/app-state.ts';
import { defaultPaneSizes } from '../../../../renderer/src/features/scoring/pane-sizes.ts';

const review: ReviewDetail = {
  id: 'r1', title: '评审', programTitle: '计划', documentNumber: '文号', isDemo: true,
  archivedAt: null, fieldCount: 1, submissionCount: 0,
  createdAt: '2026-01-01', stage: 'expert-review', deadline: '2026-05-25', organisation: '', fields: [{ id: 'ai', name: '人工智能', leadInstitutions: [], quota: 1 }], submissions: [],
};

describe('renderer app state', () => {
  it('starts loading on the home screen in Chinese', () => {
    expect(initialAppState).toMatchObject({ phase: 'loading', screen: { kind: 'home' }, settings: { locale: 'zh-CN', role: null } });
  });

  it('becomes ready with what start-up loaded', () => {
    const info = { name: '评审台', version: '0.1.0', transport: 'http' as const, versions: {} };
    const state = applyStarted(applyFailed(initialAppState, 'x'), { settings: { locale: 'en', role: 'expert' }, reviews: [review], info });
    expect(state).toMatchObject({ phase: 'ready', error: null, settings: { locale: 'en', role: 'expert' }, info });
    expect(state.reviews).toHaveLength(1);
    expect(state.screen).toEqual({ kind: 'home' });
  });

  it('starts on the screen the URL named (a reload keeps the place)', () => {
    const info = { name: '评审台', version: '0.1.0', transport: 'http' as const, versions: {} };
    const state = applyStarted(initialAppState, { settings: { locale: 'zh-CN', role: 'expert' }, reviews: [review], info }, { kind: 'consistency', reviewId: 'r1' });
    expect(state.screen).toEqual({ kind: 'consistency', reviewId: 'r1' });
  });

  it('opens a review and returns home, dropping it', () => {
    const opened = applyReviewOpened(initialAppState, review);
    expect(opened.screen).toEqual({ kind: 'review', reviewId: 'r1' });
    expect(opened.currentReview?.id).toBe('r1');
    const home = applyHome(opened);
    expect(home.screen).toEqual({ kind: 'home' });
    expect(home.currentReview).toBeNull();
  });

  it('keeps the screen when settings change, and never mutates the old state', () => {
    const opened = applyReviewOpened(initialAppState, review);
    const frozen = Object.freeze({ ...opened });
    const next = applySettings(frozen, { locale: 'en', role: 'coordinator' });
    expect(next.screen).toEqual(opened.screen);
    expect(frozen.settings.locale).toBe('zh-CN');
  });

  it('sends the identity screen back where it was opened from, through its key-card page, home at least', () => {
    expect(identityBackTarget(applyScreen(initialAppState, { kind: 'identity' }))).toEqual({ kind: 'home' });
    const workspace = applyScreen(initialAppState, { kind: 'workspace', reviewId: 'r1' });
    const identity = applyScreen(workspace, { kind: 'identity' });
    expect(identityBackTarget(identity)).toEqual({ kind: 'workspace', reviewId: 'r1' });
    // To the printable key card and back keeps the way out.
    const again = applyScreen(applyScreen(identity, { kind: 'key-card-print' }), { kind: 'identity' });
    expect(identityBackTarget(again)).toEqual({ kind: 'workspace', reviewId: 'r1' });
    const fromReview = applyScreen(applyReviewOpened(initialAppState, review), { kind: 'identity' });
    expect(identityBackTarget(fromReview)).toEqual({ kind: 'review', reviewId: 'r1' });
  });

  it('leaves the reader at least 420 px at 1024 px, and keeps the wide panes from 1200 px', () => {
    const narrow = defaultPaneSizes(1024);
    expect(1024 - narrow.list - narrow.rubric).toBeGreaterThanOrEqual(420);
    expect(defaultPaneSizes(1366)).toEqual({ list: 260, rubric: 440 });
  });
});

describe('the review list after another screen', () => {
  it('takes the reviews as listed now, leaving the screen as it is', () => {
    const state = applyHome({ ...initialAppState, phase: 'ready' });
    const moved = { ...review, stage: 'material-review' as const };
    expect(applyReviewsListed(state, [moved])).toMatchObject({ screen: { kind: 'home' }, reviews: [moved] });
  });
});
