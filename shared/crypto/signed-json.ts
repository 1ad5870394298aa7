import { canonicalJsonWithout, utf8 } from './canonical-json.ts';

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // A plain loop: a sheet is hundreds of kilobytes at the scale of a large call.
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * For a signed file (a score sheet, a result) as read: its canonical bytes (what its digest is over)
 * and its signing input (the JCS without `signature`), written in one pass; or null when the file's
 * bytes are not exactly that canonical form, one trailing newline allowed. Comparing bytes catches
 * any re-formatting, re-ordering or re-spelling of a number after signing.
 */
export function canonicalSignedFile(raw: object, bytes: Uint8Array): { readonly canonical: Uint8Array; readonly signingInput: Uint8Array } | null {
  const body = bytes.at(-1) === 0x0a ? bytes.subarray(0, -1) : bytes;
  let texts: { full: string; without: string };
  try {
    texts = canonicalJsonWithout(raw, 'signature');
  } catch {
    // Only text with a lone surrogate gets here: JSON allows it, canonical JSON does not.
    return null;
  }
  const canonical = utf8(texts.full);
  return sameBytes(body, canonical) ? { canonical, signingInput: utf8(texts.without) } : null;
}
