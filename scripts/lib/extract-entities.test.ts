import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { KeyEntity } from './eval/answer-key.ts';
import { normaliseName } from './eval/normalise.ts';
import { scoreEntities } from './eval/score-entities.ts';
import * as module from './extract-entities.ts';
import { extractEntities } from './extract-entities.ts';
import type { ArticleText, LocalEntity } from './types.ts';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/entities');

/** expected.json: the answer-key subset, plus the differences we know about and accept for now. */
interface Expected {
  people: KeyEntity[];
  organisations: KeyEntity[];
  knownMisses?: string[];
  knownFalsePositives?: string[];
}

const key = (e: Partial<KeyEntity> & { name: string }): KeyEntity => ({ aliases: [], optional: false, roles: [], ...e });
const view = (entities: LocalEntity[], kind: LocalEntity['kind']) =>
  entities
    .filter((e) => e.kind === kind && (e.mentions.length > 0 || e.byline))
    .map((e, i) => ({ id: String(i), name: e.name, names: [...new Set([e.name, ...e.mentions.map((m) => m.text)].map(normaliseName))], roles: [] }));

describe('extractEntities fixtures', () => {
  for (const dir of readdirSync(FIXTURES).sort()) {
    test(`finds exactly the expected people and organisations in ${dir}`, () => {
      const article = JSON.parse(readFileSync(join(FIXTURES, dir, 'input.json'), 'utf8')) as ArticleText;
      const expected = JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8')) as Expected;
      const entities = extractEntities(article);
      const people = scoreEntities(expected.people.map(key), view(entities, 'person'));
      const organisations = scoreEntities(expected.organisations.map(key), view(entities, 'organisation'));
      assert.deepEqual([...people.misses, ...organisations.misses].sort(), [...(expected.knownMisses ?? [])].sort());
      assert.deepEqual([...people.falsePositives, ...organisations.falsePositives].sort(), [...(expected.knownFalsePositives ?? [])].sort());
    });
  }
});

