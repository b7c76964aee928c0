import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectHeader, isHeadline } from './detect-header.ts';

describe('isHeadline', () => {
  it('accepts short capitalised lines without a final full stop', () => {
    assert.equal(isHeadline('Children’s services chiefs say ‘no’ to letting companies run child protection'), true);
    assert.equal(isHeadline('Is outsourcing the answer?'), true);
  });

  it('refuses sentences, single words and list items', () => {
    assert.equal(isHeadline('Proposals to allow councils to privatise services have been abandoned.'), false);
    assert.equal(isHeadline('News'), false);
    assert.equal(isHeadline('1. Gerald June 5, 2014'), false);
  });
});

describe('detectHeader', () => {
  it('reads headline, byline and date line', () => {
    const header = detectHeader(['Opposition to outsourcing gathers pace', 'By Joe Lepper', '| 19 May 2014', 'More than 8,000 people have signed a petition.']);
    assert.equal(header.title, 'Opposition to outsourcing gathers pace');
    assert.equal(header.author, 'Joe Lepper');
    assert.equal(header.date?.iso, '2014-05-19');
    assert.equal(header.bodyStart, 3);
  });

  it('steps over a review’s venue and star rating between headline and standfirst', () => {
    const header = detectHeader([
      'Culture',
      'The Tempest review – a storm in a very small teacup',
      'Lyceum Theatre, Edinburgh',
      '★★☆☆☆',
      'A starry cast cannot rescue a production that never decides what its island is',
      'Fiona Campbell',
      'Sat 8 Mar 2025 09.00 GMT',
      'There is a moment in the second act when the whole set seems to hold its breath, and so, for once, does the audience.',
    ]);
    assert.equal(header.title, 'The Tempest review – a storm in a very small teacup');
    assert.equal(header.standfirst, 4);
    assert.equal(header.author, 'Fiona Campbell');
    assert.equal(header.date?.iso, '2025-03-08');
    assert.equal(header.bodyStart, 7);
  });

  it('reads a standfirst without a full stop and a caption under it', () => {
    const header = detectHeader(['Chiefs say no to profit in child protection', 'The association says the plan could create perverse incentives in social care', 'Photo: Gary Brigden', 'Bosses have warned ministers.']);
    assert.equal(header.standfirst, 1);
    assert.deepEqual(header.captions, [2]);
    assert.equal(header.bodyStart, 3);
  });

  it('takes a sentence as standfirst when a byline still follows it', () => {
    const header = detectHeader(['Care homes run like hotels, charity warns', 'Private providers now run most homes, a report says.', 'Amelia Hartley, social affairs correspondent', 'Mon 16 Jun 2014 07.00 BST', 'Private companies are running homes.']);
    assert.equal(header.standfirst, 1);
    assert.equal(header.author, 'Amelia Hartley');
    assert.equal(header.date?.iso, '2014-06-16');
  });

  it('splits byline and date printed on one line', () => {
    for (const line of ['By Jane Doe | March 3, 2015 | 4 comments', 'Posted on March 3, 2015 by Jane Doe', 'Jane Doe Tuesday 3 March 2015 12.00 GMT', 'By Jane Doe, Tuesday 3 March 2015']) {
      const header = detectHeader(['Council scraps outsourcing plan', line, 'The council has scrapped its plan.']);
      assert.deepEqual([header.author, header.date?.iso], ['Jane Doe', '2015-03-03'], line);
    }
  });

  it('finds no headline when the text starts with body', () => {
    const header = detectHeader(['Proposals to allow councils to privatise services have been abandoned.', 'The department said so.']);
    assert.equal(header.title, null);
    assert.equal(header.bodyStart, 0);
  });

  it('skips a short section label above the headline', () => {
    assert.equal(detectHeader(['Social care', 'Council scraps outsourcing plan after protests', 'The council has scrapped it.']).title, 'Council scraps outsourcing plan after protests');
  });

  it('prefers a published date to an updated one', () => {
    assert.equal(detectHeader(['Headline words here', 'Last updated: 4 March 2015', 'Published: 3 March 2015', 'Body.']).date?.iso, '2015-03-03');
  });
});

