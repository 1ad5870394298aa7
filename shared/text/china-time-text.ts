const offsetMs = 8 * 3600_000;

/** An ISO instant as people in the committee read it: `2026-06-02 18:30:05`, China Standard Time whatever the laptop's zone; the text itself when it is no instant. */
export function chinaTimeText(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 19).replace('T', ' ');
}
