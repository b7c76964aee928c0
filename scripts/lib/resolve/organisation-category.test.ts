import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { organisationCategory } from './organisation-category.ts';

describe('organisationCategory', () => {
  const cases: [string, string][] = [
    ['Leeds City Council', 'council'],
    ['Kent County Council', 'council'],
    ['Kingston University', 'university'],
    ['University of Texas at Austin', 'university'],
    ['Department for Education', 'department'],
    ['Home Office', 'department'],
    ['Ofsted', 'regulator'],
    ['Care Quality Commission', 'regulator'],
    ['Financial Conduct Authority', 'regulator'],
    ['National Union of Teachers', 'union'],
    ['The Children’s Society', 'charity'],
    ['Wellcome Trust', 'charity'],
    ['Guardian Media Group', 'company'],
    ['Serco plc', 'company'],
    ['House of Commons', 'parliament'],
    ['US Senate', 'parliament'],
    ['The Guardian', 'publication'],
    ['The New York Times', 'publication'],
    ['Local Government Association', 'other'],
    ['Action for Children', 'other'],
    ['Serco', 'other'],
  ];
  for (const [name, expected] of cases) {
    it(`puts ${name} in ${expected}`, () => assert.equal(organisationCategory(name), expected));
  }
});