describe('detectHeader above the headline', () => {
  it('passes over breadcrumbs, press-release labels and a masthead, and names the site', () => {
    const header = detectHeader(['Wexcombe Gazette', 'News | Politics | Wexcombe', 'Council tax to rise as libraries close', 'By Tom Hardcastle, Local Democracy Reporter', 'Thursday 9 February 2023', 'Council tax bills will rise.']);
    assert.equal(header.title, 'Council tax to rise as libraries close');
    assert.deepEqual(header.outlets, [{ name: 'Wexcombe Gazette', from: 'site' }]);
    assert.equal(header.bodyStart, 5);
    const release = detectHeader(['PRESS RELEASE', 'FOR IMMEDIATE RELEASE: 15 January 2024', 'Charity launches overnight helpline for carers', 'Unpaid carers will be able to call.']);
    assert.equal(release.title, 'Charity launches overnight helpline for carers');
    assert.equal(release.date?.iso, '2024-01-15');
  });

  it('cuts a "| Site" suffix off the headline and skips the headline printed again', () => {
    const header = detectHeader(['Ferry operator fined after passenger hurt | Northshire Echo', 'Ferry operator fined after passenger hurt', 'By Ruth Ellison', 'A ferry operator has been fined.']);
    assert.deepEqual([header.title, header.titleCut, header.standfirst, header.bodyStart], ['Ferry operator fined after passenger hurt', true, null, 3]);
    assert.deepEqual(header.outlets, [{ name: 'Northshire Echo', from: 'site' }]);
  });
});

describe('detectHeader under the byline', () => {
  it('passes over a role or outlet line and keeps the outlet', () => {
    const bbc = detectHeader(['Hospital trust apologises over scans', 'By Priya Natarajan', 'BBC News, Bristol', 'A hospital trust has apologised.']);
    assert.deepEqual([bbc.author, bbc.bodyStart], ['Priya Natarajan', 3]);
    assert.deepEqual(bbc.outlets, [{ name: 'BBC News', from: 'byline' }]);
    const us = detectHeader(['School board delays vote on buses', 'By Mike Kowalski', 'Staff Writer', 'Sept. 5, 2024', 'The board postponed a vote.']);
    assert.deepEqual([us.author, us.date?.iso, us.standfirst, us.bodyStart], ['Mike Kowalski', '2024-09-05', null, 4]);
  });

  it("keeps the author's job from the byline line or the line under it, never an outlet", () => {
    const role = (lines: string[]) => detectHeader([...lines, 'The board postponed a vote on Tuesday night after a long meeting.']).authorRole;
    assert.equal(role(['School board delays vote on buses', 'By Mike Kowalski', 'Chief Political Correspondent', 'Sept. 5, 2024']), 'Chief Political Correspondent');
    assert.equal(role(['School board delays vote on buses', 'By Mike Kowalski, Education Editor', 'Sept. 5, 2024']), 'Education Editor');
    assert.equal(role(['School board delays vote on buses', 'Ciara Molloy Social Affairs Correspondent']), 'Social Affairs Correspondent');
    assert.equal(role(['Hospital trust apologises over scans', 'By Priya Natarajan', 'BBC News, Bristol']), null);
  });

  it('never takes a byline it cannot read for the headline, so the headline above it stays', () => {
    const header = detectHeader(['Council sells care arm to Larchfield Trust', 'By Jane Doe of the Northshire Echo newsroom team with extra words', '4 March 2015', 'Ruth Penbury, leader of Marlow Council, said on Monday the care arm would be sold.']);
    assert.deepEqual([header.title, header.standfirst], ['Council sells care arm to Larchfield Trust', 1]);
  });

  it('reads a byline with no comma before the role', () => {
    assert.equal(detectHeader(['Waiting lists reach record high', 'Ciara Molloy Social Affairs Correspondent', 'The number rose.']).author, 'Ciara Molloy');
  });

  it('takes a sentence as standfirst when a caption comes between it and the byline', () => {
    const header = detectHeader(['Care homes run like hotels, charity warns', 'Private providers now run most homes, a report says.', 'A home in the north. Photograph: Jo Bloggs', 'Amelia Hartley', 'Mon 16 Jun 2014 07.00 BST', 'Private companies are running homes.']);
    assert.deepEqual([header.standfirst, header.captions, header.author], [1, [2], 'Amelia Hartley']);
  });

  it('marks a caption without a credit between the date line and the body', () => {
    const header = detectHeader(['Flood defences fail as river bursts', 'By Owen Price', 'Tuesday 3 December 2024', 'Residents wading through floodwater in Cockermouth on Monday night.', 'Flood defences in Cockermouth failed on Monday night as the river burst its banks, forcing 200 people from their homes.']);
    assert.deepEqual([header.captions, header.bodyStart], [[3], 4]);
  });

  it('does not take a first sentence with a verb for a caption', () => {
    const header = detectHeader(['Flood defences fail as river bursts', 'By Owen Price', 'Tuesday 3 December 2024', 'Flood defences failed on Monday night.', 'The Environment Agency said the defences had been overtopped by a record surge.']);
    assert.deepEqual([header.captions, header.bodyStart], [[], 3]);
  });
});

