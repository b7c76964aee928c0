import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { articleCslItem, formatCitations, formatPageCitations, isPlainTitle, isoToCslDate, pageCslItem, pageTemplateCount, parseByline, registerStyles, tidyBibtex } from './cite.ts';

const style = (name: string) => readFileSync(new URL(`./csl/${name}.csl`, import.meta.url), 'utf8');
registerStyles({ mla: style('mla'), chicago: style('chicago') });

const article = {
  id: 'council-cuts-bite',
  title: 'Council cuts bite deeper in the north',
  displayTitle: 'Council cuts bite deeper in the north',
  author: 'Maria Okafor and Tom de Vries',
  publication: 'The Northern Echo',
  published: '2019-03-07',
  url: 'https://www.example.com/news/council-cuts',
};
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#38;/g, '&');

describe('isoToCslDate', () => {
  it('keeps only the parts a partial date has', () => {
    assert.deepEqual(isoToCslDate('2019-03-07'), { 'date-parts': [[2019, 3, 7]] });
    assert.deepEqual(isoToCslDate('2019-03'), { 'date-parts': [[2019, 3]] });
    assert.deepEqual(isoToCslDate('2019'), { 'date-parts': [[2019]] });
  });
});

describe('parseByline', () => {
  it('splits co-authors and keeps name particles with the family name', () => {
    assert.deepEqual(parseByline('By Maria Okafor and Tom de Vries'), [
      { family: 'Okafor', given: 'Maria' },
      { family: 'de Vries', given: 'Tom' },
    ]);
  });
  it('drops job titles after a comma and keeps one-word names literal', () => {
    assert.deepEqual(parseByline('Sam Hill, health correspondent'), [{ family: 'Hill', given: 'Sam' }]);
    assert.deepEqual(parseByline('Reuters'), [{ literal: 'Reuters' }]);
  });
  it('keeps a surname that is also a role word, and drops a byline part that is only roles', () => {
    assert.deepEqual(parseByline('By Eyal Press and Amy Writer'), [{ family: 'Press', given: 'Eyal' }, { family: 'Writer', given: 'Amy' }]);
    assert.deepEqual(parseByline('Jo Bloggs, Staff Writer'), [{ family: 'Bloggs', given: 'Jo' }]);
    assert.deepEqual(parseByline('Associated Press'), []);
  });
});

describe('articleCslItem', () => {
  it('cites the original publication with its URL and date', () => {
    const item = articleCslItem(article, 'https://dossier.example.org/articles/council-cuts-bite.html', '2025-01-02');
    assert.equal(item.type, 'article-newspaper');
    assert.equal(item['container-title'], 'The Northern Echo');
    assert.equal(item.URL, 'https://www.example.com/news/council-cuts');
    assert.deepEqual(item.issued, { 'date-parts': [[2019, 3, 7]] });
    assert.equal(item.accessed, undefined);
  });
  it('falls back to the archive URL, a bracketed title and an access date when they are unknown', () => {
    const item = articleCslItem(
      { ...article, title: null, displayTitle: 'Plans to merge two trusts…', author: null, publication: null, published: null, url: null },
      'https://dossier.example.org/articles/x.html',
      '2025-01-02',
    );
    assert.equal(item.title, '[Plans to merge two trusts…]');
    assert.equal(item.URL, 'https://dossier.example.org/articles/x.html');
    assert.equal(item.author, undefined);
    assert.deepEqual(item.accessed, { 'date-parts': [[2025, 1, 2]] });
  });
});

