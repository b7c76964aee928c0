import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { splitAtAnd } from './split-at-and.ts';
import { tokenizeSegment } from './tokenize-segment.ts';

/** The names `splitAtAnd` makes of the whole of `text` (one capitalised run). */
const names = (text: string, before = ''): string[] => {
  const full = before + text;
  const tokens = tokenizeSegment(full);
  const run = tokens.flatMap((t, k) => (t.start >= before.length ? [k] : []));
  return splitAtAnd(run, tokens, new Set(), full).map((r) => r.map((k) => tokens[k]?.text).join(' '));
};

describe('splitAtAnd', () => {
  test('keeps "and" inside a body named by ordinary words before its head', () => {
    assert.deepEqual(names('Food and Drug Administration'), ['Food and Drug Administration']);
    assert.deepEqual(names('Bristol Haematology and Oncology Centre'), ['Bristol Haematology and Oncology Centre']);
  });

  test('keeps places joined before one body, unless the places are where something is', () => {
    assert.deepEqual(names('Birmingham and Solihull Mental Health NHS Foundation Trust'), ['Birmingham and Solihull Mental Health NHS Foundation Trust']);
    assert.deepEqual(names('London and Leeds General Infirmary', 'nurses in '), ['London', 'Leeds General Infirmary']);
  });

  test('separates two names', () => {
    assert.deepEqual(names('Pfizer and GSK plc'), ['Pfizer', 'GSK plc']);
    assert.deepEqual(names('Kingston and Staffordshire'), ['Kingston', 'Staffordshire']);
  });


  test('keeps a portfolio after "and" in a department and two places before a council', () => {
    assert.deepEqual(names('Department of Environment and Water Resources'), ['Department of Environment and Water Resources']);
    assert.deepEqual(names('Ministry of Mines and Minerals Development'), ['Ministry of Mines and Minerals Development']);
    assert.deepEqual(names('Barking and Dagenham Council'), ['Barking and Dagenham Council']);
  });
});

describe('splitAtAnd before a generic head', () => {
  test('keeps "and" when the words after it cannot name a body on their own', () => {
    assert.deepEqual(names('Glenelg Strathspey and Reel Society'), ['Glenelg Strathspey and Reel Society']);
  });

  test('still splits before a head whose own words are a name', () => {
    assert.deepEqual(names('Tesco and Morrisons Group'), ['Tesco', 'Morrisons Group']);
  });
});