describe('detectHeader under a masthead and section labels', () => {
  it('passes over the site name and one-per-line section labels to reach the headline', () => {
    const texts = ['Northfold Gazette', 'Sport', 'Cricket', 'Ashworth century rescues county on rain-hit opening day', 'By Priyanka Desai', 'Sports Reporter', '09:41, 14 AUG 2023', 'Daniel Ashworth made an unbeaten 132 on Sunday.'];
    const header = detectHeader(texts);
    assert.equal(header.titleAt, 3);
    assert.equal(header.author, 'Priyanka Desai');
    assert.equal(header.date?.iso, '2023-08-14');
    assert.equal(header.bodyStart, 7);
    assert.deepEqual(header.outlets[0], { name: 'Northfold Gazette', from: 'site' });
  });
});

describe('detectHeader on a tabloid\'s bullet summary', () => {
  it('takes the line above a block of short summary lines for the headline, and reads on to the byline', () => {
    const texts = [
      'Home | News | Sport | TV&Showbiz',
      'Dad-of-two who lost both legs to sepsis is told he is FIT FOR WORK - while he was still learning to walk',
      'Craig Mulholland, 41, had both legs amputated below the knee in January',
      'Assessor from Harland Medical Services said he could mobilise 200 metres',
      'His sickness benefit was stopped and his family had to use a food bank',
      'By Joanna Blackwood for CometOnline',
      'Published: 16:22 BST, 17 July 2014 | Updated: 19:05 BST, 17 July 2014',
      'A father-of-two who lost both his legs to sepsis was told he was fit for work while he was still learning to walk on his new limbs.',
    ];
    const header = detectHeader(texts, { blocks: [0, 1, 2, 2, 2, 3, 4, 5] });
    assert.deepEqual([header.titleAt, header.standfirst, header.author, header.date?.iso, header.bodyStart], [1, 2, 'Joanna Blackwood', '2014-07-17', 7]);
  });
});

describe('detectHeader on a think tank\'s blog', () => {
  it('reads a name over a role and its field as the byline, without the courtesy title, under a two-sentence headline', () => {
    const texts = ['Thurloe Institute', 'Blog', 'Winter is over. The delayed discharge problem is not', 'Dr Chidinma Obiora-Lane', 'Senior fellow, social care', '12 April 2018', 'When NHS England published its statistics this morning, most of the attention went to A&E.'];
    const header = detectHeader(texts);
    assert.deepEqual([header.titleAt, header.author, header.date?.iso, header.bodyStart], [2, 'Chidinma Obiora-Lane', '2018-04-12', 6]);
  });
});

