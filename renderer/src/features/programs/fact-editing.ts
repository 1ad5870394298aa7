import type { Program } from '../../../../shared/domain/program.ts';

/** What every part of the 方案信息 form needs: the draft, whether it may change, and the checked edit. */
export interface FactEditing {
  readonly program: Program;
  readonly readOnly: boolean;
  /** Proposes an edited program under a field key; an invalid one is refused, its reason shown at that key. */
  readonly edit: (next: Program, key: string) => void;
  /** Why the last edit of the field `key` was refused, or undefined. */
  readonly refusal: (key: string) => string | undefined;
}
