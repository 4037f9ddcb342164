/** Permalinks: part of the product, never changed once published. */
export const urls = {
  home: () => '/',
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  statements: () => '/statements/',
  statement: (id: string) => `/statements/${id}/`,
  articles: () => '/articles/',
  article: (id: string) => `/articles/${id}/`,
  officials: () => '/officials/',
  official: (id: string) => `/officials/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  countries: () => '/countries/',
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  search: (filters: Record<string, string> = {}) => {
    const query = new URLSearchParams(filters).toString();
    return query === '' ? '/search/' : `/search/?${query}`;
  },
  about: () => '/about/',
  methodology: () => '/methodology/',
  corrections: () => '/corrections/',
  contribute: () => '/contribute/',
  contributorGuide: (section?: string) => `/contribute/guide/${section ? `#${section}` : ''}`,
  /** The open data: what is published, its fields and versions. */
  data: () => '/data/',
  /** One export file, in the folder of the exports' major version. */
  dataFile: (name: string) => `/data/v1/${name}`,
  /** Atom feeds of new and updated statements, and of corrections. */
  feeds: {
    statements: () => '/statements/feed.xml',
    claim: (id: string) => `/claims/${id}/feed.xml`,
    official: (id: string) => `/officials/${id}/feed.xml`,
    country: (code: string) => `/countries/${code.toLowerCase()}/feed.xml`,
    corrections: () => '/corrections/feed.xml',
  },
};
