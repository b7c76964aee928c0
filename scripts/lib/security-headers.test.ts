import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, headersFile, inlineCode, parseHeadersFile } from './security-headers.ts';

describe('inlineCode', () => {
  it('collects inline scripts and styles but not JSON-LD or external scripts', () => {
    const html = '<style>a{}</style><script type="application/ld+json">{"a":1}</script><script src="x.js"></script><script type="module">run()</script>';
    assert.deepEqual(inlineCode(html), { scripts: ['run()'], styles: ['a{}'] });
  });
});

describe('contentSecurityPolicy', () => {
  it('allows inline code only by hash, and WebAssembly for Pagefind', () => {
    const csp = contentSecurityPolicy(['<style>a{}</style>', '<style>a{}</style><script>x()</script>']);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'(;|$)/);
    assert.equal(csp.match(/style-src[^;]*/)![0].split(' ').length, 3, 'one hash per distinct style');
    assert.ok(!csp.includes('unsafe-inline'));
    assert.match(csp, /object-src 'none'/);
  });
});

describe('parseHeadersFile', () => {
  it('reads back what headersFile writes', () => {
    const rules = parseHeadersFile(headersFile(['<style>b{}</style>']));
    assert.equal(rules.get('/*')!['X-Content-Type-Options'], 'nosniff');
    assert.match(rules.get('/*')!['Content-Security-Policy']!, /^default-src 'self'/);
  });
});
