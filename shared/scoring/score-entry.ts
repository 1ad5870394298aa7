/** What one expert entered for one application against a rubric; null = not yet entered. */
export interface ScoreEntry {
  /** Points per criterion id. */
  readonly scores: Readonly<Record<string, number | null>>;
  /** Comment per criterion id. */
  readonly comments: Readonly<Record<string, string>>;
  /** 达标/不达标 per check id. */
  readonly checks: Readonly<Record<string, 'met' | 'not-met' | null>>;
  /** Veto marks per veto id: true = this 一票否决 item applies. */
  readonly vetoes: Readonly<Record<string, boolean>>;
}

/** An entry with nothing entered yet. */
export const emptyScoreEntry: ScoreEntry = { scores: {}, comments: {}, checks: {}, vetoes: {} };
