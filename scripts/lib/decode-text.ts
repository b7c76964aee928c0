/**
 * Turns the bytes of a seed file into normalised text, or a reason to reject it.
 * Pure: bytes in, result out.
 */

/** Largest article accepted, in bytes (real news articles are far below 100 KB). Larger files are rejected, never truncated. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type DecodeResult =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
const cp1252 = new TextDecoder('windows-1252');
const BIDI_OVERRIDE = /[\u202A-\u202E]/;
const BIDI_OVERRIDES = new RegExp(BIDI_OVERRIDE.source, 'g');
// Soft hyphen, zero-width space, word joiner and a byte-order mark inside the text: invisible, but they
// split "Rob\u200Bert" into two words for the extractor and for search. (Joiners U+200C/U+200D stay:
// Persian, Indic scripts and emoji need them.)
// (A zero-width space is the word separator of Thai, Lao, Khmer and Burmese: only one between two
// letters of alphabets that write spaces goes.)
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/;
const INVISIBLES = /[\u00AD\u2060\uFEFF]|(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\u200B(?=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])/gu;

/**
 * Decode and normalise an article file.
 * - UTF-8 (with or without BOM) is the expected encoding; a BOM and CRLF/CR line ends are handled silently.
 * - Bytes that are not valid UTF-8 but read as Windows-1252 text are decoded as such, with a warning,
 *   so that accented names never turn into mojibake.
 * - Binary data (more than a stray NUL byte or two, or many control characters) and empty or whitespace-only files are rejected.
 * @returns the text in Unicode NFC with `\n` line ends, or the reason it was rejected.
 */
export function decodeText(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${formatMiB(bytes.length)}, over the ${formatMiB(maxBytes)} limit` };
  }
  // Windows editors save "Unicode" text as UTF-16 with a byte-order mark: readable, once decoded as such.
  const utf16 = utf16Of(bytes);
  if (utf16 === null && looksBinary(bytes)) return { ok: false, reason: 'binary data, not text' };

  const warnings: string[] = [];
  let text: string;
  if (utf16 !== null) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: `not valid ${utf16.toUpperCase()} text (it starts with a UTF-16 byte-order mark); save it as UTF-8` };
    }
    warnings.push(`saved as ${utf16.toUpperCase()}: decoded as such; UTF-8 is the expected encoding`);
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      text = cp1252.decode(bytes);
      warnings.push('not valid UTF-8: decoded as Windows-1252 (Latin-1); check accented characters');
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  // Each rewrite copies the text: tested first, since most files need none (ingest reads every seed on every run).
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  text = text.normalize('NFC');
  // Strip C0 controls other than tab/newline: they are invisible in a page and break HTML validity.
  if (CONTROL.test(text)) text = text.replace(CONTROLS, '');
  // Bidirectional embeddings and overrides (U+202A-U+202E) reverse text on screen ("elbat" shown for
  // "table"): a spoofing device, never needed in prose, where marks and isolates do the job.
  if (BIDI_OVERRIDE.test(text)) text = text.replace(BIDI_OVERRIDES, '');
  if (INVISIBLE.test(text)) text = text.replace(INVISIBLES, '');
  if (text.trim() === '') return { ok: false, reason: 'no text (only whitespace)' };
  return { ok: true, text, warnings };
}

/** The UTF-16 encoding a byte-order mark announces, or null. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
}

/**
 * More than a stray NUL byte or two, or more than 10% control bytes, in the first 8 KiB mean
 * binary (UTF-16 without a byte-order mark too). A stray NUL in a text is stripped like any control.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nul++;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return nul > 2 || control > sample.length * 0.1;
}

function formatMiB(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