describe('extractEntities', () => {
  const article = (texts: string[], author: string | null = null): ArticleText => ({
    id: 'a',
    title: 'Ministers back plan',
    published: null,
    author,
    segments: texts.map((text, i) => ({ paragraph: i + 1, kind: 'body', text })),
  });

  test('gives every mention the exact text of its span', () => {
    for (const dir of readdirSync(FIXTURES)) {
      const input = JSON.parse(readFileSync(join(FIXTURES, dir, 'input.json'), 'utf8')) as ArticleText;
      for (const entity of extractEntities(input)) {
        for (const m of entity.mentions) {
          const text = input.segments.find((s) => s.paragraph === m.paragraph)?.text ?? '';
          assert.equal(text.slice(m.start, m.end), m.text, `${dir}: ${entity.name}`);
        }
      }
    }
  });

  test('sorts by kind, then name, and is deterministic', () => {
    const input = article(['Kathy Evans of Children England met Serco, Atos and G4S. The DfE said so.', 'Later Ray Jones said Evans was right.']);
    const out = extractEntities(input);
    const order = out.map((e) => `${e.kind} ${e.name}`);
    assert.deepEqual(order, [...order].sort());
    assert.deepEqual(extractEntities(input), out);
  });

  test('does not change its input', () => {
    const input = article(['Kathy Evans said so.'], 'By Joe Lepper');
    const copy = structuredClone(input);
    extractEntities(input);
    assert.deepEqual(input, copy);
  });

  test('adds byline authors with no mentions unless the text names them', () => {
    const out = extractEntities(article(['Kathy Evans said so.'], 'Joe Lepper and Kathy Evans'));
    assert.deepEqual(
      out.map((e) => [e.name, e.byline, e.mentions.length]),
      [['Joe Lepper', true, 0], ['Kathy Evans', true, 1]],
    );
  });

  test('never reports a mention inside a URL or the headline', () => {
    const out = extractEntities(article(['See https://www.serco.com/Kingston-University for Ministers.']));
    assert.deepEqual(out, []);
  });

  test('records a defined acronym and its later uses', () => {
    const out = extractEntities(article(['The Association of Directors of Children’s Services (ADCS) said no.', 'The ADCS response adds more.']));
    assert.deepEqual(out.map((e) => [e.name, e.acronym, e.mentions.map((m) => m.text)]), [
      ['Association of Directors of Children’s Services', 'ADCS', ['Association of Directors of Children’s Services', 'ADCS', 'ADCS']],
    ]);
  });

  test('reads a name the article shows to be a body as that body everywhere', () => {
    const out = extractEntities(article(['Aer Lingus, which is owned by IAG, said the demand was unaffordable.', "Ryanair's boss said the dispute showed Aer Lingus was run for its pilots."]));
    assert.deepEqual(
      out.filter((e) => e.name === 'Aer Lingus').map((e) => [e.kind, e.mentions.length]),
      [['organisation', 2]],
    );
  });

  test('keeps the bare name of a river the article names in full a place', () => {
    const out = extractEntities(article(['Flows in the Waipapa River have halved.', 'Anglers who fished the Waipapa last summer said trout had gone.']));
    assert.deepEqual(out.filter((e) => e.name.startsWith('Waipapa')), []);
  });

  test('keeps the tail of a full personal name a person even where "it" follows it', () => {
    const out = extractEntities(article(['Riaan du Plooy coaches the under-19 side.', 'Du Plooy said it would take two seasons to rebuild.']));
    assert.deepEqual(out.map((e) => [e.kind, e.name, e.mentions.map((m) => m.text)]), [['person', 'Riaan du Plooy', ['Riaan du Plooy', 'Du Plooy']]]);
  });

  test('reads a name from a slash-separated byline', () => {
    const out = extractEntities(article(['Farmers in Vidarbha say the rain came late.'], 'Rohan Deshpande / PTI / Updated: 4 May 2025'));
    assert.deepEqual(out.filter((e) => e.kind === 'person').map((e) => [e.name, e.byline]), [['Rohan Deshpande', true]]);
  });

  test('reads names and bodies of shapes from outside the UK and US', () => {
    const out = extractEntities(
      article([
        'Datuk Khairul Anuar Mokhtar, 58, was found guilty. Khairul Anuar declined to speak to reporters.',
        'The Member of Parliament for Odododiodio, Hon. Sulemana Dauda Tanko, has criticised the plan.',
        'Our reporters Efua Mensah-Bonsu and Abdul-Rahman Issahaku are out in the city.',
        'The Association québécoise des garderies privées, which represents 600 operators, welcomed the offer.',
        'Falcon Crest Airways ordered 24 jets. Falcon Crest currently flies 11 aircraft.',
        'Federal Minister for Power Sardar Farhan Ali Khosa told the Senate last week.',
      ]),
    );
    const names = (kind: LocalEntity['kind']) => out.filter((e) => e.kind === kind).map((e) => e.name);
    assert.deepEqual(names('person'), ['Abdul-Rahman Issahaku', 'Efua Mensah-Bonsu', 'Khairul Anuar Mokhtar', 'Sardar Farhan Ali Khosa', 'Sulemana Dauda Tanko']);
    assert.deepEqual(names('organisation'), ['Association québécoise des garderies privées', 'Falcon Crest Airways', 'Parliament', 'Senate']);
    assert.deepEqual(out.find((e) => e.name === 'Falcon Crest Airways')?.mentions.map((m) => m.text), ['Falcon Crest Airways', 'Falcon Crest']);
  });

  test('reads amounts, units, country acronyms, colon datelines, citations\' authors, sentence-opening nouns and a drain as no one (the cited journal is a body)', () => {
    const out = extractEntities(
      article([
        'KOTA KINABALU: Shareholders approved a Rs4.5bn rights issue and a KSh12bn bond, priced at RM3.20 per mmBtu and 9 sen per kWh, the UAE and the DRC said.',
        'Seal biologists have seen the same shift, as a seal colony moved south.',
        'Reference: Okoro, A. B., Lindqvist, K. et al. Poleward shift of seal colonies. Marine Letters (2024).',
        'The minister visited the Subin drain at Adum. Subin overflows again as rains continue, and residents blamed Subin for the damage.',
      ]),
    );
    assert.deepEqual(out.map((e) => `${e.kind}: ${e.name}`), ['organisation: Marine Letters']);
  });

  test('keeps company forms, possessed bodies, listed bodies and "Md" names whole', () => {
    const out = extractEntities(
      article([
        'The hulls came from Mokpo Marine Co. Ltd, and a hydrologist at the University of Otago’s Centre for Coastal Studies checked them.',
        'The work was funded by the Research Council of Norway and the European Union.',
        'The Roads and Transport Authority said buses would run later. Md Rafiqul Hasan, who runs a dyeing unit, disagreed.',
        'Captain Idris Al Nuaimi, chief executive of the airline, said it would grow. "We can grow," Al Nuaimi said.',
      ]),
    );
    const names = (kind: LocalEntity['kind']) => out.filter((e) => e.kind === kind).map((e) => e.name);
    assert.deepEqual(names('person'), ['Idris Al Nuaimi', 'Md Rafiqul Hasan']);
    assert.deepEqual(names('organisation'), ['Centre for Coastal Studies', 'European Union', 'Mokpo Marine Co. Ltd', 'Research Council of Norway', 'Roads and Transport Authority', 'University of Otago']);
    assert.deepEqual(out.find((e) => e.name === 'Idris Al Nuaimi')?.mentions.map((m) => m.text), ['Captain Idris Al Nuaimi', 'Al Nuaimi']);
  });

  test('reads council pairs, campuses, listed portfolios with "the", academic ranks, a job title with its portfolio, firms that run or build things and a firm without its "Company"', () => {
    const out = extractEntities(
      article([
        'Perth and Kinross Council and the University of Wisconsin at Eau Claire signed the deal.',
        'It was backed by the Department of Agriculture, Fisheries, the Environment and Rural Affairs.',
        'Emeritus Professor Hana Lindqvist of the University of the Western Cape’s Institute for Water Studies led it.',
        'Shares in Brightwater Milling Company Ltd fell. Hana Lindqvist said Brightwater Milling would follow.',
        'The Sindh Irrigation Authority (SIA) must report. SIA Member (Canals) Imran Qureshi agreed.',
        'The terminal is run by Aldermoor Airports, the hotel was built on the bay by Coral Resorts, and the pier was built by Tom Rivers.',
      ]),
    );
    const names = (kind: LocalEntity['kind']) => out.filter((e) => e.kind === kind).map((e) => e.name);
    assert.deepEqual(names('person'), ['Hana Lindqvist', 'Imran Qureshi', 'Tom Rivers']);
    assert.deepEqual(names('organisation'), [
      'Aldermoor Airports',
      'Brightwater Milling Company Ltd',
      'Coral Resorts',
      'Department of Agriculture, Fisheries, the Environment and Rural Affairs',
      'Institute for Water Studies',
      'Perth and Kinross Council',
      'Sindh Irrigation Authority',
      'University of Wisconsin at Eau Claire',
      'University of the Western Cape',
    ]);
    assert.deepEqual(out.find((e) => e.name === 'Brightwater Milling Company Ltd')?.mentions.map((m) => m.text), ['Brightwater Milling Company Ltd', 'Brightwater Milling']);
  });

  test('exports only extractEntities', () => {
    assert.deepEqual(Object.keys(module), ['extractEntities']);
  });
});

