import { canonicalJsonWithout, decodeUtf8, utf8, type CanonicalWithout } from './canonical-json.ts';

/**
 * For a signed file (a score sheet, a result) as read: its canonical bytes (what its digest is over)
 * and its signing input (the JCS without `signature`); or null when the file's bytes are not exactly
 * that canonical form, one trailing newline allowed. Comparing the text catches any re-formatting,
 * re-ordering or re-spelling of a number after signing; `text` is the file's strict UTF-8 decoding
 * (BOM kept), one to one with its bytes, so equal text means equal bytes.
 */
export function canonicalSignedFile(raw: object, bytes: Uint8Array, text: string = decodeUtf8(bytes)): { readonly canonical: Uint8Array; readonly signingInput: Uint8Array } | null {
  const newline = bytes.at(-1) === 0x0a;
  const body = newline ? bytes.subarray(0, -1) : bytes;
  let texts: CanonicalWithout;
  try {
    texts = canonicalJsonWithout(raw, 'signature');
  } catch {
    // Only text with a lone surrogate gets here: JSON allows it, canonical JSON does not.
    return null;
  }
  if ((newline ? text.slice(0, -1) : text) !== texts.full) return null;
  // The signing input is the file with the signature's part cut out: cut those bytes rather than
  // encode the whole file again (the part and what precedes it are small; the scores follow).
  const start = utf8(texts.cut.before).length;
  const end = start + utf8(texts.cut.removed).length;
  const signingInput = new Uint8Array(body.length - (end - start));
  signingInput.set(body.subarray(0, start));
  signingInput.set(body.subarray(end), start);
  return { canonical: body, signingInput };
}
