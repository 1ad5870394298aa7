import { describe, expect, it } from 'vitest';
import type { PackagePreview } from '../../../../shared/domain/trust-views.ts';
import {
  applyChecking, applyExpertChosen, applyImporting, applyPreview, applyRefused, applyReplaceDemo, applyUploadProgress, applyUploadStarted, canImport,
  initialPackageOpenState, likelyExpert,
} from '../../../../renderer/src/features/packages/package-open-state.ts';

const expert = (id: string, isThisComputer = false) => ({ id, name: id, organisation: '', fingerprint: null, isThisComputer });
const preview: PackagePreview = {
  uploadId: 'u1', digest: 'd', review: { id: 'r1', title: '评审' }, coordinator: { name: '秘书处', fingerprint: 'f' },
  experts: [expert('e1'), expert('e2')], presetExpertId: null, submissions: 3, documents: 9, alreadyImported: false, keptApart: false, replacesDemo: false, demoWork: null,
};

describe('open package state', () => {
  it('goes upload → checking → preview, with the upload in whole percent (an empty file is all sent)', () => {
    const uploading = applyUploadProgress(applyUploadStarted(), 512, 1024);
    expect(uploading.step).toEqual({ kind: 'upload', percent: 50 });
    expect(applyUploadProgress(uploading, 0, 0).step).toEqual({ kind: 'upload', percent: 100 });
    expect(applyChecking(uploading).step).toEqual({ kind: 'checking' });
    expect(applyPreview(applyChecking(uploading), preview).step).toEqual({ kind: 'preview', preview });
  });

  it('keeps a refusal as thrown, and a new file forgets an earlier consent to replace the demo', () => {
    const error = new Error('签名无效');
    expect(applyRefused(applyImporting(applyChecking(applyUploadStarted()), true), error)).toMatchObject({ step: { kind: 'refused', error }, busy: false });
    expect(applyUploadStarted()).toEqual({ ...initialPackageOpenState, step: { kind: 'upload', percent: 0 } });
    expect(applyUploadStarted().replaceDemo).toBe(false);
  });

  it('chooses the expert the package was made for, else this computer’s entry, else the only one', () => {
    expect(likelyExpert({ ...preview, presetExpertId: 'e2' })).toBe('e2');
    expect(likelyExpert({ ...preview, experts: [expert('e1'), expert('e2', true)] })).toBe('e2');
    expect(likelyExpert({ ...preview, experts: [expert('e1')] })).toBe('e1');
    expect(likelyExpert(preview)).toBeNull();
  });

  it('imports only with a name chosen and, where the demo is replaced, the expert’s consent', () => {
    const shown = applyPreview(applyUploadStarted(), preview);
    expect(canImport(shown)).toBe(false);
    expect(canImport(applyExpertChosen(shown, 'e1'))).toBe(true);
    const replacing = applyExpertChosen(applyPreview(applyUploadStarted(), { ...preview, replacesDemo: true }), 'e1');
    expect(canImport(replacing)).toBe(false);
    expect(canImport(applyReplaceDemo(replacing, true))).toBe(true);
    expect(canImport(applyExpertChosen(applyChecking(applyUploadStarted()), 'e1'))).toBe(false);
  });
});