describe('formatCitations', () => {
  it('formats an article in APA, MLA and Chicago', () => {
    const c = formatCitations(articleCslItem(article, 'https://dossier.example.org/a.html', '2025-01-02'));
    assert.equal(
      text(c.apa),
      'Okafor, M., & de Vries, T. (2019, March 7). Council cuts bite deeper in the north. The Northern Echo. https://www.example.com/news/council-cuts',
    );
    assert.equal(
      text(c.mla),
      'Okafor, Maria, and Tom de Vries. “Council Cuts Bite Deeper in the North.” The Northern Echo, 7 Mar. 2019, https://www.example.com/news/council-cuts.',
    );
    assert.equal(
      text(c.chicago),
      'Okafor, Maria, and Tom de Vries. “Council Cuts Bite Deeper in the North.” The Northern Echo, March 7, 2019. https://www.example.com/news/council-cuts.',
    );
    assert.match(c.mla, /<i>The Northern Echo<\/i>/);
  });
  it('formats a site page with the site as container and the build date', () => {
    const c = formatCitations(pageCslItem('person-ada-hill', 'Ada Hill', 'https://dossier.example.org/people/ada-hill.html', 'Dossier', '2025-01-02'));
    assert.equal(text(c.apa), 'Ada Hill. (2025, January 2). Dossier. https://dossier.example.org/people/ada-hill.html');
    assert.equal(text(c.chicago), '“Ada Hill.” Dossier, January 2, 2025. https://dossier.example.org/people/ada-hill.html.');
  });
  it('adds an access date in MLA and Chicago when the article has no date', () => {
    const item = articleCslItem({ ...article, published: null }, 'https://d.example/a.html', '2025-01-02');
    const c = formatCitations(item);
    assert.match(text(c.mla), /Accessed 2 Jan\. 2025\.$/);
    assert.match(text(c.chicago), /Accessed January 2, 2025\. https:/);
  });
  it('escapes markup that comes from article text', () => {
    const c = formatCitations(articleCslItem({ ...article, title: 'Pay <script>alert(1)</script> & more' }, 'https://d.example/a.html', '2025-01-02'));
    assert.doesNotMatch(c.apa, /<script/);
    assert.match(c.apa, /&#60;script&#62;alert/);
  });
});

describe('formatPageCitations', () => {
  const titles = [
    'Ray Jones', 'Department for Education', 'ADCS', 'NSPCC', 'Edward Timpson MP', 'HM Treasury', 'McDonald Ltd',
    'Zoë Ångström', 'Σωκράτης Παππάς', '19 May 2014', 'May 2014', '2014', 'Friends of the Earth', 'Bank of England',
    // Not plain: citeproc changes or escapes these, so they take the citeproc path.
    'the Guardian', 'de Gaulle', "Children's Commissioner", 'AT&T <x>', 'Jean-paul Roe', 'St. John', 'Friends of', 'iPhone Users', 'Ann  Lee',
  ];
  const urls = ['https://dossier.example.org/people/ray-jones.html', 'https://d.example/archive/dates/2014-05.html', 'https://d.example/p.html?a=1&b=<2>'];
  it('gives exactly what citeproc gives, for plain and other titles and URLs', () => {
    for (const title of titles) {
      for (const url of urls) {
        const item = pageCslItem(`person-${title}`, title, url, 'Dossier', '2025-01-02');
        assert.deepEqual(formatPageCitations(item), formatCitations(item), `${title} ${url}`);
      }
    }
  });
  it('treats only titles citeproc prints unchanged as plain', () => {
    assert.equal(isPlainTitle('Department for Education'), true);
    assert.equal(isPlainTitle('Zoë Ångström'), true);
    for (const t of ['the Guardian', 'Friends of', "Children's Commissioner", 'Jean-paul Roe', 'A.B. Smith', '', 'Ann  Lee']) assert.equal(isPlainTitle(t), false, t);
  });
  it('formats articles and other shapes through citeproc', () => {
    const item = articleCslItem(article, 'https://dossier.example.org/a.html', '2025-01-02');
    assert.deepEqual(formatPageCitations(item), formatCitations(item));
  });
});

describe('tidyBibtex', () => {
  it('writes the month as BibTeX\'s macro and an article without a journal as @misc', () => {
    assert.equal(tidyBibtex('@article{Lee2014,\n\tauthor = {Lee, Ann},\n\tmonth = {dec 2},\n\turl = {https://e.com/a},\n}'), '@misc{Lee2014,\n\tauthor = {Lee, Ann},\n\tmonth = dec,\n\turl = {https://e.com/a},\n}');
    assert.equal(tidyBibtex('@article{Lee2014,\n\tjournal = {The Echo},\n\tmonth = {12},\n}'), '@article{Lee2014,\n\tjournal = {The Echo},\n\tmonth = dec,\n}');
  });
});

describe('BibTeX keys', () => {
  it('keys each entry by its page\'s id, so undated unsigned articles never share a key and a byline never makes the key', () => {
    const article = (id: string, author: string | null) => articleCslItem({ id, title: 'Profits rise', displayTitle: 'Profits rise', author, publication: null, published: null, url: null }, `https://x.example/articles/${id}.html`, '2026-11-24');
    const keys = [article('profits-rise', null), article('profits-rise-2', null), article('obrien-profits', "Jo O'Brien-Smith")].map((item) => /^@\w+\{([^,]+),/.exec(formatCitations(item).bibtex ?? '')?.[1]);
    assert.deepEqual(keys, ['article_profits_rise', 'article_profits_rise_2', 'article_obrien_profits']);
    assert.match(formatCitations(pageCslItem('person-ray-jones', 'Ray Jones', 'https://x.example/people/ray-jones.html', 'Dossier', '2026-11-24')).bibtex ?? '', /^@\w+\{person_ray_jones,/);
  });
});

describe('formatPageCitations templates', () => {
  it('formats one template per page shape, not one per page (each page has its own id and BibTeX key)', () => {
    const before = pageTemplateCount();
    for (let i = 0; i < 40; i++) formatPageCitations(pageCslItem(`person-someone-${i}`, `Someone ${i}`, `https://x.example/people/someone-${i}.html`, 'Dossier', '2026-11-24'));
    assert.ok(pageTemplateCount() - before <= 1, `${pageTemplateCount() - before} templates for 40 pages of one shape`);
  });
});

describe('citations of hostile and non-Latin articles', () => {
  it('writes BibTeX in UTF-8 with TeX specials escaped, the title braced, and a URL that carries no markup', () => {
    const item = articleCslItem({ ...article, title: 'Ходорковский & Αθηνά: 50% of <b>DfE</b> spend', url: 'https://example.com/a?id=1&x=<b>' }, 'https://archive.example/x.html', '2026-11-24');
    const bibtex = formatCitations(item).bibtex ?? '';
    assert.match(bibtex, /title = \{\{.*Ходорковский \\& .*Αθηνά: 50\\% of \\textless\{\}b\\textgreater\{\}.*DfE.*\}\},/u);
    assert.match(bibtex, /url = \{https:\/\/example\.com\/a\?id=1&x=%3Cb%3E\}/u);
    assert.doesNotMatch(bibtex, /\\textbf/u);
    const opened = (bibtex.match(/(?<!\\)\{/gu) ?? []).length;
    assert.equal(opened, (bibtex.match(/(?<!\\)\}/gu) ?? []).length, 'braces balance');
  });

  it('prints markup in a headline as text in every style', () => {
    const c = formatCitations(articleCslItem({ ...article, title: 'A <b>bold</b> claim' }, 'https://archive.example/x.html', '2026-11-24'));
    for (const entry of [c.apa, c.mla, c.chicago]) assert.doesNotMatch(entry, /<b>/u);
  });

  it('cites a newsroom or agency as a body and leaves out an address or handle', () => {
    assert.deepEqual(parseByline('BBC News'), [{ literal: 'BBC News' }]);
    assert.deepEqual(parseByline('Press Association'), [{ literal: 'Press Association' }]);
    assert.deepEqual(parseByline('Jane Doe (jane@example.com)'), [{ family: 'Doe', given: 'Jane' }]);
    assert.deepEqual(parseByline('Jane Doe @janedoe'), [{ family: 'Doe', given: 'Jane' }]);
    assert.deepEqual(parseByline('Eyal Press'), [{ family: 'Press', given: 'Eyal' }]);
    assert.deepEqual(parseByline('AA Gill'), [{ family: 'Gill', given: 'AA' }]);
    assert.deepEqual(parseByline('Tom Service'), [{ family: 'Service', given: 'Tom' }]);
  });
});
