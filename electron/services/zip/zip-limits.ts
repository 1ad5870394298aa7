/** The caps the safe readers enforce; every one can be lowered (tests) or raised by the caller. */
export interface ZipLimits {
  readonly maxEntries: number;
  /** Largest single entry, uncompressed. */
  readonly maxEntryBytes: number;
  /** Largest sum of all entries, uncompressed. */
  readonly maxTotalBytes: number;
  /** Largest uncompressed ÷ compressed size of one entry … */
  readonly maxRatio: number;
  /** … counted only above this many uncompressed bytes: a small entry cannot be a bomb, and tiny text compresses very well. */
  readonly ratioFloorBytes: number;
}

/** Defaults: far above a real review package (a few hundred PDFs of tens of MB), far below what fills a disk. */
export const defaultZipLimits: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 500 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

/** Merges caller overrides onto the defaults. */
export function zipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  return { ...defaultZipLimits, ...overrides };
}

/** Megabytes with one decimal, for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
