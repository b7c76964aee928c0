import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commentHandle } from './comment-handles.ts';

const handle = (text: string, kind: 'comment-meta' | 'body' = 'comment-meta') => commentHandle({ paragraph: 3, kind, text })?.text ?? null;

describe('commentHandle', () => {
  test('reads the handle before the date, a comma or a bar', () => {
    assert.equal(handle('Gerald June 5, 2014 at 11:37 am #'), 'Gerald');
    assert.equal(handle('Dan, Completely Care Ltd June 6, 2014 at 1:03 pm #'), 'Dan');
    assert.equal(handle('TowcesterResident 2 March 2023 at 9:14am'), 'TowcesterResident');
    assert.equal(handle('1. snowmoon June 5, 2014'), 'snowmoon');
    assert.equal(handle('Gerald — June 5, 2014 at 11:37 am'), 'Gerald');
    assert.equal(handle('Posted by DaveT on 4 October 2022'), 'DaveT');
  });

  test("reads a site's word for no name as no one", () => {
    assert.equal(handle('Anonymous | 14 November, 2018 6:12 pm'), null);
    assert.equal(handle('Guest June 5, 2014'), null);
  });

  test('gives exact offsets', () => {
    const found = commentHandle({ paragraph: 3, kind: 'comment-meta', text: '1. snowmoon June 5, 2014' });
    assert.equal(found && '1. snowmoon June 5, 2014'.slice(found.start, found.end), 'snowmoon');
  });

  test('ignores other segments and organisation names', () => {
    assert.equal(handle('Gerald June 5, 2014', 'body'), null);
    assert.equal(handle('Completely Care Ltd, 5 June 2014'), null);
  });
});
