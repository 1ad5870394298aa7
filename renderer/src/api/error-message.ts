/** The message of a failed call (the services' own, already in Chinese), for a store to show. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
