import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inferPublished, latestUrlDate } from './infer-published.ts';

describe('latestUrlDate', () => {
  it('reads dates in URL paths and takes the latest', () => {
    assert.equal(latestUrlDate(['https://ex.com/society/2014/may/16/a', 'https://ex.com/news/2014/05/20/b', 'https://ex.com/2013-01-02-c'], ''), '2014-05-20');
  });

  it('reads a ddmmyy file-name stamp only when its year is attested elsewhere', () => {
    const stamp = 'https://gov.example/file/321863/response200614_for_web.pdf';
    assert.equal(latestUrlDate([stamp, 'https://ex.com/2014/may/16/a'], ''), '2014-06-20');
    assert.equal(latestUrlDate([stamp], 'In 2014 the council'), '2014-06-20');
    assert.equal(latestUrlDate([stamp], ''), null);
  });

  it('skips a stamp whose readings are equally attested', () => {
    assert.equal(latestUrlDate(['https://ex.com/doc_140614.pdf'], 'Between 2014 and 2016'), '2014-06-14');
    assert.equal(latestUrlDate(['https://ex.com/doc_160614.pdf'], 'Between 2014 and 2016'), null);
  });

  it('falls back to month precision for /yyyy/mm/ paths', () => {
    assert.equal(latestUrlDate(['https://blog.example/2015/02/a-post/'], ''), '2015-02');
  });
});

describe('inferPublished', () => {
  it('prefers a stated date', () => {
    assert.deepEqual(inferPublished('2016-12-02', ['https://ex.com/2017/01/01/a'], '', []), { published: '2016-12-02', publishedSource: { kind: 'stated', method: 'date line' } });
  });

  it('then the latest URL date, then the earliest comment month', () => {
    assert.deepEqual(inferPublished(null, ['https://ex.com/2014/05/16/a'], '', ['2014-06-05']).publishedSource, { kind: 'inferred', method: 'latest date in a linked URL' });
    assert.deepEqual(inferPublished(null, [], '', ['2014-06-06', null, '2014-06-05']), { published: '2014-06', publishedSource: { kind: 'inferred', method: 'earliest reader comment' } });
  });

  it('says unknown rather than guessing', () => {
    assert.deepEqual(inferPublished(null, [], 'In 2014.', [null]), { published: null, publishedSource: { kind: 'unknown', method: null } });
  });
});