/** Each entity of one article made of `texts` (one paragraph each) as "kind: name", with " ×mentions" when `counts`. */
function entityLines(texts: string | string[], counts = false): string[] {
  const segments = [texts].flat().map((text, i) => ({ paragraph: i + 1, kind: 'body' as const, text }));
  return extractEntities({ id: 'a', title: null, published: null, author: null, segments }).map((e) => `${e.kind}: ${e.name}${counts ? ` ×${e.mentions.length}` : ''}`);
}

describe('extractEntities on names with suffixes, party tags and company forms', () => {
  test('keeps a generational suffix in the name, so father and son stay two people, and the surname alone still finds them', () => {
    assert.deepEqual(entityLines(['Mayor Tomas Arceo Jr. opened the bridge with his father, Tomas Arceo Sr., beside him.', 'Lucia dela Vega III said the works were late. Arceo Jr. disagreed.'], true), [
      'person: Lucia dela Vega III ×1',
      'person: Tomas Arceo Jr. ×2',
      'person: Tomas Arceo Sr. ×1',
    ]);
  });

  test('reads a US legislator\'s party and home town as no organisation', () => {
    assert.deepEqual(entityLines(['Sen. Dora Pelkey, R-Cedar Falls, chairs the committee. Rep. Omar Haddad (D-Ames) objected.'], true), ['person: Dora Pelkey ×1', 'person: Omar Haddad ×1']);
  });

  test('takes "Ltd" and "Limited", and the name without its trade word, for one registered company', () => {
    assert.deepEqual(entityLines(['Harwell Ridge Construction Limited was charged on Monday.', 'Prosecutors said Harwell Ridge Construction Ltd was paid twice. Harwell Ridge did not respond.'], true), ['organisation: Harwell Ridge Construction Limited ×3']);
  });

  test('keeps an "and" between two adjectives the lexicon lacks inside one body\'s name', () => {
    assert.deepEqual(entityLines(['The Economic and Monetary Affairs Commission met on Tuesday.'], true), ['organisation: Economic and Monetary Affairs Commission ×1']);
  });
});

