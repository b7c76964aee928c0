import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { articleFileName, entityPool, generateArticle, hardWrap, writeCorpus } from './generate-corpus.ts';
import { editArticle } from './edit-article.ts';
import { writeArticleBody } from './generate-paragraphs.ts';
import { rng } from './random.ts';

const temp = mkdtempSync(path.join(tmpdir(), 'corpus-'));
after(() => rmSync(temp, { recursive: true, force: true }));

describe('entityPool', () => {
  it('holds about n/2 distinct names, mostly people', () => {
    const pool = entityPool(1000);
    const names = [...pool.people, ...pool.organisations].map((e) => e.name);
    assert.equal(names.length, 500);
    assert.equal(new Set(names).size, 500);
    assert.ok(pool.people.length > pool.organisations.length);
  });
});

describe('generateArticle', () => {
  const pool = entityPool(400);

  it('gives the same bytes for the same index and seed, and other bytes for another index or seed', () => {
    assert.equal(generateArticle(7, pool), generateArticle(7, pool));
    assert.notEqual(generateArticle(7, pool), generateArticle(8, pool));
    assert.notEqual(generateArticle(7, pool, 1), generateArticle(7, pool, 2));
  });

  it('varies the layout: hard-wrapped, CRLF and boilerplate articles all occur', () => {
    const texts = Array.from({ length: 200 }, (_, i) => generateArticle(i, pool));
    assert.ok(texts.some((t) => /^.{60,80} \n/m.test(t)), 'hard-wrapped');
    assert.ok(texts.some((t) => t.includes('\r\n')), 'CRLF');
    assert.ok(texts.some((t) => /Share this article|Sign up to our daily newsletter|Most read/.test(t)), 'boilerplate');
    assert.ok(texts.some((t) => t.includes('\u201c')) && texts.some((t) => /"[A-Z]/.test(t)), 'curly and straight quotes');
  });
});

describe('writeArticleBody', () => {
  it('writes 8 to 15 paragraphs holding 10 to 30 mentions', () => {
    const pool = entityPool(400);
    for (let i = 0; i < 100; i++) {
      const cast = { people: pool.people.slice(i % 50, (i % 50) + 4), organisations: pool.organisations.slice(i % 50, (i % 50) + 2) };
      const body = writeArticleBody(rng(i), cast, { topic: 'housing', place: 'Ashford', year: 2015, month: 3 });
      assert.ok(body.paragraphs.length >= 8 && body.paragraphs.length <= 15);
      assert.ok(body.mentions >= 10 && body.mentions <= 30);
    }
  });
});

describe('hardWrap', () => {
  it('keeps every line within the width, with the trailing space scrapers leave', () => {
    const lines = hardWrap('one two three four five six seven eight nine ten', 14).split('\n');
    assert.ok(lines.every((l) => l.length <= 14));
    assert.ok(lines.slice(0, -1).every((l) => l.endsWith(' ')));
  });
});

describe('writeCorpus', () => {
  it('writes n files named by index, byte-identical on a second run', () => {
    const a = path.join(temp, 'a');
    const b = path.join(temp, 'b');
    writeCorpus(a, 30);
    writeCorpus(b, 30);
    const names = readdirSync(a).sort();
    assert.equal(names.length, 30);
    assert.equal(names[0], articleFileName(0));
    for (const name of names) assert.equal(readFileSync(path.join(a, name), 'utf8'), readFileSync(path.join(b, name), 'utf8'));
  });
});

describe('editArticle', () => {
  it('adds a sentence to the longest block only, keeping CRLF line ends', () => {
    const text = 'Headline\r\n\r\nBy Ann Lee\r\n\r\nA long body paragraph with many words in it.\r\n\r\nShort.\r\n';
    const edited = editArticle(text);
    assert.equal(edited, 'Headline\r\n\r\nBy Ann Lee\r\n\r\nA long body paragraph with many words in it. This paragraph was corrected after publication.\r\n\r\nShort.\r\n');
  });
});
