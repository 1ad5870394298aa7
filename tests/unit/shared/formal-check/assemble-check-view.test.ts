import { describe, expect, it } from 'vitest';
import { assembleCheckView, type CheckViewInput } from '../../../../shared/formal-check/assemble-check-view.ts';
import type { CheckOutcome } from '../../../../shared/domain/formal-check-view.ts';

// One application, one rule whose automatic result a re-run may change; the override the coordinator
// made when the check said 'warn' (no red seal found: checked on paper, set to pass).
function viewWith(result: CheckOutcome) {
  const input: CheckViewInput = {
    reviewId: 'r1',
    stage: 'formal-check',
    ranAt: '2026-06-01T10:00:00.000Z',
    rules: ['stamp.unverified'],
    applications: [{ id: 's1', applicant: '临湾科技职业学院', fieldId: 'ai' }],
    results: [{ submissionId: 's1', rule: 'stamp.unverified', result, reason: `本次审查：${result}`, evidence: [] }],
    overrides: [{ submissionId: 's1', rule: 'stamp.unverified', result: 'pass', overridden: 'warn', reason: '纸质原件已核对，公章清晰', at: '2026-06-01T11:00:00.000Z' }],
    conclusions: [],
  };
  const application = assembleCheckView(input).applications[0];
  return { application, rule: application?.results[0] };
}

describe('assembleCheckView: an override answers the result it replaced', () => {
  it('counts while a re-run still says what the coordinator overrode', () => {
    const { application, rule } = viewWith('warn');
    expect(rule).toMatchObject({ result: 'warn', effective: 'pass', override: { result: 'pass', overridden: 'warn' }, lapsedOverride: null });
    expect(application?.verdict).toBe('pass');
  });

  it('lapses when a re-run says something else: the new result counts, the old override is kept beside it for the coordinator to decide again', () => {
    const { application, rule } = viewWith('fail');
    expect(rule).toMatchObject({ result: 'fail', effective: 'fail', override: null, lapsedOverride: { result: 'pass', overridden: 'warn', reason: '纸质原件已核对，公章清晰' } });
    expect(application).toMatchObject({ verdict: 'fail', inPackages: false });
  });

  it('lapses too when the re-run passes on its own: nothing is left to override', () => {
    const { application, rule } = viewWith('pass');
    expect(rule).toMatchObject({ effective: 'pass', override: null, lapsedOverride: { overridden: 'warn' } });
    expect(application?.verdict).toBe('pass');
  });
});
