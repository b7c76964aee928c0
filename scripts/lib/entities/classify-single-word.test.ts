import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifySingleWord } from './classify-single-word.ts';
import type { Proposal } from './proposals.ts';
import { candidateIn, emptyContext } from './test-context.ts';

const show = (p: Proposal): string => (p.kind === 'short' ? `short:${p.form}${p.orgCue ? '+org' : ''}${p.placeLike ? '+place' : ''}` : `${p.kind}:${p.name}@${p.text}`);
const classify = (text: string, word: string, ctx = emptyContext()) => {
  const c = candidateIn(text, word);
  return classifySingleWord(c, c.tokens[0]?.initial === true, ctx).map(show);
};

describe('classifySingleWord', () => {
  test('names one-word legislatures', () => {
    assert.deepEqual(classify('a vote in the Bundestag on Friday', 'Bundestag'), ['organisation:Bundestag@Bundestag']);
  });

  test('names the houses of parliament and newspapers', () => {
    assert.deepEqual(classify('If the Commons and Lords approve', 'Commons'), ['organisation:House of Commons@Commons']);
    assert.deepEqual(classify('published in The Guardian last', 'Guardian'), ['organisation:The Guardian@The Guardian']);
    assert.deepEqual(classify('the Guardian reported', 'Guardian'), ['organisation:The Guardian@Guardian']);
  });

  test('keeps a bare acronym with context and drops a known non-body one', () => {
    assert.deepEqual(classify('The DfE said', 'DfE'), ['organisation:DfE@DfE']);
    assert.deepEqual(classify('misreporting on GP contracts', 'GP'), []);
  });

  test('turns a place into a council only when the sentence is about councils', () => {
    assert.deepEqual(classify('only two local authorities – Kingston and others – have', 'Kingston'), ['organisation:Kingston@Kingston']);
    assert.deepEqual(classify('services in England, including', 'England'), []);
  });

  test('marks context that says a word is an organisation', () => {
    assert.deepEqual(classify('accountable by Ofsted. We', 'Ofsted'), ['short:Ofsted+org']);
    assert.deepEqual(classify('The Unite union, which', 'Unite'), ['short:Unite+org']);
    assert.deepEqual(classify('Jones said so', 'Jones'), ['short:Jones']);
  });

  test('rejects generic bodies, titles, calendar words and products with versions', () => {
    assert.deepEqual(classify('the Government would match', 'Government'), []);
    assert.deepEqual(classify('said the Chancellor today', 'Chancellor'), []);
    assert.deepEqual(classify('arrive with iOS 17.4 in', 'iOS'), []);
  });

  test('completes a given name shared with the next name ("Liam and Noel Gallagher")', () => {
    assert.deepEqual(classify('said Liam and Noel Gallagher had', 'Liam'), ['person:Liam Gallagher@Liam']);
  });

  test('reads coined names, domains, platforms and helplines as bodies', () => {
    assert.deepEqual(classify('submit a tip to CrimeStoppers.', 'CrimeStoppers'), ['short:CrimeStoppers+org']);
    assert.deepEqual(classify('a report from Daft.ie, compiled by', 'Daft.ie'), ['organisation:Daft.ie@Daft.ie']);
    assert.deepEqual(classify('she posted on Instagram that', 'Instagram'), ['short:Instagram+org']);
    assert.deepEqual(classify('available from Samaritans on 116 123', 'Samaritans'), ['short:Samaritans+org']);
  });

  test('reads both sides of a scoreline and a speaking unknown word as bodies', () => {
    assert.deepEqual(classify('Gloucester beat Bath 24-17 at Kingsholm', 'Bath'), ['short:Bath+org']);
    assert.deepEqual(classify('April. Ofsted will inspect us again', 'Ofsted'), ['short:Ofsted+org']);
  });

  test('turns a town into a body when it acts as one, not when it is a place', () => {
    assert.deepEqual(classify('Coventry said last week it would close its campus', 'Coventry'), ['organisation:Coventry@Coventry']);
    assert.deepEqual(classify('the striker joined Marseille for a fee', 'Marseille'), ['organisation:Marseille@Marseille']);
    assert.deepEqual(classify('the striker grew up in Marseille and', 'Marseille'), []);
    assert.deepEqual(classify('a family holiday in Coventry last year', 'Coventry'), []);
  });

  test('reads a company as where shares are held, and no sentence-opening adjective or plural group', () => {
    assert.deepEqual(classify('Shares in Tesco rose 2%', 'Tesco'), ['short:Tesco+org']);
    assert.deepEqual(classify('Former board member Helen Toner said', 'Former'), []);
    assert.deepEqual(classify('Critics, including the medical charity', 'Critics'), []);
  });


  test('drops road numbers and words before a grade or a numbered version', () => {
    assert.deepEqual(classify('a crash on the M74 near Abington', 'M74'), []);
    assert.deepEqual(classify('the A1(M) was shut northbound', 'A1'), []);
    assert.deepEqual(classify('inside the Grade II-listed mill', 'Grade'), []);
  });

  test('does not make a body of a plural opening a sentence', () => {
    assert.deepEqual(classify('Lifeboatmen said the sea was rough.', 'Lifeboatmen'), ['short:Lifeboatmen']);
    assert.deepEqual(classify('Chiropodists will strike next week.', 'Chiropodists'), ['short:Chiropodists']);
    assert.deepEqual(classify('Ofwat said the firm would pay.', 'Ofwat'), ['short:Ofwat+org']);
  });

  test('does not let a verb belong to the object of a preposition, a count or a relative', () => {
    assert.deepEqual(classify('Crowds at Murrayfield cheered the result', 'Murrayfield'), ['short:Murrayfield']);
    assert.deepEqual(classify('all 40 Wrexham seats changed hands', 'Wrexham'), ['short:Wrexham']);
    assert.deepEqual(classify('whose son Tadhg played for the club', 'Tadhg'), ['short:Tadhg']);
  });

  test('does not read "the X" after a preposition of place, a place or a launch as a body', () => {
    assert.deepEqual(classify('walked along the Tyne on Sunday', 'Tyne'), ['short:Tyne']);
    assert.deepEqual(classify('flood warnings for the Ouse during', 'Ouse'), ['short:Ouse']);
    assert.deepEqual(classify('across Cornwall and the Scillies this week', 'Scillies'), []);
    assert.deepEqual(classify('Nissan unveiled the Qashqai at a show', 'Qashqai'), ['short:Qashqai']);
    assert.deepEqual(classify('the minister told the Tynwald on Tuesday', 'Tynwald'), ['short:Tynwald+org']);
  });

  test('drops a word after a bearing and places listed after a locative', () => {
    assert.deepEqual(classify('a mine 60km west of Ndola, which employs', 'Ndola'), []);
    assert.deepEqual(classify('Families in Tredegar, Ebbw Vale and Brynmawr said', 'Brynmawr'), []);
  });
});

