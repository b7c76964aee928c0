import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterPreposition, bearingBefore, competitionWon, datelinePlace, isEventName, isRoadCode, listedAfterLocative, placeListPeer } from './place-cues.ts';
import { candidateIn } from './test-context.ts';

describe('place cues', () => {
  test('know road numbers from acronyms and companies', () => {
    for (const road of ['A14', 'M74', 'B1115', 'A1(M)', 'N11', 'R132', 'I-35']) assert.equal(isRoadCode(road), true, road);
    for (const body of ['G4S', 'BAE', 'M&S', 'ITV', 'S4C', 'E4', 'G20']) assert.equal(isRoadCode(body), false, body);
  });

  test('read storms and events named after a place or a people as events', () => {
    assert.equal(isEventName(['Storm', 'Dudley']), true);
    assert.equal(isEventName(['Typhoon', 'Haiyan']), true);
    assert.equal(isEventName(['Commonwealth', 'Games']), true);
    assert.equal(isEventName(['Irish', 'Open']), true);
    assert.equal(isEventName(['Hurricane', 'Energy', 'plc']), false);
    assert.equal(isEventName(['Epic', 'Games']), false);
  });

  test('read a bearing or distance from a place', () => {
    assert.equal(bearingBefore(candidateIn('a village 30km south-east of Kitwe, which', 'Kitwe')), true);
    assert.equal(bearingBefore(candidateIn('about six miles from Hexham and', 'Hexham')), true);
    assert.equal(bearingBefore(candidateIn('the chief executive of Hexham Mart said', 'Hexham Mart')), false);
  });

  test('read places listed after a locative or after the people who live there', () => {
    assert.equal(listedAfterLocative(candidateIn('Farmers in Ballymena, Cullybackey and Broughshane said the river rose', 'Broughshane')), true);
    assert.equal(listedAfterLocative(candidateIn('Residents of Nether Edge and Sharrow Vale say the tram is late', 'Sharrow Vale')), true);
    assert.equal(listedAfterLocative(candidateIn('Councils such as Torfaen and Blaenau Gwent say', 'Blaenau Gwent')), false);
    // Case matters: "south-west" is not a listed name.
    assert.equal(listedAfterLocative(candidateIn('only two, Kingston, in south-west London, and Powys, agreed', 'Powys')), false);
  });

  test('read the object of a preposition, so the verb after it is not its own', () => {
    assert.equal(afterPreposition(candidateIn('Supporters at Ibrox and Tynecastle sang', 'Tynecastle')), true);
    assert.equal(afterPreposition(candidateIn('Lorries from Felixstowe queued', 'Felixstowe')), true);
    assert.equal(afterPreposition(candidateIn('Later, Ofcom ruled that', 'Ofcom')), false);
  });

  test('join "and the X" to a known place before it', () => {
    assert.equal(placeListPeer(candidateIn('flooding in Lincolnshire and the Fens last winter', 'Fens')), true);
    assert.equal(placeListPeer(candidateIn('talks between Unite and the Acas mediators', 'Acas')), false);
  });

  test('read a capitalised wire dateline as a place', () => {
    assert.equal(datelinePlace(candidateIn('CEDAR FALLS, Iowa (WXT) - The county board voted', 'CEDAR FALLS')), true);
    assert.equal(datelinePlace(candidateIn('PORT LOUIS — The central bank held rates', 'PORT LOUIS')), true);
    assert.equal(datelinePlace(candidateIn('The NHS said', 'NHS')), false);
  });

  test('read a league that is won or played in as a competition', () => {
    assert.equal(competitionWon(candidateIn('Dunvale clinched the Lowland League on goal difference', 'Lowland League')), true);
    assert.equal(competitionWon(candidateIn('relegated from the Northern Premier League in May', 'Northern Premier League')), true);
    assert.equal(competitionWon(candidateIn('fined by the Northern Premier League for', 'Northern Premier League')), false);
  });
});
