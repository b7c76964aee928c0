import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractRoles } from './extract-roles.ts';
import { type EntitySpec, buildTestArticle, buildTestEntities } from './relations/build-test-article.ts';

const person = (name: string, ...forms: string[]): EntitySpec => ({ kind: 'person', name, forms });
const org = (name: string, ...forms: string[]): EntitySpec => ({ kind: 'organisation', name, forms });

function roles(text: string, specs: EntitySpec[]) {
  const article = buildTestArticle('t', text);
  return extractRoles(article, buildTestEntities(article, specs)).map((r) => [r.person, r.title, r.organisation]);
}

describe('extractRoles', () => {
  it('reads a title and organisation in apposition after the name', () => {
    assert.deepEqual(roles('Kathy Evans, chief executive of Children England, welcomed it.', [person('Kathy Evans'), org('Children England')]), [
      ['Kathy Evans', 'chief executive', 'Children England'],
    ]);
    assert.deepEqual(roles('Ray Jones, professor of social work at Kingston University and a signatory, said so.', [person('Ray Jones'), org('Kingston University')]), [
      ['Ray Jones', 'professor of social work', 'Kingston University'],
    ]);
  });

  it('reads pre-modifying titles, with or without an organisation', () => {
    const text =
      "Children England's chief executive Kathy Evans spoke. The study was commissioned by children's minister Edward Timpson. Education Secretary Justine Greening agreed with economics professor Julian Le Grand.";
    assert.deepEqual(roles(text, [person('Kathy Evans'), org('Children England'), person('Edward Timpson'), person('Justine Greening'), person('Julian Le Grand')]), [
      ['Edward Timpson', "children's minister", null],
      ['Julian Le Grand', 'economics professor', null],
      ['Justine Greening', 'Education Secretary', null],
      ['Kathy Evans', 'chief executive', 'Children England'],
    ]);
  });

  it('splits a title that names its organisation before the name', () => {
    const text = "The panel included former president of the Association of Directors of Children's Services Alan Wood.";
    assert.deepEqual(roles(text, [person('Alan Wood'), org("Association of Directors of Children's Services")]), [
      ['Alan Wood', 'former president', "Association of Directors of Children's Services"],
    ]);
  });

  it('takes the organisation of an office honorific from "of" after the name', () => {
    assert.deepEqual(roles('Academics led by Professor Ray Jones, of Kingston University, signed.', [person('Ray Jones'), org('Kingston University')]), [
      ['Ray Jones', 'professor', 'Kingston University'],
    ]);
  });

  it('borrows the organisation of the sentence before only for a bare organisational title', () => {
    const text = 'The charity Action for Children said it welcomed the announcement. Kate Mulley, director of public policy, said it was right.';
    assert.deepEqual(roles(text, [org('Action for Children'), person('Kate Mulley')]), [['Kate Mulley', 'director of public policy', 'Action for Children']]);
  });

  it('resolves "its" and "the union\'s" to the organisation in focus', () => {
    const text = "The Care and Support Alliance warned of cuts. Its chair, Vicky McDermott, said more. Russell Hobby, the union's general secretary, agreed.";
    assert.deepEqual(roles(text, [org('Care and Support Alliance'), person('Vicky McDermott'), person('Russell Hobby')]), [
      ['Russell Hobby', 'general secretary', 'Care and Support Alliance'],
      ['Vicky McDermott', 'chair', 'Care and Support Alliance'],
    ]);
  });

  it('uses the entity name for an organisation written by its acronym', () => {
    assert.deepEqual(roles('Paul Plummer, chief executive of the RDG, said so.', [person('Paul Plummer'), org('Rail Delivery Group', 'RDG')]), [
      ['Paul Plummer', 'chief executive', 'Rail Delivery Group'],
    ]);
  });

  it('reads offices written as honorifics, alone or inside a longer title', () => {
    const text = "The council's leader, Cllr Amy Hart, spoke. Salford City Mayor Paul Dennett agreed with Sen. Maria Delgado.";
    assert.deepEqual(roles(text, [person('Amy Hart'), org('Leeds City Council'), person('Paul Dennett'), person('Maria Delgado')]), [
      ['Amy Hart', 'councillor', null],
      ['Amy Hart', 'leader', 'Leeds City Council'],
      ['Maria Delgado', 'senator', null],
      ['Paul Dennett', 'Salford City Mayor', null],
    ]);
  });

  it('finds no role in descriptions without a job title', () => {
    const text = 'Ana Morales, whose daughters attend Lincoln Elementary, spoke. Bruce Williamson of Railfuture agreed. Speaking to the health secretary, Jane Smith said no.';
    assert.deepEqual(roles(text, [person('Ana Morales'), org('Lincoln Elementary'), person('Bruce Williamson'), org('Railfuture'), person('Jane Smith')]), []);
  });

  it('reads the post a verb names after "who", at the organisation that follows', () => {
    const text =
      "Marta Kowalczyk, who chairs the Fenwick Trust's finance committee, spoke. Dev Anand, who founded Brightwater Foods in 1998, agreed. Ann Lowe, who runs a bakery, and Tom Hale, who led the review, did not.";
    assert.deepEqual(roles(text, [person('Marta Kowalczyk'), org('Fenwick Trust'), person('Dev Anand'), org('Brightwater Foods'), person('Ann Lowe'), person('Tom Hale')]), [
      ['Dev Anand', 'founder', 'Brightwater Foods'],
      ['Marta Kowalczyk', "chair of the Fenwick Trust's finance committee", 'Fenwick Trust'],
    ]);
  });

  it('reads what an apposition says a person is: a kind of person, or a family tie', () => {
    const text =
      "Gwen Parry, a retired postwoman, spoke. Leah Moss, a mother of three from Hull, agreed. Ruth Dale, the wife of the club's treasurer, declined. Sam Idowu, a 34-year-old from Leeds, and Kim Ng, a key figure, did not.";
    assert.deepEqual(roles(text, [person('Gwen Parry'), person('Leah Moss'), person('Ruth Dale'), person('Sam Idowu'), person('Kim Ng')]), [
      ['Gwen Parry', 'retired postwoman', null],
      ['Leah Moss', 'mother of three', null],
      ['Ruth Dale', "wife of the club's treasurer", null],
    ]);
  });

  it('keeps the head and first complement of a title too long to keep whole, and reads "our"', () => {
    const text = "Pat Lyle, the regulator's deputy chief inspector of hospitals for the north east, said so. Our general secretary, Ben Okri-Hale, will meet the minister.";
    assert.deepEqual(roles(text, [person('Pat Lyle'), person('Ben Okri-Hale')]), [
      ['Ben Okri-Hale', 'general secretary', null],
      ['Pat Lyle', 'deputy chief inspector of hospitals', null],
    ]);
  });

  it("gives a byline's author the job the byline prints, when it names one author", () => {
    const base = buildTestArticle('t', 'Jo Marsh said the plan was sound.');
    const article = { ...base, author: 'Jo Marsh', authorRole: 'Health Correspondent', segments: [{ paragraph: 0, kind: 'header' as const, text: 'By Jo Marsh' }, ...base.segments] };
    const entities = buildTestEntities(article, [person('Jo Marsh')]).map((e) => ({ ...e, byline: true }));
    assert.deepEqual(extractRoles(article, entities).map((r) => [r.person, r.title]), [
      ['Jo Marsh', 'Health Correspondent'],
      ['Jo Marsh', 'author'],
    ]);
  });

  it('reads the post after "who was appointed" or "who served as"', () => {
    const text = 'Ruth Obi, who was appointed commissioner for children in Wexcombe in 2014, spoke. Dan Hale, who served as chief executive of Fenwick Care until 2012, agreed.';
    assert.deepEqual(roles(text, [person('Ruth Obi'), person('Dan Hale'), org('Fenwick Care')]), [
      ['Dan Hale', 'chief executive', 'Fenwick Care'],
      ['Ruth Obi', 'commissioner for children in Wexcombe', null],
    ]);
  });
});