describe('extractEntities on bodies named after two areas, and coined names used alone', () => {
  test('keeps a police force, NHS trust or care board named after two areas as one body, but not two firms', () => {
    assert.deepEqual(entityLines(['Avon and Somerset Police said the network was dismantled.', 'Yarrow and Elding Hospitals NHS Foundation Trust ran the trial with Lancashire and South Cumbria Integrated Care Board.'], true), [
      'organisation: Avon and Somerset Police ×1',
      'organisation: Lancashire and South Cumbria Integrated Care Board ×1',
      'organisation: Yarrow and Elding Hospitals NHS Foundation Trust ×1',
    ]);
    assert.deepEqual(entityLines(['He met Pfizer and GSK plc executives on Monday.'], true), ['organisation: GSK plc ×1', 'organisation: Pfizer ×1']);
  });

  test('calls a body by a coined first word the lexicon has never seen', () => {
    assert.deepEqual(entityLines(['The start-up competes with Brightvane Analytics, which maps soil from space.', 'A Brightvane spokesperson said it welcomed the money.'], true), ['organisation: Brightvane Analytics ×2']);
  });
});

describe('extractEntities on court reports', () => {
  test('reads a judge after "Recorder", and an unknown name opening a sentence before ", a … prosecutor"', () => {
    assert.deepEqual(entityLines(['Pellow appeared before Recorder Tamsin Brea in May.', 'Morwenna Tregenza, a senior crown prosecutor, said the gang had been stopped.']), ['person: Morwenna Tregenza', 'person: Tamsin Brea']);
  });
});

describe('extractEntities on a university\'s schools', () => {
  test('reads "School of Health Sciences" as a body, not a school plus a person called Health Sciences', () => {
    assert.deepEqual(entityLines('The School of Health Sciences trains a third of the county\'s nurses.'), ['organisation: School of Health Sciences']);
  });
});

