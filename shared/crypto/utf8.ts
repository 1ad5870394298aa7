// TextEncoder/TextDecoder exist in every runtime the app targets (Node, Electron, browsers), but
// shared/ compiles against ES2024 alone, which does not declare them; this is the one typed door.
interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };
}

const codecs = globalThis as unknown as TextCodecs;
const encoder = new codecs.TextEncoder();
// fatal: a malformed byte sequence throws instead of turning into U+FFFD, so a damaged file is refused.
// ignoreBOM: a BOM stays in the text, so JSON.parse refuses it rather than it vanishing silently.
const decoder = new codecs.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes strict UTF-8; throws a TypeError on any malformed sequence. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