describe('classifySingleWord: words that name no body', () => {
  test('drops the plural of an acronym, a group of people', () => {
    assert.deepEqual(classify('as TDs walked out', 'TDs'), []);
    assert.deepEqual(classify('when MSPs return', 'MSPs'), []);
  });

  test('drops a sentence-opening adjective the lexicon lacks, known by its ending', () => {
    assert.deepEqual(classify('Annual returns filed by the trust show a deficit.', 'Annual'), []);
    assert.deepEqual(classify('Municipal workers downed tools.', 'Municipal'), []);
  });

  test('drops a disease named after a person, but not a body named after one', () => {
    assert.deepEqual(classify('She had lived with Parkinson’s since 2015.', 'Parkinson'), []);
    assert.deepEqual(classify('Research into Huntington’s and motor neurone disease', 'Huntington'), []);
  });

  test('reads a sentence-opening noun before a job title as part of the title, but keeps a body that acts', () => {
    assert.deepEqual(classify('Site manager Pat Byrne said the crane was safe.', 'Site'), ['short:Site']);
    assert.deepEqual(classify('Unite regional secretary Ann Roe said.', 'Unite'), ['short:Unite+org']);
  });

  test('drops a law citation’s bracketed acronym and a language', () => {
    assert.deepEqual(classify('under the General Data Protection Regulation (EU) 2016/679', 'EU'), []);
    assert.deepEqual(classify('He sang in Gaelic all his life.', 'Gaelic'), []);
  });
});

describe('classifySingleWord: relatives named by a given name', () => {
  const cue = (text: string, word: string) => {
    const c = candidateIn(text, word);
    return classifySingleWord(c, c.tokens[0]?.initial === true, emptyContext()).map((p) => (p.kind === 'short' ? `${p.form}${p.personCue ? '+person' : ''}` : p.kind));
  };

  test('marks every name listed after a kin noun as a person', () => {
    assert.deepEqual(cue('She leaves her daughters Kirsteen and Ailsa, and a brother.', 'Kirsteen'), ['Kirsteen+person']);
    assert.deepEqual(cue('She leaves her daughters Kirsteen and Ailsa, and a brother.', 'Ailsa'), ['Ailsa+person']);
    assert.deepEqual(cue('Their grandson Tama played the haka.', 'Tama'), ['Tama+person']);
  });

  test('needs a possessive before the kin noun, so a business partner is no relative', () => {
    assert.deepEqual(cue('The firm signed with partner Vodacom last year.', 'Vodacom'), ['Vodacom']);
  });
});