describe('extractEntities on learned journals', () => {
  test('reads a "Journal of …" and a "… Letters" title as a publication, not a person after an actor noun', () => {
    assert.deepEqual(entityLines('The trial, published in the Journal of Child Welfare Research and summarised in Coastal Processes Letters, found a fall.'), ['organisation: Coastal Processes Letters', 'organisation: Journal of Child Welfare Research']);
  });
});

describe('extractEntities on given names that are also words', () => {
  test('reads "Ray", "Rose", "Bill" and "Frank" before a surname as people, but not before a street or garden', () => {
    assert.deepEqual(entityLines('Ray Jones said so, and Rose Hudson, Bill Morris and Frank Lowe agreed.'), ['person: Bill Morris', 'person: Frank Lowe', 'person: Ray Jones', 'person: Rose Hudson']);
    assert.deepEqual(entityLines('Holly Lane was closed while the Rose Garden reopened.'), []);
  });

  test('ignores a run-on word of hundreds of letters', () => {
    assert.deepEqual(entityLines(`A reader pasted ${'Supercalifragilistic'.repeat(100)} into the box.`), []);
  });
});

describe('extractEntities on committees named after a list of portfolios', () => {
  test('keeps portfolios listed with commas before "Committee" in the one name, and places apart', () => {
    assert.deepEqual(entityLines('MPs on the Environment, Food and Rural Affairs Committee and the Senate Commerce, Science and Transportation Committee met.'), [
      'organisation: Environment, Food and Rural Affairs Committee',
      'organisation: Senate Commerce, Science and Transportation Committee',
    ]);
    assert.ok(!entityLines('Ministers from Wales, Scotland and the Northern Ireland Office attended.').some((n) => n.includes('Wales')));
  });
});

describe('extractEntities on nicknames of more than one word', () => {
  test('reads a name with a quoted nickname that opens a sentence as one person', () => {
    assert.deepEqual(entityLines('Bartholomew "Bart" Nwosu said the plan was sound.'), ['person: Bartholomew Nwosu']);
  });

  test('keeps a quoted nickname of two words inside the name\'s run, and out of the name', () => {
    assert.deepEqual(entityLines('Community activist Naledi "Mama K" Mokoena, who has led the protests, said so. Mokoena left.', true), ['person: Naledi Mokoena ×2']);
  });
});

describe('extractEntities on page headings and pronouns', () => {
  test('reads a line of ordinary words in capitals as a heading, not a body, but a line in capitals naming a club as the club', () => {
    assert.deepEqual(entityLines(['Wakefield Athletic won 2-1 at Hallam Road, said Kieron Abbot.', 'MATCH FACTS', 'WAKEFIELD ATHLETIC', 'MOST READ:', 'YOU MAY ALSO LIKE', 'KIERON ABBOT', '3. CURRENT POSITION', '7.1 LEGAL IMPLICATIONS'], true), [
      'organisation: Wakefield Athletic ×2',
      'person: Kieron Abbot ×1',
    ]);
  });

  test('never takes the contracted pronoun "I" for a name', () => {
    assert.deepEqual(entityLines(['"If the bus stops, I\'m stuck," said Alf Nuttall. "I’ve asked the council twice."']), ['person: Alf Nuttall']);
  });
});

describe('extractEntities on player positions', () => {
  test('reads "Centre" before a player\'s name as his position, but keeps bodies whose name opens with it', () => {
    assert.deepEqual(entityLines(['Centre Femi Okwuosa finished a long move. Okwuosa said it was the best try of his career.', 'Centre Point Trust said homelessness rose.']), [
      'organisation: Centre Point Trust',
      'person: Femi Okwuosa',
    ]);
  });
});

describe('extractEntities on job titles opening a sentence', () => {
  test('reads an ordinary adjective opening a job title as part of the title, not a body the person works for', () => {
    assert.deepEqual(entityLines(['Strategic director of resources Ravi Sundaram told councillors the precept was needed.', 'Barclays director Ann Roe agreed.']), [
      'organisation: Barclays',
      'person: Ann Roe',
      'person: Ravi Sundaram',
    ]);
  });
});

