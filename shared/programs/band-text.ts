import type { LevelBand } from '../domain/rubric.ts';
import { toHalfWidth } from './sheet-text.ts';

/** The bands read from a 评分档次 cell, or why the text could not be read. */
export type BandsTextResult = { ok: true; bands: LevelBand[] } | { ok: false; message: string };

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const RANGE = String.raw`(?:-|–|—{1,2}|~|至|到)`;
// A band head: label, optional colon or bracket, then a number or a range, each optionally with 分.
const HEAD = new RegExp(
  String.raw`([^\s\d;,:()\[\]~\-–—.、]{1,20})\s*:?\s*\(?\s*${NUM}(?:\s*分)?(?:\s*${RANGE}\s*${NUM}(?:\s*分)?)?(?:\s*\))?`,
  'uy',
);
const SEPARATOR = /[;,、\n\s]/u;
const BOUNDARY = /[;,、\n\s:]/u;

interface Head {
  readonly start: number;
  readonly end: number;
  readonly band: LevelBand;
}

function headAt(text: string, at: number): Head | null {
  HEAD.lastIndex = at;
  const match = HEAD.exec(text);
  if (!match) return null;
  const end = at + match[0].length;
  if (end < text.length && !BOUNDARY.test(text[end] ?? '')) return null;
  const min = Number(match[2]);
  const max = match[3] === undefined ? min : Number(match[3]);
  return { start: at, end, band: { label: match[1] ?? '', min, max, description: '' } };
}

/**
 * Reads bands written as committees write them: `优 9-10；良 7.5-8.5；中 6-7；差 0-5.5`, with
 * ；;，, 、 or line breaks between bands, - – — ~ 至 between bounds, full-width digits, optional 分,
 * and an optional description after a colon (`优 9-10：论证充分`).
 */
export function parseBandsText(text: string): BandsTextResult {
  // Half-width folding keeps every character in place, so descriptions are cut from the original.
  const folded = toHalfWidth(text);
  const heads: Head[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (i > 0 && !SEPARATOR.test(folded[i - 1] ?? '')) continue;
    if (/\s/u.test(folded[i] ?? '')) continue;
    const head = headAt(folded, i);
    if (!head) continue;
    heads.push(head);
    i = head.end - 1;
  }
  const first = folded.search(/\S/u);
  if (first === -1) return { ok: true, bands: [] };
  if (heads[0]?.start !== first) {
    return { ok: false, message: `无法识别评分档次「${text.trim()}」（应写作「优 9-10；良 7.5-8.5；中 6-7；差 0-5.5」）` };
  }
  const bands = heads.map((head, i) => {
    const until = heads[i + 1]?.start ?? text.length;
    const description = text
      .slice(head.end, until)
      .replace(/^[\s:：]+/u, '')
      .replace(/[\s;；,，、]+$/u, '');
    return { ...head.band, description };
  });
  const reversed = bands.find((band) => band.min > band.max);
  if (reversed) return { ok: false, message: `评分档次「${reversed.label}」的下限 ${reversed.min} 大于上限 ${reversed.max}` };
  return { ok: true, bands };
}

/** Writes bands the way parseBandsText reads them, without descriptions: `优 9-10；良 7.5-8.5`. */
export function formatBandsText(bands: readonly LevelBand[]): string {
  return bands.map((band) => (band.min === band.max ? `${band.label} ${band.min}` : `${band.label} ${band.min}-${band.max}`)).join('；');
}

/** Writes the bands' descriptions, one `label：description` line per band that has one (档次说明). */
export function formatBandNotes(bands: readonly LevelBand[]): string {
  return bands
    .filter((band) => band.description !== '')
    .map((band) => `${band.label}：${band.description}`)
    .join('\n');
}

/**
 * Applies a 档次说明 cell to bands: a line starting with a band's label and a colon starts that
 * band's description; other lines continue the previous one (descriptions may span lines).
 */
export function applyBandNotes(bands: readonly LevelBand[], notes: string): { ok: true; bands: LevelBand[] } | { ok: false; message: string } {
  const descriptions = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of notes.split('\n')) {
    const label = bands.find((band) => line.startsWith(`${band.label}：`) || line.startsWith(`${band.label}:`))?.label;
    if (label !== undefined) {
      current = [line.slice(label.length + 1)];
      descriptions.set(label, current);
    } else if (current) {
      current.push(line);
    } else if (line.trim() !== '') {
      return { ok: false, message: `档次说明应以档次名开头，如「${bands[0]?.label ?? '优'}：……」，而不是「${line.trim()}」` };
    }
  }
  return { ok: true, bands: bands.map((band) => ({ ...band, description: descriptions.get(band.label)?.join('\n') ?? band.description })) };
}
