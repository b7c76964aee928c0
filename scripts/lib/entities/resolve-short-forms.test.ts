import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OrgProposal, PersonProposal, Proposal, ShortProposal } from './proposals.ts';
import { resolveShortForms } from './resolve-short-forms.ts';

let at = 0;
const span = (text: string) => ({ paragraph: 1, start: (at += 100), end: at + text.length, text });
const person = (name: string, text = name): PersonProposal => ({ kind: 'person', name, honorific: null, ...span(text) });
const org = (name: string, acronym: string | null = null, head: OrgProposal['head'] = null, cued = true): OrgProposal => ({ kind: 'organisation', name, head, acronym, cued, ...span(name) });
const short = (form: string, extra: Partial<ShortProposal> = {}): ShortProposal => ({ kind: 'short', form, honorific: null, orgCue: false, placeLike: false, initial: false, ...span(extra.honorific ? `${extra.honorific} ${form}` : form), ...extra });
const resolve = (proposals: Proposal[], bylines: string[] = []) =>
  resolveShortForms(proposals, bylines, new Set(), () => '').map((e) => `${e.kind}:${e.name}[${e.mentions.map((m) => m.text).join('|')}]${e.byline ? '+byline' : ''}${e.acronym ? `+${e.acronym}` : ''}`);

describe('resolveShortForms', () => {
  test('attaches surnames and honorific forms to the full name', () => {
    assert.deepEqual(resolve([person('Edward Timpson'), short('Timpson', { honorific: 'Mr' }), short('Timpson')]), ['person:Edward Timpson[Edward Timpson|Mr Timpson|Timpson]']);
  });

  test('gives a shared surname to the person mentioned most recently', () => {
    assert.deepEqual(resolve([person('Graham Pickering'), person('Neil Pickering'), short('Pickering'), person('Graham Pickering'), short('Pickering')]), [
      'person:Graham Pickering[Graham Pickering|Graham Pickering|Pickering]',
      'person:Neil Pickering[Neil Pickering|Pickering]',
    ]);
  });

  test('attaches a shared surname to nobody before either person is named', () => {
    const out = resolve([short('Pickering'), person('Graham Pickering'), person('Neil Pickering')]);
    assert.deepEqual(out, ['person:Graham Pickering[Graham Pickering]', 'person:Neil Pickering[Neil Pickering]']);
  });

  test('merges a multi-word surname form into the full name', () => {
    assert.deepEqual(resolve([person('Pádraig Ó Súilleabháin'), person('Ó Súilleabháin')]), ['person:Pádraig Ó Súilleabháin[Pádraig Ó Súilleabháin|Ó Súilleabháin]']);
  });

  test('joins acronyms to the name whose initials they spell', () => {
    assert.deepEqual(resolve([org('Department for Education'), org('DfE', 'DfE')]), ['organisation:Department for Education[Department for Education|DfE]+DfE']);
  });

  test('drops a bare acronym that nothing says is a body', () => {
    assert.deepEqual(resolve([org('SLT', 'SLT', null, false)]), []);
  });

  test('resolves company and club short forms', () => {
    assert.deepEqual(resolve([org('Harrowgate Foods plc', null, 'company'), short('Harrowgate'), org('Exeter City', null, 'club'), short('City'), short('Exeter', { placeLike: true })]), [
      'organisation:Exeter City[Exeter City|City|Exeter]',
      'organisation:Harrowgate Foods plc[Harrowgate Foods plc|Harrowgate]',
    ]);
  });

  test('makes an organisation of a cued short form nothing else claims, and adds its later mentions', () => {
    assert.deepEqual(resolve([short('Serco'), short('Serco', { orgCue: true })]), ['organisation:Serco[Serco|Serco]']);
  });

  test('adds byline authors, with mentions only where the text names them', () => {
    assert.deepEqual(resolve([person('Joe Lepper')], ['Joe Lepper', 'Ann Other']), ['person:Ann Other[]+byline', 'person:Joe Lepper[Joe Lepper]+byline']);
  });

  test('gives a bare acronym to the company it is the core name of, not to a division', () => {
    assert.deepEqual(resolve([org('BHP Group', null, 'company'), org('BHP', 'BHP', null, true)]), ['organisation:BHP Group[BHP Group|BHP]+BHP']);
    assert.deepEqual(resolve([org('BBC', 'BBC', null, true), org('BBC Studios', null, 'company')]), ['organisation:BBC[BBC]+BBC', 'organisation:BBC Studios[BBC Studios]']);
  });

  test('merges the longest short forms first, so a one-word form finds one owner', () => {
    assert.deepEqual(resolve([org('Halden Foods plc', null, 'company'), org('Halden Foods'), short('Halden', { orgCue: true })]), ['organisation:Halden Foods plc[Halden Foods plc|Halden Foods|Halden]']);
  });


  test('attaches a weak short form to a body of the same name, never founds one', () => {
    assert.deepEqual(resolve([org('Labour'), short('Labour')]), ['organisation:Labour[Labour|Labour]']);
    assert.deepEqual(resolve([short('Labour')]), []);
    assert.deepEqual(resolve([org('Kent'), short('Kent', { placeLike: true })]), ['organisation:Kent[Kent]']);
  });
});

describe('resolveShortForms: names of other traditions', () => {
  test('attaches an honorific and any word of a three-word name to its one bearer', () => {
    assert.deepEqual(resolve([person('Gerald Tan Boon Hock'), short('Tan', { honorific: 'Mr' }), person('Siti Nurhaliza Ahmad'), short('Nurhaliza', { honorific: 'Mdm' })]), [
      'person:Gerald Tan Boon Hock[Gerald Tan Boon Hock|Mr Tan]',
      'person:Siti Nurhaliza Ahmad[Siti Nurhaliza Ahmad|Mdm Nurhaliza]',
    ]);
  });

  test('attaches Madam and a given name to a two-word name', () => {
    assert.deepEqual(resolve([person('Rahmah Yusof'), short('Rahmah', { honorific: 'Madam' })]), ['person:Rahmah Yusof[Rahmah Yusof|Madam Rahmah]']);
  });

  test('merges hyphenated initials with the given name they stand for', () => {
    assert.deepEqual(resolve([person('Marie-Claire Fontaine'), person('M-C Fontaine'), short('Fontaine')]), ['person:Marie-Claire Fontaine[Marie-Claire Fontaine|M-C Fontaine|Fontaine]']);
  });

  test('makes a relative named by a given name a person that a later sentence-opening use joins', () => {
    assert.deepEqual(resolve([short('Ewan', { orgCue: true, initial: true }), short('Ewan', { personCue: true })]), ['person:Ewan[Ewan|Ewan]']);
  });
});