describe('detectHeader on mastheads, taglines and bylines of other outlets', () => {
  const body = 'Councillors voted 9 to 2 on Thursday to waive the fees for the project, which will be built on land the family has held for generations.';

  it('reads the headline above the byline, past a tagline, a one-line menu and a breadcrumb', () => {
    const header = detectHeader(['Kāpiti Coast Chronicle', 'Serving Ōtaki, Waikanae and Paraparaumu since 1909', 'Sign In', 'News Sport Community Opinion Classifieds Public Notices Weather', 'Home > News > Local', 'Marae housing project wins council backing', 'Twelve homes for elders will be built on Māori freehold land north of Te Horo', 'Ruby Tamihana-Clarke', '15th September 2022', 'Updated: 17/09/2022', body]);
    assert.deepEqual([header.title, header.standfirst, header.author, header.date?.iso, header.bodyStart], ['Marae housing project wins council backing', 6, 'Ruby Tamihana-Clarke', '2022-09-15', 10]);
  });

  it('reads a headline of two sentences with two bylines and their bio lines under them', () => {
    const header = detectHeader(['The Brennan Ledger', 'Sign In', 'Health', 'A cheap pill slowed memory loss in a small trial. Experts urge caution.', 'By Dana Whitlock and Marcus Oyelaran', 'Dana Whitlock is a medicine and public health reporter.', 'Marcus Oyelaran covers health data and clinical research.', 'May 9, 2024 at 11:00 a.m. EDT', body]);
    assert.deepEqual([header.title, header.author, header.date?.iso, header.bodyStart], ['A cheap pill slowed memory loss in a small trial. Experts urge caution.', 'Dana Whitlock and Marcus Oyelaran', '2024-05-09', 8]);
  });

  it('reads a name over a role line as a byline, even one the person test doubts', () => {
    const header = detectHeader(['Hawker who fed Tiong Bahru for six decades dies aged 88', 'Tan Wei Ling', 'Senior Correspondent', 'UPDATED Mar 4, 2023, 12:31 PM', 'PUBLISHED Mar 4, 2023, 05:00 AM', body]);
    assert.deepEqual([header.author, header.date?.iso, header.date?.label, header.bodyStart], ['Tan Wei Ling', '2023-03-04', 'published', 5]);
  });

  it('takes the announcement title under an issuer line, and skips a provider label with its value', () => {
    assert.equal(detectHeader(['Tarrant Vale Holdings plc (TVH)', 'Board Change and Trading Update', '2021-06-03T07:00:00Z', body]).title, 'Board Change and Trading Update');
    const header = detectHeader(['Acme Robotics announces new chief executive', 'NEWS PROVIDED BY', 'Acme Robotics Corp', 'Jun 03, 2021, 14:02 ET', body]);
    assert.deepEqual([header.title, header.standfirst, header.date?.iso, header.bodyStart], ['Acme Robotics announces new chief executive', null, '2021-06-03', 4]);
  });

  it('reads a slashed agency byline and a date under a role line', () => {
    const wire = detectHeader(['Tiruppur exporters seek loan relief as orders slump', 'Kavitha Ramasamy / PTI / Updated: Nov 22, 2022, 06:15 IST', body]);
    assert.deepEqual([wire.author, wire.date?.iso, wire.outlets], ['Kavitha Ramasamy', '2022-11-22', [{ name: 'PTI', from: 'byline' }]]);
    const broadcaster = detectHeader(['ABN News', 'Waiting list for scoliosis surgery falls below 100', 'Orlaith Ní Chonchúir', 'Health Correspondent', 'Updated / Tuesday, 8 Mar 2022 12:41', body]);
    assert.deepEqual([broadcaster.title, broadcaster.author, broadcaster.date?.iso, broadcaster.outlets[0]], ['Waiting list for scoliosis surgery falls below 100', 'Orlaith Ní Chonchúir', '2022-03-08', { name: 'ABN News', from: 'site' }]);
  });
});

describe('detectHeader on a weekly with its issue date over the masthead', () => {
  it('keeps the printed issue date when the article line is only an update', () => {
    const header = detectHeader(['Thursday, 15th September 2022', 'Kāpiti Coast Chronicle', 'Marae housing project wins council backing', 'By Ruby Tamihana-Clarke', 'Updated: 17 September 2022', 'Councillors voted 9 to 2 on Thursday to waive the fees for the project.']);
    assert.deepEqual([header.title, header.date?.iso], ['Marae housing project wins council backing', '2022-09-15']);
  });

  it('keeps the article date line when it has no update label', () => {
    const header = detectHeader(['Thursday, 15th September 2022', 'Kāpiti Coast Chronicle', 'Marae housing project wins council backing', 'By Ruby Tamihana-Clarke', '14 September 2022', 'Councillors voted 9 to 2 on Tuesday to waive the fees for the project.']);
    assert.equal(header.date?.iso, '2022-09-14');
  });
});

