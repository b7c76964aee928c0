/**
 * CSL-JSON for every citable page: `cite/<kind>/<id>.json`, linked from its cite box.
 * The same items as the cite boxes (see src/lib/citations.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { articleItem, pageItem, SITE_NAME } from '../../../lib/citations.ts';
import type { CslItem } from '../../../lib/cite.ts';
import { ROOT_PAGES, type RootPage } from '../../../lib/page-heads.ts';
import { allOrganisations, allPeople, articleIndex, dateTree, formatIso } from '../../../lib/queries.ts';

export const getStaticPaths = (async () => {
  const paths: { params: { kind: string; id: string }; props: { item: CslItem } }[] = [];
  const add = (kind: string, id: string, item: CslItem) => paths.push({ params: { kind, id }, props: { item } });
  for (const a of (await articleIndex()).values()) add('article', a.data.id, articleItem(a.data));
  for (const p of await allPeople()) add('person', p.data.id, pageItem('person', p.data.id, p.data.name, `people/${p.data.id}.html`));
  for (const o of await allOrganisations()) add('organisation', o.data.id, pageItem('organisation', o.data.id, o.data.name, `organisations/${o.data.id}.html`));
  for (const d of await dateTree()) add('date', d.iso, pageItem('date', d.iso, formatIso(d.iso), `dates/${d.iso}.html`));
  for (const name of Object.keys(ROOT_PAGES) as RootPage[]) {
    add('page', name, pageItem('page', name, name === 'index' ? SITE_NAME : ROOT_PAGES[name].title, `${name}.html`));
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify([(props as { item: CslItem }).item], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