describe('extractEntities on Irish- and Welsh-language bodies', () => {
  test('reads Irish heads, the Irish article and "Teo" as a body\'s, and a name in brackets in the other language as the same body (but not an owner in brackets)', () => {
    assert.deepEqual(
      entityLines([
        'An Bord Pleanála has refused permission. It overruled Galway County Council (Comhairle Chontae na Gaillimhe).',
        'Oisrí an Chalaidh Teo objected, and Bríd Nic Eoin of Údarás na Gaeltachta told Raidió na Gaeltachta so.',
        'Tŷ Gwyn Homes Cyf applied. Tŷ Gwyn Homes said it would build.',
        'Sky News (Comcast Corporation) reported it.',
      ], true),
      [
        'organisation: An Bord Pleanála ×1',
        'organisation: Comcast Corporation ×1',
        'organisation: Galway County Council ×2',
        'organisation: Oisrí an Chalaidh Teo ×1',
        'organisation: Raidió na Gaeltachta ×1',
        'organisation: Sky News ×1',
        'organisation: Tŷ Gwyn Homes Cyf ×2',
        'organisation: Údarás na Gaeltachta ×1',
        'person: Bríd Nic Eoin ×1',
      ],
    );
  });
});

describe('extractEntities on union officers', () => {
  test('reads the body an organiser or negotiator works for as an organisation, but not the region they cover', () => {
    assert.deepEqual(entityLines(['Bernadette Ezeokafor, regional organiser for Unison, said members were frightened.', 'Kwame Asante, a negotiator for Voicecare, agreed.', "Wojciech Wróblewski, the union's regional organiser for the South East, said so."]), [
      'organisation: Unison',
      'organisation: Voicecare',
      'person: Bernadette Ezeokafor',
      'person: Kwame Asante',
      'person: Wojciech Wróblewski',
    ]);
  });

  test('reads an outlet from "told the X news agency" and "X can reveal"', () => {
    assert.deepEqual(entityLines(['Owner Alasdair Hendry told the PA news agency the route lost money.', 'The chief executive got a 14 per cent rise, The Daily Courant can reveal.']), [
      'organisation: Daily Courant',
      'organisation: PA',
      'person: Alasdair Hendry',
    ]);
  });
});

describe('extractEntities on benefits and schemes', () => {
  test('reads a welfare benefit or a legal safeguard, spelled out or by its acronym, as no body, but keeps bodies named after money', () => {
    assert.deepEqual(
      entityLines([
        'Claimants of Universal Credit said the Employment and Support Allowance (ESA) was stopped. Appeals against ESA decisions rose.',
        'Applications for Deprivation of Liberty Safeguards (DoLS) rose. DoLS cases took months.',
        'Credit Suisse and the Tax Justice Network said so.',
      ]),
      ['organisation: Credit Suisse', 'organisation: Tax Justice Network'],
    );
  });
});

describe('extractEntities on comment handles', () => {
  test('takes a commenter\'s handle for the commenter, whatever its parts look like', () => {
    const segments = [
      { paragraph: 1, kind: 'body' as const, text: 'Delayed discharges rose again.' },
      { paragraph: 2, kind: 'comment-meta' as const, text: 'DischargeNurse_NW 13 April 2018 at 21:40' },
      { paragraph: 3, kind: 'comment' as const, text: 'The target was always about the numbers.' },
    ];
    assert.deepEqual(extractEntities({ id: 'a', title: null, published: null, author: null, segments }).map((e) => `${e.kind}: ${e.name}`), ['person: DischargeNurse_NW']);
  });
});

describe('extractEntities on a body\'s short name in brackets', () => {
  test('files a short name in brackets under the full name before it', () => {
    assert.deepEqual(entityLines(['The state will fund the line through Mass Rapid Transit Corporation Sdn Bhd (MRT Corp), officials said.'], true), ['organisation: Mass Rapid Transit Corporation Sdn Bhd ×2']);
  });
});

