import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { furnitureKind, isEndMarker, isFurnitureItem, isReporterBio, markFurniture } from './strip-furniture.ts';

describe('furnitureKind', () => {
  it('finds single furniture lines of many families', () => {
    for (const line of ['blog comments powered by Disqus', 'Share on Facebook', 'Facebook Twitter Email', 'Tweet | Share | 12', 'Advertisement', 'From £15 / month', 'We use cookies to improve your experience. By continuing you agree to our cookie policy.', 'Newsletter sign-up: get the top stories in your inbox', '3 Responses to Some headline', '© Care Weekly 2016', 'ENDS', 'Read more: Ministers drop plan'])
      assert.equal(furnitureKind(line), 'line', line);
  });

  it('finds headings that open a furniture section', () => {
    for (const line of ['More from Community Care', 'Related articles', 'CYP Now Digital membership', 'Subscribe', 'Most read', 'Topics', 'More on this story'])
      assert.equal(furnitureKind(line), 'section', line);
  });

  it('finds accessibility links, live-stream buttons and press-office letterheads', () => {
    for (const line of ['Skip to main content  Skip to navigation', 'Skip to content', 'Listen live  Watch live', 'Watch live', 'Press and Media Relations Office', 'Communications Team', 'Newsroom'])
      assert.equal(furnitureKind(line), 'line', line);
  });

  it('finds syndication footers, paywall notices and acknowledgements of country', () => {
    for (const line of [
      'This article was produced by Owen Price, a Community News Reporter funded through a partnership between regional publishers and the national broadcaster.',
      'This story was written by a Local Democracy Reporter. The scheme is funded by the licence fee.',
      "You've reached your limit of free stories this month.",
      'You have read 3 of 5 free articles.',
      'This article is for subscribers only.',
      'Subscribe to continue reading.',
      'Harbour Radio acknowledges the Traditional Owners of the lands on which we broadcast.',
      'We acknowledge the Traditional Custodians of country throughout Australia and pay our respects to Elders past and present.',
      'Acknowledgement of Country',
    ])
      assert.notEqual(furnitureKind(line), null, line);
  });

  it('leaves reporting about live broadcasts, press offices, paywalls and land rights alone', () => {
    for (const line of [
      'The match will be shown live on the council website.',
      'The press office said the minister was unavailable.',
      'This story was the subject of a complaint to the regulator last year, the paper said.',
      'Readers have reached the limit of their patience, the editor said.',
      'The land council said the government had never properly acknowledged the traditional owners of the valley.',
    ])
      assert.equal(furnitureKind(line), null, line);
  });

  it('leaves article sentences alone', () => {
    for (const line of ['The council said it would share the report with parents.', 'Subscribers to the scheme fell by 10%.', 'More than 8,000 people have signed a petition.'])
      assert.equal(furnitureKind(line), null, line);
  });
});

describe('isFurnitureItem', () => {
  it('accepts short unpunctuated lines and bullets, not sentences', () => {
    assert.equal(isFurnitureItem('Councils told to find more adopters', false), true);
    assert.equal(isFurnitureItem('• Latest digital issues', true), true);
    assert.equal(isFurnitureItem('He declined to comment.', false), false);
  });
});

describe('markFurniture', () => {
  it('extends a section over its list until prose returns', () => {
    const paras = ['Last body line of the story.', 'Related articles', 'Adoption reforms not working', 'Councils told to act', 'A full sentence of prose that returns here.'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(paras), [false, true, true, true, false]);
  });

  it('takes a whole subscription block with bullets and prices', () => {
    const paras = [
      { text: 'Example Weekly Digital membership', bullet: false },
      { text: '• Latest digital issues', bullet: true },
      { text: 'From £15 / month', bullet: false },
      { text: 'Subscribe', bullet: false },
      { text: 'Example Weekly Magazine', bullet: false },
    ];
    assert.deepEqual(markFurniture(paras), [true, true, true, true, true]);
  });
});

