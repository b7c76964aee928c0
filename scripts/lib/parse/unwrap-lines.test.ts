import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitBlocks } from './split-blocks.ts';
import { detectWrapWidth, joinLines, unwrapLines } from './unwrap-lines.ts';

const wrapped = [
  'Social workers in three northern councils will vote next week on whether',
  'to strike over caseloads, their union said on Tuesday, in the first',
  'ballot of its kind since the service was reorganised.',
  '',
  'A council spokeswoman said the authority was "working closely with',
  'staff representatives" and had recruited 40 agency social workers since',
  'January.',
].join('\n');

describe('detectWrapWidth', () => {
  it('finds the column of hard-wrapped text', () => {
    assert.equal(detectWrapWidth(splitBlocks(wrapped)), 72);
  });

  it('returns null for one-paragraph-per-line text', () => {
    assert.equal(detectWrapWidth(splitBlocks('Headline\nFirst paragraph that is long.\nSecond one.')), null);
  });
});

describe('joinLines', () => {
  it('joins with a space, but not before punctuation or after a broken hyphen', () => {
    assert.equal(joinLines('the consultation <https://x.org>', ', the department'), 'the consultation <https://x.org>, the department');
    assert.equal(joinLines('front-', 'line'), 'front-line');
    assert.equal(joinLines('said', 'that'), 'said that');
  });
});

describe('unwrapLines', () => {
  it('rejoins wrapped lines into paragraphs', () => {
    const paras = unwrapLines(splitBlocks(wrapped));
    assert.equal(paras.length, 2);
    assert.match(paras[0]!.text, /^Social workers .* whether to strike .* reorganised\.$/u);
  });

  it('keeps short header lines apart even in wrapped text', () => {
    const text = `Headline of the story\nBy Jane Doe\n\n${wrapped}`;
    assert.deepEqual(unwrapLines(splitBlocks(text)).slice(0, 2).map((p) => p.text), ['Headline of the story', 'By Jane Doe']);
  });

  it('treats every line as a paragraph when the text is not wrapped, except link lines', () => {
    const text = 'One long paragraph line that ends here.\nAnother paragraph starts here, in its response\n<https://example.org/a>\n, the department said.';
    assert.deepEqual(unwrapLines(splitBlocks(text)).map((p) => p.text), [
      'One long paragraph line that ends here.',
      'Another paragraph starts here, in its response <https://example.org/a>, the department said.',
    ]);
  });

  it('starts a paragraph at a first-line indent, but not under a bullet', () => {
    const text = `${wrapped.split('\n\n')[0]}\n    Indented opening of the next paragraph.\n• A list item that runs over its line and keeps going for a long while to\n  the next line.`;
    assert.deepEqual(unwrapLines(splitBlocks(text)).map((p) => p.text.slice(0, 12)), ['Social worke', 'Indented ope', '• A list ite']);
  });

  it('never joins bullet items', () => {
    const paras = unwrapLines(splitBlocks('  • Latest digital issues\n  • Themed supplements'));
    assert.deepEqual(paras.map((p) => [p.text, p.bullet, p.indent]), [['• Latest digital issues', true, 2], ['• Themed supplements', true, 2]]);
  });
});

describe('unwrapLines on lists and lower-case continuations', () => {
  it('joins the hanging lines of a numbered note', () => {
    const paras = unwrapLines(splitBlocks('1. The charity is registered (number 1078254)\n   founded in 1998. It supports carers.'));
    assert.deepEqual(paras.map((p) => p.text), ['1. The charity is registered (number 1078254) founded in 1998. It supports carers.']);
  });

  it('joins a short line that goes on in lower case, whatever the wrap width', () => {
    const text = `${wrapped}\n\nCharity launches overnight helpline for unpaid\ncarers\n\nShort.`;
    assert.ok(unwrapLines(splitBlocks(text)).some((p) => p.text === 'Charity launches overnight helpline for unpaid carers'));
  });

  it('keeps a lower-case "by" byline on a line of its own under the headline', () => {
    const paras = unwrapLines(splitBlocks('Ferry operator cuts winter sailings to island\nby Morag Lindsay and Tariq Bell\n3 March 2021'));
    assert.deepEqual(paras.map((p) => p.text), ['Ferry operator cuts winter sailings to island', 'by Morag Lindsay and Tariq Bell', '3 March 2021']);
  });

  it('still joins a wrapped sentence that goes on with "by" and a name', () => {
    const paras = unwrapLines(splitBlocks('The scheme was first proposed in a report written\nby Professor Alan Marsh'));
    assert.equal(paras.length, 1);
  });
});

describe('detectWrapWidth on scraped one-line paragraphs', () => {
  it('finds no width when short header lines sit above paragraphs printed on one long line each', () => {
    const long = 'Two of Europe\'s largest port operators have agreed to bid jointly for a 30-year concession to run a new terminal, the companies said on Thursday.';
    const text = ['HARBOUR LEDGER', 'World Trade Shipping', '', 'Headline of the piece goes here', '', 'By Ana Ferreira and Joost Verhoeven', '09.11.2023 | 07:30 CET', '', long, '', long, '', long, '', 'Related', 'Baltic ports brace for slower growth', 'Can ports keep up?'].join('\n');
    assert.equal(detectWrapWidth(splitBlocks(text)), null);
    assert.ok(unwrapLines(splitBlocks(text)).some((p) => p.text === '09.11.2023 | 07:30 CET'));
  });
});

describe('unwrapLines after a link line', () => {
  it('carries the sentence on after a link printed on its own line, even after a kept space', () => {
    const text = 'The bill, which returned to the House of Lords \n<https://example.org/lords/bill> \n on Monday, will cut the cap.';
    assert.deepEqual(unwrapLines(splitBlocks(text)).map((p) => p.text), ['The bill, which returned to the House of Lords <https://example.org/lords/bill> on Monday, will cut the cap.']);
  });
});