describe('detectHeader on pages whose header lines other tests miss', () => {
  const read = (texts: string[]) => {
    const h = detectHeader(texts);
    return { title: h.title, author: h.author, date: h.date?.iso ?? null, body: h.bodyStart };
  };

  it('reads a bare byline over a beat or bureau line, under a subscription call and a spaced menu', () => {
    assert.deepEqual(
      read(['The Prairie Gazette', 'SUBSCRIBE NOW | $1 for 6 months', 'News  Politics  Sports  Business  Opinion  e-Edition', 'POLITICS', 'Senate passes cap on county levies as mayors warn of cuts', 'The bill now heads to the House, where leaders want changes', 'Marta J. Osei-Lindqvist', 'Capitol Bureau', 'Published 6:31 p.m. CT Mar. 12, 2025', 'The Senate voted 31-17 on Wednesday to cap the growth of local levies at 2% a year, brushing aside warnings.']),
      { title: 'Senate passes cap on county levies as mayors warn of cuts', author: 'Marta J. Osei-Lindqvist', date: '2025-03-12', body: 9 },
    );
    assert.deepEqual(
      read(['TOUCHLINE', 'Football  Cricket  Rugby  Tennis  F1  More', 'Deadline day: Harbury agree record fee for winger', 'Forward set for medical after City meet asking price', 'Tom Achterberg', 'Chief Football Correspondent', 'Friday 30 August 2024 11:48, UK', 'Harbury have agreed a club-record fee with City for the winger on deadline day, the club said tonight.']),
      { title: 'Deadline day: Harbury agree record fee for winger', author: 'Tom Achterberg', date: '2024-08-30', body: 7 },
    );
  });

  it('reads a byline line that carries its own date, under a breadcrumb ending in the headline', () => {
    assert.deepEqual(
      read(['The Western Courier ePaper | Sign In', 'News » City News » Dock plan cleared, but who will pay for the dredging?', 'Dock plan cleared, but who will pay for the dredging?', 'Anil Varma / WNS / Updated: Nov 22, 2022, 06:15 IST', 'PORTVILLE: The standing committee on Monday approved a plan to dredge the old dock.']),
      { title: 'Dock plan cleared, but who will pay for the dredging?', author: 'Anil Varma', date: '2022-11-22', body: 4 },
    );
  });

  it('takes a two-sentence headline over its longer standfirst, past a read time and share buttons', () => {
    const h = read(['The Daily Ledger', 'HEALTH', 'A cheap pill slowed memory loss in a small trial. Experts urge caution.', 'Patients with early memory loss who took the pill declined about 30 percent more slowly over two years than those who took a placebo.', '6 min', 'Share', 'By Ana Ruiz and Ken Sato', 'May 9, 2024 at 11:00 a.m. EDT', 'A drug that costs less than a cup of coffee a month slowed memory loss, researchers said on Wednesday.']);
    assert.deepEqual(h, { title: 'A cheap pill slowed memory loss in a small trial. Experts urge caution.', author: 'Ana Ruiz and Ken Sato', date: '2024-05-09', body: 8 });
  });

  it('passes over a caption printed twice, the second time with its credit', () => {
    const h = read(['Floods close river road; county declares emergency', 'Residents were evacuated early Thursday after water rose over the road.', 'Residents were evacuated early Thursday after water rose over the road.(KTV)', 'By Cara Bell', 'Published: Jan. 11, 2024 at 5:37 PM CST', 'More than 60 homes were evacuated, the sheriff said.']);
    assert.deepEqual(h, { title: 'Floods close river road; county declares emergency', author: 'Cara Bell', date: '2024-01-11', body: 5 });
  });
});

describe('detectHeader over a headline with no words', () => {
  it('passes over a line of only punctuation and still reads the byline and date line under it', () => {
    const h = detectHeader(['???', 'By Amy Tester', '12 March 2016', 'The council met on Friday and agreed the budget after a long debate.']);
    assert.deepEqual([h.title, h.author, h.date?.iso, h.bodyStart], [null, 'Amy Tester', '2016-03-12', 3]);
  });
});
