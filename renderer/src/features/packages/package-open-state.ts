import type { PackagePreview } from '../../../../shared/domain/trust-views.ts';

/** Where opening a review package stands: sending the file, the services checking it, refused (why), or checked (what it holds). */
export type PackageOpenStep =
  | { readonly kind: 'upload'; readonly percent: number }
  | { readonly kind: 'checking' }
  | { readonly kind: 'refused'; readonly error: unknown }
  | { readonly kind: 'preview'; readonly preview: PackagePreview };

/** The expert's 打开评审包 dialog: the step, the roster entry chosen, and the consent to replace the demo. */
export interface PackageOpenState {
  /** Null: the dialog is closed. */
  readonly step: PackageOpenStep | null;
  readonly expertId: string | null;
  readonly replaceDemo: boolean;
  /** Importing the checked package. */
  readonly busy: boolean;
}

/** The dialog closed. */
export const initialPackageOpenState: PackageOpenState = { step: null, expertId: null, replaceDemo: false, busy: false };

/** A file was chosen: sending starts, and no earlier consent to replace the demo carries over. */
export function applyUploadStarted(): PackageOpenState {
  return { ...initialPackageOpenState, step: { kind: 'upload', percent: 0 } };
}

/** Part of the file was sent (an empty file counts as all sent). */
export function applyUploadProgress(state: PackageOpenState, sent: number, total: number): PackageOpenState {
  return { ...state, step: { kind: 'upload', percent: total === 0 ? 100 : Math.floor((sent / total) * 100) } };
}

/** The file is sent; the services check the signature and every file. */
export function applyChecking(state: PackageOpenState): PackageOpenState {
  return { ...state, step: { kind: 'checking' } };
}

/** The package passed every check: shown, with the roster entry the expert most likely is already chosen. */
export function applyPreview(state: PackageOpenState, preview: PackagePreview): PackageOpenState {
  return { ...state, step: { kind: 'preview', preview }, expertId: likelyExpert(preview) };
}

/** The services refused the package (or its import): nothing was kept. */
export function applyRefused(state: PackageOpenState, error: unknown): PackageOpenState {
  return { ...state, step: { kind: 'refused', error }, busy: false };
}

/** The expert picked their name on the roster. */
export function applyExpertChosen(state: PackageOpenState, expertId: string): PackageOpenState {
  return { ...state, expertId };
}

/** The expert agreed (or no longer agrees) that the package replaces the built-in demo. */
export function applyReplaceDemo(state: PackageOpenState, replaceDemo: boolean): PackageOpenState {
  return { ...state, replaceDemo };
}

/** Importing started or ended. */
export function applyImporting(state: PackageOpenState, busy: boolean): PackageOpenState {
  return { ...state, busy };
}

/** Who opens the package: the expert it was made for, else this computer's roster entry, else the only one, else nobody yet. */
export function likelyExpert(preview: PackagePreview): string | null {
  if (preview.presetExpertId) return preview.presetExpertId;
  const here = preview.experts.find((e) => e.isThisComputer);
  if (here) return here.id;
  return preview.experts.length === 1 ? (preview.experts[0]?.id ?? null) : null;
}

/** Whether the checked package can be imported: a name is chosen and, where it replaces the demo, the expert agreed. */
export function canImport(state: PackageOpenState): boolean {
  const preview = state.step?.kind === 'preview' ? state.step.preview : null;
  return preview !== null && state.expertId !== null && (!preview.replacesDemo || state.replaceDemo);
}
