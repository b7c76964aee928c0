/** Test fixture: a searchable page as extract-search-page.ts would read it, for the offline index tests. */
import type { IndexInput } from './build-offline-index.ts';
import type { SearchPage } from './extract-search-page.ts';

/** A page with an h1-weighted title and a body, of `kind`, with an optional publication, date and other names. */
export function indexInput(url: string, kind: string, title: string, body: string, extra: { publication?: string; date?: string; names?: string } = {}): IndexInput {
  const page: SearchPage = {
    hasBody: true,
    blocks: [
      { text: title, weight: 7 },
      { text: body, weight: 1 },
    ],
    filters: { kind: [kind], ...(extra.publication ? { publication: [extra.publication] } : {}), ...(extra.date ? { year: [extra.date.slice(0, 4)] } : {}) },
    meta: { title, ...(extra.date ? { date: extra.date } : {}), ...(extra.names ? { names: extra.names } : {}) },
    sort: extra.date ? { date: extra.date } : {},
    description: null,
  };
  return { url, page };
}