describe('furnitureKind on page chrome', () => {
  it('finds breadcrumbs, navigation, cookie buttons, footer links and press-release labels', () => {
    for (const line of ['News | Politics | Wexcombe', 'Home / Ireland / Social Affairs', 'Privacy ∙ Terms ∙ Collection notice', 'Skip to main content', 'Accept all cookies', 'Manage preferences', 'Terms and conditions', 'PRESS RELEASE', 'FOR IMMEDIATE RELEASE', '-ends-', 'Like this:', 'Like Loading...', '14', 'Reporting from Chicago', 'Our Standards: The Thomson Reuters Trust Principles.', 'Do you have a story for us? Email newsdesk@example.co.uk', 'Find The Liffey Times on WhatsApp and stay up to date'])
      assert.equal(furnitureKind(line), 'line', line);
    assert.notEqual(furnitureKind('Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone'), null);
  });

  it('finds a reporter contact tail only when it gives an address or number', () => {
    assert.equal(furnitureKind('Contact Mike Kowalski at mkowalski@example.com or 555-0142. Follow him on X @mkowalski.'), 'line');
    assert.equal(furnitureKind('Contact with the family was lost at sea in 2019, the coroner said.'), null);
    assert.equal(furnitureKind('Contact Crimestoppers anonymously on 0800 555 111.'), null);
  });

  it('leaves headlines with a bar and sentences with a slash alone', () => {
    assert.equal(furnitureKind('Opinion | Why the council got its budget badly wrong this year'), null);
    assert.equal(furnitureKind('The 24/7 helpline opened on Monday.'), null);
  });
});

describe('markFurniture on menus and footers', () => {
  it('drops four or more menu-like lines in a row and a footer after the last prose', () => {
    const paras = ['The last paragraph of the story ends here.', 'About us', 'Careers at the group', 'Our other titles', '© 2024 Northshire Media Ltd'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(paras), [false, true, true, true, true]);
    const menu = ['News', 'Sport', 'Business', 'Opinion', 'The story starts with a sentence.'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(menu), [true, true, true, true, false]);
  });

  it('drops a closing blurb about the agency or funder, but not the same words mid-story', () => {
    const end = ['The mill reopens next month.', 'NBW is a regional news agency covering business in the north.', 'Sign up for our newsletter'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(end), [false, true, true]);
    const mid = ['The Gazette is a weekly newspaper founded in 1881.', 'Its new owner plans to close the print edition next year, staff were told.'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(mid), [false, false]);
  });

  it('keeps a "Key points" heading: it introduces the newsroom’s own summary', () => {
    const paras = ['Key points', 'Rain flooded parts of the city overnight', 'Two deaths are confirmed', 'The first update of the day came at 7am, when the agency opened shelters.'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(paras), [false, false, false, false]);
  });

  it('drops share buttons of a live blog or video', () => {
    assert.equal(furnitureKind('Share this live blog'), 'line');
    assert.equal(furnitureKind('Share this video'), 'line');
  });

  it('keeps a list of dates, which is not a menu', () => {
    const paras = ['Key dates', 'March 2014: consultation opens', 'May 2014: consultation closes', 'July 2014: decision', 'June 2015: first contracts'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(paras), [false, false, false, false, false]);
  });

  it('keeps a short last line when no furniture follows it, and a credit before a footer', () => {
    const plain = ['A sentence of the body.', 'Additional thoughts here'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(plain), [false, false]);
    const credit = ['A sentence of the body.', 'Photo: Jo Bloggs', 'Advertisement'].map((text) => ({ text, bullet: false }));
    assert.deepEqual(markFurniture(credit), [false, false, true]);
  });
});

describe('isEndMarker', () => {
  it('knows the markers that end a press release', () => {
    assert.deepEqual(['ENDS', '-ends-', '###', 'Ends here.'].map(isEndMarker), [true, true, true, false]);
  });
});

describe('furnitureKind on scraped page furniture', () => {
  it('finds menu rows set apart by runs of spaces or by many pipes', () => {
    assert.equal(furnitureKind('Sport  Football  Rugby League  Cricket'), 'line');
    assert.equal(furnitureKind('Home | News | Schools & Colleges | Greystone | Letters | What\'s On | Jobs'), 'line');
    assert.equal(furnitureKind('Council tax to rise  by 5% as reserves run low'), null);
  });

  it('finds bookmark, reply and like widgets without eating words that only start like them', () => {
    for (const line of ['Bookmark', 'Save for later', 'Reply · Report · 12 likes', 'Shares 14 Likes 2', 'Share this story:  Facebook  ·  X  ·  Email'])
      assert.equal(furnitureKind(line), 'line', line);
    for (const line of ['Shareholders', 'Printed matter', 'Xavier']) assert.equal(furnitureKind(line), null, line);
  });

  it('finds newsletter pitches and buttons that never say "sign up"', () => {
    assert.equal(furnitureKind('Get the day\'s business headlines delivered straight to your inbox'), 'line');
    assert.equal(furnitureKind('See all newsletters'), 'line');
    assert.equal(furnitureKind('The club sent the results to members by email and post.'), null);
  });

  it('finds rights notices in a footer', () => {
    assert.equal(furnitureKind('Harbour Ledger is an independent publication. Redistribution without written permission is not permitted.'), 'line');
    assert.equal(furnitureKind('Reproduction in whole or in part is prohibited.'), 'line');
  });
});

