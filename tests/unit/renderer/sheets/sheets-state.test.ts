import { describe, expect, it } from 'vitest';
import type { SheetStatus, SheetVersion } from '../../../../shared/domain/trust-views.ts';
import {
  applyPrintFailed, applyPrintLoading, applySheetBusy, applySheetStatus, applySheetStatusFailed, applySheetStatusLoading, initialSheetsState, newestVersion,
  printFileName,
} from '../../../../renderer/src/features/sheets/sheets-state.ts';

function version(n: number): SheetVersion {
  return { version: n, digest: `d${n}`, supersedes: n > 1 ? `d${n - 1}` : null, signedAt: '2026-05-20T10:00:00Z', amendedAt: null, fileName: `王明-v${n}.pingshen-sheet.json` };
}
const unsigned: SheetStatus = {
  signer: { id: 'e1', name: '王明', organisation: '' }, signerProblem: null, packageDigest: 'p', demoDigest: false, keyMismatch: false, locked: false, versions: [],
};

describe('score sheet state', () => {
  it('shows where the sheet stands after a load, a signature or an amendment', () => {
    const loading = applySheetStatusLoading(initialSheetsState, 'r1');
    const signed = { ...unsigned, locked: true, versions: [version(1)] };
    expect(applySheetStatus(loading, 'r1', unsigned).status.value).toEqual(unsigned);
    expect(applySheetStatus(applySheetStatus(loading, 'r1', unsigned), 'r1', signed).status.value).toEqual(signed);
    expect(applySheetStatus(applySheetStatusLoading(loading, 'r2'), 'r1', signed).status.value).toBeNull();
    const error = new Error('x');
    expect(applySheetStatusFailed(loading, 'r1', error).status).toMatchObject({ phase: 'failed', error });
  });

  it('is busy while signing and no longer when another review opens', () => {
    const busy = applySheetBusy(applySheetStatusLoading(initialSheetsState, 'r1'), true);
    expect(busy.busy).toBe(true);
    expect(applySheetStatusLoading(busy, 'r2').busy).toBe(false);
  });

  it('keeps the version to print apart from another version of the same review', () => {
    const v1 = applyPrintLoading(initialSheetsState, 'r1', 1);
    expect(applyPrintFailed(applyPrintLoading(v1, 'r1', 2), 'r1', 1, new Error('x')).print.phase).toBe('loading');
    expect(applyPrintFailed(v1, 'r1', 1, new Error('x')).print.phase).toBe('failed');
  });

  it('names the newest version and the PDF a printed sheet is saved as', () => {
    expect(newestVersion(unsigned)).toBeNull();
    expect(newestVersion({ ...unsigned, versions: [version(1), version(2)] })?.version).toBe(2);
    expect(printFileName(null)).toBe('score-sheet.pdf');
    expect(printFileName({ fileName: '王明-v2.pingshen-sheet.json' } as never)).toBe('王明-v2.pdf');
  });
});
