import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText } from './decode-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark and turns CRLF and CR into LF silently', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Title\r\n\r\nBody\rmore')]));
    assert.deepEqual(r, { ok: true, text: 'Title\n\nBody\nmore', warnings: [] });
  });

  it('decodes Windows-1252 text with a warning instead of producing mojibake', () => {
    const r = decodeText(new Uint8Array([0x5a, 0x6f, 0xeb, 0x20, 0x93, 0x68, 0x69, 0x94]));
    assert.equal(r.ok, true);
    if (r.ok) {
      assert.equal(r.text, 'Zoë “hi”');
      assert.equal(r.warnings.length, 1);
    }
  });

  it('keeps diacritics, Arabic, CJK and emoji, normalised to NFC', () => {
    const r = decodeText(bytes('Zoe\u0308 Ångström مرحبا 北京 😀'));
    assert.equal(r.ok && r.text, 'Zoë Ångström مرحبا 北京 😀');
  });

  it('rejects empty, whitespace-only, binary and oversized files with a reason', () => {
    assert.deepEqual(decodeText(new Uint8Array()), { ok: false, reason: 'empty file' });
    assert.deepEqual(decodeText(bytes(' \n\t\n')), { ok: false, reason: 'no text (only whitespace)' });
    assert.deepEqual(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), { ok: false, reason: 'binary data, not text' });
    const big = decodeText(new Uint8Array(2000).fill(0x61), 1000);
    assert.equal(big.ok, false);
    assert.match(big.ok ? '' : big.reason, /over the .* limit/);
  });
});

describe('decodeText on UTF-16', () => {
  const utf16 = (s: string, bigEndian: boolean) => {
    const out = new Uint8Array(2 + s.length * 2);
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out.set(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8], 2 + i * 2);
    }
    return out;
  };

  it('decodes a file with a UTF-16 byte-order mark, either byte order, with a warning', () => {
    for (const big of [false, true]) {
      const r = decodeText(utf16('Zoë Ångström\r\n\r\nBody', big));
      assert.equal(r.ok && r.text, 'Zoë Ångström\n\nBody');
      assert.match(r.ok ? r.warnings.join() : '', /^saved as UTF-16[LB]E: decoded as such/);
    }
  });

  it('keeps a text with one stray NUL byte, without it', () => {
    const bytes = new TextEncoder().encode('The council met on Monday.\u0000 It agreed the budget after a long debate about libraries.');
    assert.deepEqual(decodeText(bytes), { ok: true, text: 'The council met on Monday. It agreed the budget after a long debate about libraries.', warnings: [] });
  });

  it('still rejects NUL-laden bytes with no byte-order mark as binary', () => {
    assert.deepEqual(decodeText(new Uint8Array([0x41, 0, 0x42, 0])), { ok: false, reason: 'binary data, not text' });
  });
});

describe('decodeText on bidirectional controls', () => {
  it('drops embeddings and overrides, and keeps the marks right-to-left text needs', () => {
    assert.equal((r => r.ok && r.text)(decodeText(bytes('Spoof \u202Eeltit\u202C here'))), 'Spoof eltit here');
    assert.equal((r => r.ok && r.text)(decodeText(bytes('Price \u200F\u05E9\u05DC\u05D5\u05DD\u200E ok'))), 'Price \u200F\u05E9\u05DC\u05D5\u05DD\u200E ok');
  });
});

describe('decodeText on invisible characters', () => {
  it('drops soft hyphens, zero-width spaces and word joiners inside words, and keeps the joiners scripts need', () => {
    assert.equal((r => r.ok && r.text)(decodeText(bytes('Rob\u200Bert Smith of the Ministry\u00AD of De\u00ADfence\u2060.'))), 'Robert Smith of the Ministry of Defence.');
    assert.equal((r => r.ok && r.text)(decodeText(bytes('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 and \u{1F468}\u200D\u{1F469}'))), '\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 and \u{1F468}\u200D\u{1F469}');
    // Thai separates words with zero-width spaces.
    assert.equal((r => r.ok && r.text)(decodeText(bytes('\u0E01\u0E23\u0E38\u0E07\u200B\u0E40\u0E17\u0E1E'))), '\u0E01\u0E23\u0E38\u0E07\u200B\u0E40\u0E17\u0E1E');
  });
});
