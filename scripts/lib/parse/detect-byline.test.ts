import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bylineRole, closingByline, isNameShaped, isRoleLine, looksLikePerson, parseByline } from './detect-byline.ts';

describe('parseByline', () => {
  it('reads "By" bylines, several authors, roles and places', () => {
    assert.equal(parseByline('By Joe Lepper'), 'Joe Lepper');
    assert.equal(parseByline('By Lisa Mascaro and Alan Fram, Associated Press'), 'Lisa Mascaro and Alan Fram');
    assert.equal(parseByline('By Jane Doe in Washington'), 'Jane Doe');
    assert.equal(parseByline('Posted by Hannah Okafor'), 'Hannah Okafor');
  });

  it('title-cases all-capitals agency bylines and drops the agency', () => {
    assert.equal(parseByline('By MARY CLARE JALONICK Associated Press'), 'Mary Clare Jalonick');
  });

  it('reads "Name, Role" lines without "By"', () => {
    assert.equal(parseByline('Patrick Butler, social policy editor'), 'Patrick Butler');
    assert.equal(parseByline('Jane Doe, Reporter | @janedoe'), 'Jane Doe');
  });

  it('reads a bare personal name only when asked to', () => {
    assert.equal(parseByline('Neil Puffett'), null);
    assert.equal(parseByline('Neil Puffett', true), 'Neil Puffett');
  });

  it('refuses sentences, organisations and list items', () => {
    assert.equal(parseByline('By 2020 the council will'), null);
    assert.equal(parseByline('By contrast, councils disagreed.'), null);
    assert.equal(parseByline('Children England', true), null);
    assert.equal(parseByline('Themed supplements', true), null);
    assert.equal(parseByline('More from Community Care', true), null);
  });
});

describe('isNameShaped', () => {
  it('accepts capitalised words with particles and initials', () => {
    assert.equal(isNameShaped('Ludwig van Beethoven'), true);
    assert.equal(isNameShaped('J. K. Rowling'), true);
    assert.equal(isNameShaped('the council'), false);
    assert.equal(isNameShaped('Madonna'), false);
  });
});

describe('looksLikePerson', () => {
  it('tells people from organisations and phrases', () => {
    assert.equal(looksLikePerson('Rajeev Syal'), true);
    assert.equal(looksLikePerson('Home Office'), false);
    assert.equal(looksLikePerson('Latest News'), false);
  });
});

describe('parseByline with lowercase name particles', () => {
  it('keeps Welsh and Arabic particles inside a name', () => {
    assert.equal(parseByline('By Dafydd ap Gwilym'), 'Dafydd ap Gwilym');
    assert.equal(parseByline('By Ahmed ibn Rashid'), 'Ahmed ibn Rashid');
  });
});

describe('parseByline with roles and outlets', () => {
  it('reads a name run into a role without a comma', () => {
    assert.equal(parseByline('Kitty Holland Social Affairs Correspondent'), 'Kitty Holland');
    assert.equal(parseByline('Mary Clare Jalonick Political Reporter'), 'Mary Clare Jalonick');
  });

  it('drops an outlet after "for" in any case, and never takes an outlet for a name', () => {
    assert.equal(parseByline('By JANE DOE FOR MAILONLINE'), 'Jane Doe');
    assert.equal(parseByline('By Reuters'), null);
    assert.equal(parseByline('ABC Central West', true), null);
  });
});

describe('isRoleLine', () => {
  it('knows a role printed on its own line', () => {
    assert.deepEqual(['Staff Writer', 'Political Correspondent', 'Local Democracy Reporter', 'Jane Doe', 'The council said'].map(isRoleLine), [true, true, true, false, false]);
  });

  it('takes a beat no list holds, and a bureau named after its city, but not a name run into a role', () => {
    for (const line of ['Chief Football Correspondent', 'Motoring Editor', 'Senior Cycling Writer', 'Des Moines Bureau', 'Westminster Desk', 'Cape Town Bureau'])
      assert.equal(isRoleLine(line), true, line);
    for (const line of ['Jane Doe Reporter', 'Bureau', 'The Bureau of Statistics', 'Amir Haddad Correspondent', 'Said the reporter'])
      assert.equal(isRoleLine(line), false, line);
  });

  it('takes a think tank\'s or university\'s role, with the field it covers after a comma', () => {
    for (const line of ['Senior fellow, social care', 'Research Fellow, Health & Care', 'Chief Economist', 'Senior Lecturer, Social Work']) assert.equal(isRoleLine(line), true, line);
    for (const line of ['Fellow travellers, beware', 'Jane Doe, Health Correspondent', 'Senior fellow, who led the review, said']) assert.equal(isRoleLine(line), false, line);
  });
});

