import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleMetaTags, entityLd, highwireDate, newsArticleLd, pageMetaTags } from './page-meta.ts';

const article = {
  id: 'flood-plan',
  title: 'Flood plan shelved',
  displayTitle: 'Flood plan shelved',
  author: 'By Li Wei and Sara Okon',
  publication: 'Evening Post',
  published: '2018-11-05',
  url: 'https://news.example.com/flood',
};
const archive = 'https://d.example/articles/flood-plan.html';

describe('highwireDate', () => {
  it('uses slashes and keeps partial dates partial', () => {
    assert.equal(highwireDate('2018-11-05'), '2018/11/05');
    assert.equal(highwireDate('2018-11'), '2018/11');
  });
});

describe('articleMetaTags', () => {
  it('describes the original publication with one tag per author', () => {
    const tags = articleMetaTags(article, archive);
    const get = (name: string) => tags.filter((t) => t.name === name).map((t) => t.content);
    assert.deepEqual(get('citation_author'), ['Wei, Li', 'Okon, Sara']);
    assert.deepEqual(get('citation_publication_date'), ['2018/11/05']);
    assert.deepEqual(get('citation_public_url'), ['https://news.example.com/flood']);
    assert.deepEqual(get('DC.type'), ['Text']);
  });
  it('leaves out what is unknown', () => {
    const tags = articleMetaTags({ ...article, author: null, published: null, publication: null, url: null }, archive);
    assert.ok(!tags.some((t) => ['citation_author', 'citation_publication_date', 'citation_publisher'].includes(t.name)));
    assert.equal(tags.find((t) => t.name === 'citation_public_url')!.content, archive);
  });
});

describe('pageMetaTags', () => {
  it('names the site as publisher and dates the page', () => {
    const tags = pageMetaTags('Li Wei', 'https://d.example/people/li-wei.html', 'Dossier', '2025-01-02');
    assert.deepEqual(tags.find((t) => t.name === 'citation_date'), { name: 'citation_date', content: '2025/01/02' });
  });
});

describe('JSON-LD', () => {
  it('builds a NewsArticle with authors, publisher, original URL and mentions', () => {
    const ld = newsArticleLd(article, archive, [{ type: 'Person', name: 'Li Wei', url: 'https://d.example/people/li-wei.html' }]) as Record<string, unknown>;
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.isBasedOn, 'https://news.example.com/flood');
    assert.deepEqual(ld.author, [{ '@type': 'Person', name: 'Li Wei' }, { '@type': 'Person', name: 'Sara Okon' }]);
    assert.deepEqual(ld.mentions, [{ '@type': 'Person', name: 'Li Wei', url: 'https://d.example/people/li-wei.html' }]);
  });
  it('builds a Person with affiliations and an Organization with members', () => {
    const ref = { type: 'Organization' as const, name: 'Evening Post', url: 'https://d.example/organisations/evening-post.html' };
    const person = entityLd({ type: 'Person', name: 'Li Wei', url: 'u', aliases: ['Wei'], jobTitles: ['editor'], related: [ref] }) as Record<string, unknown>;
    assert.deepEqual(person.affiliation, [{ '@type': 'Organization', name: 'Evening Post', url: ref.url }]);
    assert.deepEqual(person.alternateName, ['Wei']);
    const org = entityLd({ type: 'Organization', name: 'Evening Post', url: 'u', aliases: [], related: [{ ...ref, type: 'Person' }] }) as Record<string, unknown>;
    assert.ok('member' in org && !('alternateName' in org));
  });
});
