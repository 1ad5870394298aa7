const offsetMs = 8 * 3600_000;

/** An instant written as ISO 8601 in China Standard Time (`2026-05-25T23:59:00+08:00`), whatever the laptop's zone. */
export function chinaTime(instant: Date): string {
  return `${new Date(instant.getTime() + offsetMs).toISOString().slice(0, 19)}+08:00`;
}