describe('parseByline with filing places', () => {
  it('keeps every author when each carries the city they filed from', () => {
    assert.equal(parseByline('By Ana Ferreira in Lisbon and Joost Verhoeven in Rotterdam'), 'Ana Ferreira and Joost Verhoeven');
    assert.equal(parseByline('By Mei Tanaka in Tokyo, Ravi Menon in Mumbai and Olu Bakare in Lagos'), 'Mei Tanaka, Ravi Menon and Olu Bakare');
    assert.equal(parseByline('By Ana Ferreira in Lisbon, Chief Economics Correspondent'), 'Ana Ferreira');
  });
});

describe('bylines from outlets around the world', () => {
  it('keeps Gaelic and Māori particles, hyphens and diacritics in a name', () => {
    for (const name of ['Orlaith Ní Chonchúir', 'Ruby Tamihana-Clarke', 'Hēmi Te Rangi-Walker'])
      assert.equal(parseByline(name, true), name, name);
    assert.equal(parseByline('By Caoimhe Nic Giolla Phádraig'), 'Caoimhe Nic Giolla Phádraig');
    assert.equal(parseByline('By Siobhán ní Bhriain'), 'Siobhán ní Bhriain');
  });

  it('stops at a desk or role after a comma instead of reading it as a second author', () => {
    assert.equal(parseByline('By Nkosana Dube, Bulawayo Bureau'), 'Nkosana Dube');
    assert.equal(parseByline('Calum Rennie, Chief Football Writer'), 'Calum Rennie');
    assert.equal(parseByline('By Iain Dalgetty, Reporter'), 'Iain Dalgetty');
    assert.equal(parseByline('By Dana Whitlock and Marcus Oyelaran'), 'Dana Whitlock and Marcus Oyelaran');
  });

  it('does not take a league, club or menu label for a person', () => {
    for (const label of ['Border League', 'Kelso Cricket Club', 'Public Notices', 'Premier Division']) assert.equal(looksLikePerson(label), false, label);
  });
});

describe('parseByline with credit labels and courtesy titles', () => {
  it('reads a byline given as a label and a colon', () => {
    assert.equal(parseByline('Words: Ilse Vandermeer'), 'Ilse Vandermeer');
    assert.equal(parseByline('Text: Joaquim Barros'), 'Joaquim Barros');
    assert.equal(parseByline('Author of the article: Anne-Sophie Garneau'), 'Anne-Sophie Garneau');
  });

  it('drops a courtesy title before each author', () => {
    assert.equal(parseByline('By Dr Tomasina Okello'), 'Tomasina Okello');
    assert.equal(parseByline('By Prof. Raúl Ibarra and Dr Ngaio Pere'), 'Raúl Ibarra and Ngaio Pere');
  });

  it('does not read a photographer credit or a sentence as a byline', () => {
    assert.equal(parseByline('Photography: Ilse Vandermeer'), null);
    assert.equal(parseByline('Words: the council said it would reply.'), null);
  });
});

describe('closingByline', () => {
  it('reads a labelled byline printed after the text', () => {
    assert.equal(closingByline('Words: Ilse Vandermeer'), 'Ilse Vandermeer');
    assert.equal(closingByline('– By Joaquim Barros'), 'Joaquim Barros');
  });

  it('never reads a bare name or a credit for editing', () => {
    assert.equal(closingByline('Ilse Vandermeer'), null);
    assert.equal(closingByline('Editing by Joaquim Barros'), null);
  });
});

describe('parseByline on scraped markup', () => {
  it('reads a byline in emphasis marks or with an address in brackets', () => {
    assert.equal(parseByline('_By Ann Lee_'), 'Ann Lee');
    assert.equal(parseByline('**By Ann Lee**'), 'Ann Lee');
    assert.equal(parseByline('By Jane Doe (jane@example.com)'), 'Jane Doe');
    assert.equal(parseByline('By Jane Doe (@janedoe)'), 'Jane Doe');
    assert.equal(parseByline('Reporter Megan Yardley'), 'Megan Yardley');
  });
});

describe('bylineRole', () => {
  it("reads the reporter's job beside or under a byline", () => {
    assert.equal(bylineRole(', Education Editor'), 'Education Editor');
    assert.equal(bylineRole(', Local government reporter @JoDoeNews'), 'Local government reporter');
    assert.equal(bylineRole(', PA Transport Correspondent'), 'PA Transport Correspondent');
    assert.equal(bylineRole('Senior Reporter, Climate'), 'Senior Reporter, Climate');
  });

  it('refuses places, outlets, dates and sentences', () => {
    assert.equal(bylineRole(' in London'), null);
    assert.equal(bylineRole(', BBC News'), null);
    assert.equal(bylineRole(' | 4 March 2018'), null);
    assert.equal(bylineRole(' covers the courts for the paper.'), null);
  });
});
