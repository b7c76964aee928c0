import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHeadersFile, startStaticServer, type StaticServer } from './static-server.ts';

describe('parseHeadersFile', () => {
  it('reads path patterns with their indented headers and skips comments', () => {
    const rules = parseHeadersFile('# security\n/*\n  X-A: 1\n  X-B: two: parts\n/people/:id.html\n  X-C: 3\n');
    assert.deepEqual(rules.map((r) => r.headers), [[['X-A', '1'], ['X-B', 'two: parts']], [['X-C', '3']]]);
    assert.ok(rules[0]!.pattern.test('/anything/here.html'));
    assert.ok(rules[1]!.pattern.test('/people/ana.html') && !rules[1]!.pattern.test('/people/a/b.html'));
  });
});

describe('startStaticServer', () => {
  let root: string;
  let dir: string;
  let server: StaticServer;
  before(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'dossier-static-'));
    dir = path.join(root, 'site');
    mkdirSync(path.join(dir, 'people'), { recursive: true });
    writeFileSync(path.join(dir, 'people', 'ana.html'), '<p>Ana</p>');
    writeFileSync(path.join(dir, '404.html'), '<h1>Not found</h1>');
    writeFileSync(path.join(dir, '_headers'), "/*\n  Content-Security-Policy: default-src 'self'\n/people/*\n  X-Test: people\n");
    writeFileSync(path.join(root, 'secret.txt'), 'secret');
    server = await startStaticServer(dir, { base: '/archive/' });
  });
  after(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 under the base path and serves files with their type', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/archive\/$/);
    const res = await fetch(new URL('people/ana.html', server.url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await res.text(), '<p>Ana</p>');
  });

  it('answers misses and paths outside the base or the folder with 404.html and status 404', async () => {
    const origin = new URL(server.url).origin;
    for (const url of [`${server.url}people/bo.html`, `${origin}/people/ana.html`, `${server.url}..%2Fsecret.txt`]) {
      const res = await fetch(url);
      assert.equal(res.status, 404, url);
      assert.equal(await res.text(), '<h1>Not found</h1>');
    }
  });

  it("sends the headers the site's _headers file gives for the path", async () => {
    const people = await fetch(new URL('people/ana.html', server.url));
    assert.equal(people.headers.get('content-security-policy'), "default-src 'self'");
    assert.equal(people.headers.get('x-test'), 'people');
    assert.equal((await fetch(new URL('404.html', server.url))).headers.get('x-test'), null);
  });

  it('closes when asked', async () => {
    const other = await startStaticServer(dir);
    await other.close();
    await assert.rejects(fetch(other.url));
  });
});
