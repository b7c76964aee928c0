import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anchorStart, parseInlineLinks, phrasingText } from './parse-inline-links.ts';

describe('anchorStart', () => {
  it('prefers the words that the URL path names', () => {
    const before = 'Kathy Evans, chief executive of Children';
    assert.equal(before.slice(anchorStart(before, 'https://www.example.com/society/children')), 'Children');
  });

  it('falls back to a short noun phrase from a determiner', () => {
    const before = 'who organised a letter condemning the move';
    assert.equal(before.slice(anchorStart(before, 'https://example.com/2014/may/16/x-y')), 'a letter condemning the move');
  });

  it('uses the URL itself after a lead-in word or at a phrase start', () => {
    assert.equal(anchorStart('Details are at', 'https://example.com/x'), -1);
    assert.equal(anchorStart('It said so.', 'https://example.com/x'), -1);
  });
});

describe('parseInlineLinks', () => {
  it('turns a marker into a link and closes the gap before a comma', () => {
    const nodes = parseInlineLinks('In its response to the consultation <https://gov.example/consultation_response.pdf>, the department said: "No."');
    assert.deepEqual(nodes, [
      { type: 'text', value: 'In its ' },
      { type: 'link', url: 'https://gov.example/consultation_response.pdf', children: [{ type: 'text', value: 'response to the consultation' }] },
      { type: 'text', value: ', the department said: "No."' },
    ]);
  });

  it('shows the URL as link text when no words can carry it', () => {
    const nodes = parseInlineLinks('Read it here: <https://example.org/r>.');
    assert.equal(phrasingText(nodes), 'Read it here: https://example.org/r.');
    assert.equal(nodes[1]?.type, 'link');
  });

  it('links bare URLs without their trailing punctuation', () => {
    const nodes = parseInlineLinks('See https://example.org/page.');
    assert.deepEqual(nodes[1], { type: 'link', url: 'https://example.org/page', children: [{ type: 'text', value: 'https://example.org/page' }] });
    assert.equal(phrasingText(nodes), 'See https://example.org/page.');
  });

  it('leaves markup-looking text alone', () => {
    assert.deepEqual(parseInlineLinks('<b>{x}</b> `y` <notaurl>'), [{ type: 'text', value: '<b>{x}</b> `y` <notaurl>' }]);
  });
});
