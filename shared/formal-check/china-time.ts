// The call's deadline is Beijing time: a coordinator's laptop set to another zone must not move it.
// Every comparison is on instants; every date shown is written in China Standard Time (UTC+8, no DST).

const cstOffsetMs = 8 * 60 * 60 * 1000;

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

// Date.UTC rolls 2026-02-30 over into March: a date is real when it reads back as written.
function isRealDate(y: string, m: string, d: string): boolean {
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))).toISOString().slice(0, 10) === `${y}-${m}-${d}`;
}

/**
 * The last instant (epoch ms) on time for a deadline: a date alone means the end of that day in
 * China Standard Time; a date and time without an offset is CST; with an offset, as given. NaN when unreadable.
 */
export function deadlineInstant(deadline: string): number {
  const text = deadline.trim();
  const date = dateOnly.exec(text);
  if (date) {
    const [, y = '', m = '', d = ''] = date;
    if (!isRealDate(y, m, d)) return Number.NaN;
    return Date.UTC(Number(y), Number(m) - 1, Number(d)) - cstOffsetMs + 24 * 60 * 60 * 1000 - 1;
  }
  if (localDateTime.test(text)) return Date.parse(`${text}+08:00`);
  return instantOf(text);
}

/** An ISO 8601 time as epoch ms; one without an offset is read as CST (never as the laptop's zone). NaN when unreadable. */
export function instantOf(iso: string): number {
  const text = iso.trim();
  if (localDateTime.test(text)) return Date.parse(`${text}+08:00`);
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(text)) return Number.NaN;
  return Date.parse(text);
}

/** An instant written as Beijing time: `2026-05-25 23:59（北京时间）`. */
export function chinaTimeText(instant: number): string {
  const iso = new Date(instant + cstOffsetMs).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}（北京时间）`;
}

/** The Beijing date of an ISO time (`2026-05-25`): what a 结果表 prints, never the UTC date (08:00 earlier). '' when unreadable. */
export function chinaDate(iso: string): string {
  const instant = instantOf(iso);
  return Number.isNaN(instant) ? '' : new Date(instant + cstOffsetMs).toISOString().slice(0, 10);
}

const typedTime = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/u;

/**
 * A time typed from a mail (`2026-05-25 18:30`, Beijing time) as ISO with +08:00
 * (`2026-05-25T18:30:00+08:00`), or null when it is not a real date and time.
 */
export function beijingTimeIso(text: string): string | null {
  const match = typedTime.exec(text.trim());
  if (!match) return null;
  const [, y = '', m = '', d = '', h = '', mi = ''] = match;
  // 24:00 and 18:60 are not times.
  if (!isRealDate(y, m, d) || Number(h) > 23 || Number(mi) > 59) return null;
  return `${y}-${m}-${d}T${h.padStart(2, '0')}:${mi}:00+08:00`;
}
