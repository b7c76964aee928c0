import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyBody } from './classify-body.ts';

const para = (text: string, bullet = false) => ({ text, bullet });

describe('classifyBody', () => {
  it('keeps one copy of a caption printed twice and marks it caption', () => {
    const result = classifyBody([para('First body paragraph.'), para('The DfE is looking at evidence.'), para('The DfE is looking at evidence.'), para('Next body paragraph.')], []);
    assert.deepEqual(result.roles, ['body', 'caption', 'drop', 'body']);
  });

  it('drops furniture, repeats of the headline and labelled date lines', () => {
    const result = classifyBody([para('Council scraps plan'), para('Body text.'), para('Published: 3 March 2015'), para('Advertisement'), para('Photo: Jo Bloggs')], ['Council scraps plan']);
    assert.deepEqual(result.roles, ['drop', 'body', 'drop', 'drop', 'caption']);
    assert.equal(result.dateLine?.iso, '2015-03-03');
  });
});

describe('classifyBody on press-release tails', () => {
  it('keeps notes to editors as captions and drops the end marker and media contact', () => {
    const result = classifyBody([para('The charity opened the line on Monday.'), para('ENDS'), para('Notes to editors'), para('1. The charity was founded in 1998.'), para('Media contact: Jo Bloggs, 020 7946 0000')], []);
    assert.deepEqual(result.roles, ['body', 'drop', 'caption', 'caption', 'drop']);
  });

  it('reads an "About <Org>" heading as the tail only when the boilerplate follows it', () => {
    const about = classifyBody([para('The clinic opened today.'), para('About Harbor Point Health'), para('Harbor Point Health is a nonprofit system.')], []);
    assert.deepEqual(about.roles, ['body', 'caption', 'caption']);
    const subhead = classifyBody([para('The clinic opened today.'), para('About the money'), para('Funding came from a grant.')], []);
    assert.deepEqual(subhead.roles, ['body', 'body', 'body']);
  });
});

describe('classifyBody on reporter notes', () => {
  it('drops a reporter bio only where it ends the article', () => {
    const bio = 'Lena Fairweather covers transport for the Gazette. Reach her at 555-0199.';
    const end = classifyBody([para('The bridge reopens in May.'), para(bio), para('Most Popular')], []);
    assert.deepEqual(end.roles, ['body', 'drop', 'drop']);
    const middle = classifyBody([para(bio), para('The bridge reopens in May, the council said on Tuesday.')], []);
    assert.deepEqual(middle.roles, ['body', 'body']);
  });
});

describe('classifyBody on a byline printed after the text', () => {
  const paras = [
    'The ferry ran for the last time on Sunday, after ninety years on the estuary.',
    'Its skipper said the crossing had paid its way until the new bridge opened.',
    'Passengers brought flowers, and a brass band played on the slipway.',
    '"We will miss it," one regular said.',
    'Words: Ilse Vandermeer',
    'Ilse Vandermeer is a writer based in Ghent. Her first novel, The Salt Marsh, is published in May by a small press.',
  ].map((text) => ({ text, bullet: false }));

  it('takes the author from the closing byline and drops it with the bio', () => {
    const result = classifyBody(paras, []);
    assert.equal(result.author, 'Ilse Vandermeer');
    assert.deepEqual(result.roles, ['body', 'body', 'body', 'body', 'drop', 'drop']);
  });

  it('leaves a closing byline alone when the header has one', () => {
    const result = classifyBody(paras, [], null, 'Joaquim Barros');
    assert.equal(result.author, null);
    assert.equal(result.roles[4], 'body');
  });
});
