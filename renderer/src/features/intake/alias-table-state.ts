// The alias table (简称 → 全称) as the coordinator edits it, pure: the store loads and saves it.

/** One row as typed: a short name and the full name it stands for. */
export interface AliasRow {
  readonly alias: string;
  readonly fullName: string;
}

/** The alias dialog's state. */
export interface AliasTableState {
  readonly shown: boolean;
  readonly phase: 'loading' | 'ready' | 'saving';
  readonly rows: readonly AliasRow[];
  /** A failed load or save, as thrown (shown through errorText); null when none. */
  readonly error: unknown;
  /** Why the rows as typed were not sent; null when none. */
  readonly problem: AliasProblem | null;
}

/** Closed. */
export const closedAliasTable: AliasTableState = { shown: false, phase: 'ready', rows: [], error: null, problem: null };

/** Opened: the table is being read. */
export function applyAliasesOpening(): AliasTableState {
  return { shown: true, phase: 'loading', rows: [], error: null, problem: null };
}

/** The table as stored. */
export function applyAliasesLoaded(state: AliasTableState, rows: readonly AliasRow[]): AliasTableState {
  return { ...state, phase: 'ready', rows, error: null, problem: null };
}

/** A load or save failed: the rows typed stay, to fix or try again. */
export function applyAliasesFailed(state: AliasTableState, error: unknown): AliasTableState {
  return { ...state, phase: 'ready', error };
}

/** The rows as typed cannot be saved: why, until the next change. */
export function applyAliasProblem(state: AliasTableState, problem: AliasProblem): AliasTableState {
  return { ...state, problem };
}

/** An empty row at the end, to type into. */
export function applyAliasAdded(state: AliasTableState): AliasTableState {
  return { ...state, rows: [...state.rows, { alias: '', fullName: '' }], error: null, problem: null };
}

/** One row changed. */
export function applyAliasChanged(state: AliasTableState, index: number, change: Partial<AliasRow>): AliasTableState {
  return { ...state, rows: state.rows.map((row, i) => (i === index ? { ...row, ...change } : row)), error: null, problem: null };
}

/** One row removed. */
export function applyAliasRemoved(state: AliasTableState, index: number): AliasTableState {
  return { ...state, rows: state.rows.filter((_, i) => i !== index), error: null, problem: null };
}

/** Why the table cannot be saved as typed, naming the row (1-based), for the screen to say in its language. */
export type AliasProblem =
  | { readonly kind: 'half' | 'long' | 'same'; readonly row: number }
  | { readonly kind: 'duplicate'; readonly row: number; readonly alias: string; readonly first: number };

/** Why the table cannot be saved as typed, or null: blank rows are dropped; a half-filled row, a long name, a name that is its own alias or one short name twice is refused. */
export function aliasProblem(rows: readonly AliasRow[]): AliasProblem | null {
  const seen = new Map<string, number>();
  for (const [i, raw] of rows.entries()) {
    const alias = raw.alias.trim();
    const fullName = raw.fullName.trim();
    const row = i + 1;
    if (alias === '' && fullName === '') continue;
    if (alias === '' || fullName === '') return { kind: 'half', row };
    if (alias.length > 200 || fullName.length > 200) return { kind: 'long', row };
    if (alias === fullName) return { kind: 'same', row };
    const first = seen.get(alias);
    if (first !== undefined) return { kind: 'duplicate', row, alias, first };
    seen.set(alias, row);
  }
  return null;
}

/** The rows to save: trimmed, blank rows dropped. */
export function aliasesToSave(rows: readonly AliasRow[]): AliasRow[] {
  return rows.map((r) => ({ alias: r.alias.trim(), fullName: r.fullName.trim() })).filter((r) => r.alias !== '' || r.fullName !== '');
}
