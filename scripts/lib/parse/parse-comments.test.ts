import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCommentThread, parseCommentMeta } from './parse-comments.ts';

describe('parseCommentMeta', () => {
  it('reads numbered author and timestamp lines', () => {
    assert.deepEqual(parseCommentMeta('1. Gerald June 5, 2014 at 11:37 am #', undefined), { author: 'Gerald', dateText: 'June 5, 2014 at 11:37 am', date: '2014-06-05', takesNext: false, strong: true });
    assert.equal(parseCommentMeta('3. Dan, Completely Care Ltd June 6, 2014 at 1:03 pm #', undefined)?.author, 'Dan, Completely Care Ltd');
  });

  it('reads "says:" lines with the date on the next line', () => {
    assert.deepEqual(parseCommentMeta('Mark T says:', 'March 3, 2015 at 10:12 pm'), { author: 'Mark T', dateText: 'March 3, 2015 at 10:12 pm', date: '2015-03-03', takesNext: true, strong: true });
  });

  it('reads relative timestamps after a separator, without a date', () => {
    assert.deepEqual(parseCommentMeta('Gwen Pritchard • 2 years ago', undefined), { author: 'Gwen Pritchard', dateText: '2 years ago', date: null, takesNext: false, strong: true });
  });

  it('refuses dated sentences of the article', () => {
    assert.equal(parseCommentMeta('The consultation closes on 30 May 2014.', undefined), null);
    assert.equal(parseCommentMeta('2. Report published June 5, 2014', undefined), null);
    assert.equal(parseCommentMeta('The minister says:', 'June 5, 2014'), null);
    assert.equal(parseCommentMeta('The report, published on June 5, 2014, said the plan was sound and should go ahead', undefined), null);
  });
});

describe('findCommentThread', () => {
  it('splits a numbered thread into comments and keeps signature lines', () => {
    const texts = ['Body paragraph.', 'More from Example News', '2 Responses to Headline', '1. Ann June 5, 2014 at 11:37 am #', 'First comment.', 'Reply', '2. Bo June 6, 2014 at 9:00 am #', 'Second comment.', 'Bo, Example Ltd'];
    const thread = findCommentThread(texts, 1);
    assert.equal(thread?.start, 2);
    assert.deepEqual(thread?.comments.map((c) => [c.author, c.date, c.meta, c.paras]), [
      ['Ann', '2014-06-05', 3, [4]],
      ['Bo', '2014-06-06', 6, [7, 8]],
    ]);
  });

  it('moves a date printed after the comment text into the comment', () => {
    const thread = findCommentThread(['Body.', '2 comments:', 'Anonymous said...', 'Very little changed.', '12 August 2014 at 09:14'], 1);
    assert.deepEqual(thread?.comments.map((c) => [c.author, c.dateText, c.paras]), [['Anonymous', '12 August 2014 at 09:14', [3]]]);
  });

  it('reads a local paper\'s thread: name, then a time and a date with a two-digit year, then the text and a report link', () => {
    const texts = ['Body.', 'Comments (14)', 'Please log in to comment, or register.', 'Thirlbeck Dad', '9:47am Fri 26 Feb 16', 'Says it all.', 'Report this comment   Score: 12', 'Ken Pollitt', '1:05pm Fri 26 Feb 16', 'They still blame everybody else.'];
    assert.deepEqual(findCommentThread(texts, 1)?.comments.map((c) => [c.author, c.date, c.paras]), [
      ['Thirlbeck Dad', '2016-02-26', [5]],
      ['Ken Pollitt', '2016-02-26', [9]],
    ]);
  });

  it('reads a tabloid\'s thread: commenter, home town and country, and how long ago, then the text and its rating', () => {
    const texts = ['Body.', 'The comments below have not been moderated.', 'bigal1966, Stockport, United Kingdom, 3 years ago', 'Disgraceful.', 'Click to rate', 'Rating   1204', "Maureen O'Halloran, Dublin, Ireland, 3 years ago", 'My brother went through the same thing.', 'Click to rate'];
    assert.deepEqual(findCommentThread(texts, 1)?.comments.map((c) => [c.author, c.dateText, c.paras]), [
      ['bigal1966', '3 years ago', [3]],
      ["Maureen O'Halloran", '3 years ago', [7]],
    ]);
  });

  it('needs a heading before a bare name over a date line', () => {
    assert.equal(findCommentThread(['Body.', 'Jane Smith', '3 March 2015', 'More of the article.'], 1), null);
    assert.equal(findCommentThread(['Body.', 'Comments', 'Jane Smith', '3 March 2015', 'Great piece.'], 1)?.comments[0]?.author, 'Jane Smith');
  });

  it('dates a newsletter thread’s year-less dates by the article, moving past the new year', () => {
    const texts = ['The last line of the post.', 'Comments', 'Restacks', 'Aled Jones', 'Dec 30', 'Good piece, thank you.', 'Reply', 'Like', 'Nia Roberts', 'Jan 2', 'I was at that meeting.', 'Reply', 'Share'];
    const thread = findCommentThread(texts, 1, null, '2024-12-29');
    assert.deepEqual(thread?.comments.map((c) => [c.author, c.date, c.paras]), [['Aled Jones', '2024-12-30', [5]], ['Nia Roberts', '2025-01-02', [10]]]);
    assert.equal(findCommentThread(texts, 1, null, null), null);
  });

  it('drops the comment form after the thread', () => {
    const thread = findCommentThread(['Body.', 'Ann says:', 'March 3, 2015 at 10:12 pm', 'Thanks.', 'Leave a Reply', 'Your email address will not be published.', 'Post Comment'], 1);
    assert.deepEqual(thread?.comments.map((c) => c.paras), [[3]]);
  });

  it('returns null when there is no thread', () => {
    assert.equal(findCommentThread(['Body.', 'Comments', 'Nothing here yet.'], 0), null);
  });
});

describe('parseCommentMeta with lower-case handles', () => {
  it('reads a handle of several lower-case words when a marker shows it is a comment', () => {
    assert.equal(parseCommentMeta('mark t says:', '4 March 2015 at 10:02 pm')?.author, 'mark t');
    assert.equal(parseCommentMeta('tired social worker March 4, 2015 at 7:02 am', undefined)?.author, 'tired social worker');
  });

  it('refuses lower-case prose before a marker', () => {
    assert.equal(parseCommentMeta('the minister says:', 'June 5, 2014 at 10:00 am'), null);
    assert.equal(parseCommentMeta('and then it was March 4, 2015 at 7:02 am', undefined), null);
  });
});

describe('parseCommentMeta on handles with digits', () => {
  it('reads a one-word handle with digits above its timestamp', () => {
    assert.deepEqual(parseCommentMeta('parent_of3', '04/03/2025 10:02', 'dmy'), { author: 'parent_of3', dateText: '04/03/2025 10:02', date: '2025-03-04', takesNext: true, strong: false });
    assert.equal(parseCommentMeta('5 comments', '04/03/2025 10:02', 'dmy'), null);
  });
});