describe('extractEntities on a body named once, opening a sentence', () => {
  test('reads an unknown word that opens a sentence and rates, fines or rules as a body', () => {
    assert.deepEqual(entityLines(['Ofsted rated the council\'s services for children "requires improvement" in 2014.', 'Ofwat fined the supplier £2m.', 'Tom Baines rated it highly.']), [
      'organisation: Ofsted',
      'organisation: Ofwat',
      'person: Tom Baines',
    ]);
  });

  test('keeps a place no dictionary knows, a saint and a cause inside bodies, and reads "whose two children" as a person', () => {
    assert.deepEqual(
      entityLines([
        'Wearmoor County Council, which places 60 children, wrote to providers.',
        'Pupils at St Aidan’s CE Academy were moved, the Howard League for Penal Reform said.',
        'Marzena Wolska, whose two children attend the academy, said parents were angry.',
      ]),
      ['organisation: Howard League for Penal Reform', 'organisation: St Aidan’s CE Academy', 'organisation: Wearmoor County Council', 'person: Marzena Wolska'],
    );
  });

  test('reads a name given with an age as a person, and a quoted nickname as its bearer', () => {
    assert.deepEqual(entityLines(['We met Patience, a 64-year-old grandmother from Hull. Her grandson, Kyrell, who is 12, was at school.', 'Tayla, 17, said she was scared.']), ['person: Kyrell', 'person: Patience', 'person: Tayla']);
    assert.deepEqual(entityLines(['He drove with Chantelle "Chaz" Devereaux-Mills beside him.', 'Chaz, 25, left him in August.'], true), ['person: Chantelle Devereaux-Mills ×2']);
  });

  test('reads constabularies and agencies named for their service as bodies, and an office over a body as no body', () => {
    assert.deepEqual(entityLines(['Fenwick Constabulary said it would close three desks.', 'According to Harbury Fostering, one of the largest agencies, demand rose.', 'The Governor of the Bank of Ghana said so.']), [
      'organisation: Bank of Ghana',
      'organisation: Fenwick Constabulary',
      'organisation: Harbury Fostering',
    ]);
  });

  test('reads a firm by the start of its full name, a relative by a given name apart from a namesake, a person the text names, and party arms', () => {
    assert.deepEqual(entityLines(['The council bought a home from Bryn Hafod Care Ltd, which closed it. Bryn Hafod confirmed the sale.'], true), ['organisation: Bryn Hafod Care Ltd ×2']);
    assert.deepEqual(entityLines(['Catriona Stewart, the society\'s leader, spoke. He is survived by his children, Iain, Catriona and Ruaridh.']), ['person: Catriona', 'person: Catriona Stewart', 'person: Iain', 'person: Ruaridh']);
    assert.deepEqual(entityLines(['One girl, whom the charity calls Tegan, went missing. "I kept getting on trains," Tegan said.'], true), ['person: Tegan ×2']);
    assert.deepEqual(entityLines(['Scottish Labour\'s spokeswoman Rhona Geddes said so, and Unison branch secretary Dan Fahey agreed, telling Council Finance Today.']), [
      'organisation: Council Finance Today',
      'organisation: Scottish Labour',
      'organisation: Unison',
      'person: Dan Fahey',
      'person: Rhona Geddes',
    ]);
  });

  test('keeps a person a foundation is named after, and reads no counts or calls as people', () => {
    assert.deepEqual(entityLines(['Sophie Lancaster was killed in 2007. Her mother set up the Sophie Lancaster Foundation.']), ['organisation: Sophie Lancaster Foundation', 'person: Sophie Lancaster']);
    const none = entityLines(['Serco (12), Capita (8) and Mitie (5) won contracts.', 'One worried mother called Childline for help.', 'Parents named Harrow as their first choice.']);
    assert.ok(!none.some((line) => line.startsWith('person:')), none.join(', '));
  });
});
