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
