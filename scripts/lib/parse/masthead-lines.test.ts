import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIssuerLine, isMenuLine, isTagline, mastheadLineKind } from './masthead-lines.ts';

describe('isTagline', () => {
  it('reads founding years, service verbs and slogan shapes as taglines', () => {
    for (const line of [
      'Serving Ōtaki, Waikanae and Paraparaumu since 1909',
      "Tayside's independent news since 1994",
      'Club cricket from the Borders and beyond',
      'Proudly serving the East Rand since 1952',
      'Est. 1887',
      'The voice of the Valley',
      'Your local news, every day',
      "Fife's favourite weekly newspaper",
      'Independent. Local. Trusted.',
      'Covering the South Shore since 1887',
    ])
      assert.equal(isTagline(line), true, line);
  });

  it('leaves headlines alone, even those that end in a year or start with "Serving"', () => {
    for (const line of [
      'Kelso win first title since 1991',
      'Bridge closed for first time since 1987',
      'Town has most rain since 1987',
      'Serving soldier jailed for assault on taxi driver',
      'Council to close two libraries',
      'Te Horo kaumātua housing project wins council backing',
      'Residents march on municipal offices after 12 days without water',
      'A cheap pill slowed memory loss in a small trial. Experts urge caution.',
    ])
      assert.equal(isTagline(line), false, line);
  });
});

describe('isMenuLine', () => {
  it('reads a navigation menu run together on one line', () => {
    for (const line of [
      'News First Alert Weather Sports 12 Investigates Community Watch Live Contests',
      'Home India World Business Sports Entertainment Opinion Videos ePaper',
      'News Sport Community Opinion Classifieds Public Notices Weather',
    ])
      assert.equal(isMenuLine(line), true, line);
  });

  it('leaves title-case headlines and short rows alone', () => {
    for (const line of ['City Council Delays Vote on Sale of Downtown Parking Garage', 'School Board Votes To Close Two Elementary Schools', 'News Sport Weather', 'Business Secretary Resigns After Sports Funding Row'])
      assert.equal(isMenuLine(line), false, line);
  });
});

describe('isMenuLine with runs of spaces', () => {
  it('reads entries parted by runs of spaces, whatever their names', () => {
    for (const line of ['Football  Cricket  Rugby  Tennis  F1  Golf  Boxing  More', 'News  Politics  Sports  Business  Opinion  Obituaries  e-Edition  Newsletters', 'Home\tAbout us\tOur work\tDonate', 'Adults  Children and families  Mental health  Workforce'])
      assert.equal(isMenuLine(line), true, line);
  });

  it('leaves a headline with one wide gap, and prose, alone', () => {
    for (const line of ['Council  approves budget after long debate', 'Ministers said.  The plan.  Was dropped.  Then revived.', 'Rovers  2  Athletic  1'])
      assert.equal(isMenuLine(line), false, line);
  });
});

describe('isIssuerLine', () => {
  it('reads a company name with its ticker', () => {
    for (const line of ['Tarrant Vale Holdings plc (TVH)', 'Acme Robotics Corp. (NASDAQ: ACMR)', 'Kowhai Energy (NZX: KWE)', 'Harland & Moss Group (LSE:HMG)'])
      assert.equal(isIssuerLine(line), true, line);
  });

  it('leaves headlines about a company alone', () => {
    for (const line of ['Tarrant Vale Holdings plc (TVH) shares fall 10%', 'Board Change and Trading Update', 'Acme Holdings plc'])
      assert.equal(isIssuerLine(line), false, line);
  });
});

describe('mastheadLineKind', () => {
  it('names the kind of each masthead line and null for a headline', () => {
    assert.equal(mastheadLineKind('Tarrant Vale Holdings plc (TVH)'), 'issuer');
    assert.equal(mastheadLineKind('Home World Business Sport Opinion Weather'), 'menu');
    assert.equal(mastheadLineKind('Serving the Wairarapa since 1878'), 'tagline');
    assert.equal(mastheadLineKind('Flood warning issued for Wairarapa rivers'), null);
  });
});

describe('isMenuLine with bars and dots', () => {
  it('reads short entries parted by bars or dots, among them section names', () => {
    assert.equal(isMenuLine('E-Paper | Markets | Punjab | World | Opinion | Budget 2024-25'), true);
    assert.equal(isMenuLine('Home · News · Sport · Farming · Motors'), true);
  });

  it('leaves a headline with a bar and a row of place names alone', () => {
    assert.equal(isMenuLine('Storm warning | Ferries cancelled as gusts hit the west coast'), false);
    assert.equal(isMenuLine('Lagos | Abuja | Kano | Ibadan'), false);
  });
});

describe('isTagline on quality-and-kind slogans', () => {
  it('reads "Independent science journalism" as a tagline, not a headline', () => {
    assert.equal(isTagline('Independent science journalism'), true);
    assert.equal(isTagline('Trusted local news'), true);
    assert.equal(isTagline('Independent review finds journalism school failed students'), false);
  });
});