describe('isReporterBio', () => {
  it('accepts a name with a beat and a way to reach them', () => {
    assert.equal(isReporterBio('Oluwaseun Adebayo covers schools and colleges for the Courier. Reach her on 01632 960418.'), true);
    assert.equal(isReporterBio('Dana K. Whitcomb is a senior health reporter at the Ledger. Follow her on X @dkwhitcomb.'), true);
  });

  it('refuses a police appeal and running text that happens to start with a name', () => {
    assert.equal(isReporterBio('Anyone with information should contact Crimestoppers on 0800 555 111.'), false);
    assert.equal(isReporterBio('Rebecca Moyles covers the cost of the trips herself, she told parents at a meeting on Tuesday night, and would keep doing so until the end of the school year whatever the council decided.'), false);
  });
});

describe('furnitureKind on masthead and footer lines of other outlets', () => {
  it('finds edition links, newswire credits, app promotions and "Also read" teasers', () => {
    for (const line of ['Deccan Sentinel ePaper', 'e-Edition', "Today's Paper", 'Distributed by Northgate Newswire on behalf of Acme plc.', 'Download the Markets Daily app to get real-time market updates.', 'Also read: Cotton prices fall for third week', 'Related: Ekurhuleni raises tariffs by 9.4%', 'More from Football: Lochside Thistle sack manager', 'Have your say: email letters@example.com', 'Comments are closed on this article.', 'Home | National | Business | Sport | Opinion | ePaper'])
      assert.notEqual(furnitureKind(line), null, line);
  });

  it('leaves sentences about apps and distribution alone', () => {
    for (const line of ['The council said it would distribute leaflets by hand.', 'Residents can get the council app from next week, the mayor said.'])
      assert.equal(furnitureKind(line), null, line);
  });
});

describe('furnitureKind on print notes, ratings and pitches', () => {
  it('drops print-run notes and edition credits', () => {
    assert.equal(furnitureKind('This article appeared in the June 2023 issue of Fieldfare Monthly.'), 'line');
    assert.equal(furnitureKind('Published in The Lahore Sentinel, March 3rd, 2023'), 'line');
  });

  it('drops subscription pitches, disclaimers and review widgets', () => {
    assert.equal(furnitureKind('Subscribe from £30 a year.'), 'line');
    assert.equal(furnitureKind('Subscribe and save 40%'), 'line');
    assert.equal(furnitureKind('SUBSCRIBE NOW | $1 for 6 months'), 'line');
    assert.equal(furnitureKind('Join today – first month free'), 'line');
    assert.equal(furnitureKind('Subscribe now | Why the council lost its vote'), null);
    assert.equal(furnitureKind('SOURCE Kestrel Systems, Inc.'), 'line');
    assert.equal(furnitureKind('Source: the council said'), null);
    assert.equal(furnitureKind('The views expressed in the comments are those of the readers.'), 'line');
    assert.equal(furnitureKind('★★★★☆'), 'line');
    assert.equal(furnitureKind('Rating: 4 out of 5 stars'), 'line');
    assert.equal(furnitureKind('Show key events only'), 'line');
    assert.equal(furnitureKind('Get our best writing in your inbox every Sunday.'), 'line');
    assert.equal(furnitureKind('Related topics: Rice, Exports, Monsoon'), 'section');
  });

  it('keeps sentences that only mention an issue, an edition or a rating', () => {
    assert.equal(furnitureKind('The council published in its June edition a list of closures.'), null);
    assert.equal(furnitureKind('The hotel was given a rating of four out of five by inspectors.'), null);
    assert.equal(furnitureKind('Published in 1998, the report was ignored for a decade.'), null);
  });
});

describe('isReporterBio for the byline author', () => {
  it('drops a longer bio of the article\'s own author', () => {
    const bio = 'Ilse Vandermeer is a writer based in Ghent. Her first novel, The Salt Marsh, is published in May by a small press.';
    assert.equal(isReporterBio(bio), false);
    assert.equal(isReporterBio(bio, 'Ilse Vandermeer'), true);
  });
});

describe('furnitureKind on government and blog pages', () => {
  it('finds long breadcrumbs, cookie banners, contents headings, alt text and long footer rows', () => {
    for (const line of [
      'Home > Parenting, childcare and children’s services > Safeguarding and social care for children',
      'Tell us whether you accept cookies',
      'We use cookies to collect information about how you use this site.',
      'Contents',
      'Jane Doe-Smith Headshot',
      'Benefits   Births, deaths, marriages and care   Business and self-employed   Childcare and parenting   Disabled people',
    ]) assert.notEqual(furnitureKind(line), null, line);
  });

  it('leaves sentences that mention cookies or contents alone', () => {
    assert.equal(furnitureKind('The contents of the report were leaked to the Post on Monday, a spokesman said.'), null);
  });
});
