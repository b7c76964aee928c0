import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderParagraphs } from './order-paragraphs.ts';

describe('orderParagraphs', () => {
  it('puts standfirst, captions, body and comments in document order and keeps the rest aside', () => {
    const texts = ['Headline', 'Dek words here', 'By Jo', 'Photo: X', 'Body <https://a.b/c>', 'Advertisement', '1 Response', '1. Ann June 5, 2014 at 1:00 pm #', 'Nice.'];
    const shapes = texts.map((t) => t.replace(/\s*<[^>]+>/u, ''));
    const { slots, leftovers } = orderParagraphs(texts, shapes, {
      header: { title: 'Headline', titleAt: 0, titleCut: false, author: 'Jo', authorRole: null, date: null, dates: [], standfirst: 1, captions: [3], bodyStart: 4, outlets: [] },
      roles: ['body', 'drop'],
      thread: { start: 6, comments: [{ author: 'Ann', dateText: 'June 5, 2014 at 1:00 pm', date: '2014-06-05', meta: 7, paras: [8] }] },
    });
    assert.deepEqual(slots, [
      { kind: 'standfirst', text: 'Dek words here' },
      { kind: 'caption', text: 'Photo: X' },
      { kind: 'body', text: 'Body <https://a.b/c>' },
      { kind: 'comment-meta', text: 'Ann — June 5, 2014 at 1:00 pm', comment: 0 },
      { kind: 'comment', text: 'Nice.', comment: 0 },
    ]);
    assert.deepEqual(leftovers, ['By Jo', 'Advertisement', '1 Response']);
  });
});
