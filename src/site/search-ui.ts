// The search page in the browser: Pagefind's JS API, facets with counts, results, and the URL as state.
import { foldArabicScript } from '../lib/fold.ts';
import { nearestName, queryInLatinLetters, skeleton, transliterable, transliterate, type NameEntry } from '../lib/transliterate.ts';
import { facetTitles } from './facets.ts';
import {
  emptyState,
  hasCriteria,
  parseSearchState,
  searchStateToQuery,
  toPagefindFilters,
  urlFacets,
  type FacetLabels,
  type SearchState,
} from './search-state.ts';
import { countOf } from '../lib/text.ts';
import { urls } from './urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch | null>;
}

const pageSize = 20;
const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const resultList = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const rewriteNote = root.querySelector<HTMLElement>('[data-search-rewrite]')!;
const emptyHelp = root.querySelector<HTMLElement>('[data-search-empty]')!;
const facetsPanel = root.querySelector<HTMLDetailsElement>('[data-search-facets]')!;
const labels = JSON.parse(document.getElementById('search-facet-labels')!.textContent) as FacetLabels;

let pagefind: Pagefind | undefined;
let allFilterValues: Record<string, Record<string, number>> = {};
let facetsLoaded: Promise<void> | undefined;
let facetsReady = false;

const bundle = '/pagefind/pagefind.js';
let counter: Promise<Pagefind> | undefined;

/**
 * A second Pagefind that counts the filters' values, the bundle imported again under another address so
 * that it is a module of its own with a worker of its own. Pagefind counts every loaded filter value
 * against a search's results one by one (at 10,000 articles some 5 s for a common word), and does so on
 * every search once the filters are loaded: the one that finds the results never loads them all, so its
 * results are not held up by counting, which this one does beside it.
 */
function countingPagefind(): Promise<Pagefind> {
  counter ??= startedPagefind(`${bundle}?counts`);
  return counter;
}

/** Pagefind's bundle imported from an address, set up and started: the page's two Pagefinds alike. */
async function startedPagefind(address: string): Promise<Pagefind> {
  const instance = (await import(/* @vite-ignore */ address)) as Pagefind;
  await instance.options({ excerptLength: 24 });
  await instance.init();
  return instance;
}

/**
 * Every filter's values from Pagefind, loaded once, after the first results of a search are on screen:
 * the first results wait for the words' index only (at 10,000 articles the filters are 0.6 MB
 * compressed, more than all the rest). Before any search the page shows the build's counts instead.
 */
function loadFacets(): Promise<void> {
  facetsLoaded ??= countingPagefind()
    .then((instance) => instance.filters())
    .then((values) => {
      allFilterValues = values;
      facetsReady = true;
    });
  return facetsLoaded;
}

let browseCounts: Promise<Record<string, Record<string, number>>> | undefined;

/**
 * Every filter value with its number of pages, written at build time: what the page shows before any
 * search, without Pagefind's filter files (which load only once the reader searches or filters).
 */
function loadBrowseCounts(): Promise<Record<string, Record<string, number>>> {
  browseCounts ??= fetch('/search-data/facets.json').then((response) => {
    if (!response.ok) throw new Error(`/search-data/facets.json: ${response.status}`);
    return response.json() as Promise<Record<string, Record<string, number>>>;
  });
  return browseCounts;
}
/** The search on screen whose filters are not counted yet. */
let uncounted: { run: number; state: SearchState; term: string; options: Record<string, unknown> } | undefined;

let currentResults: PagefindSearch['results'] = [];
let shown = 0;
let generation = 0;
let nameTables: Promise<{ table: Record<string, string>; names: NameEntry[] }> | undefined;

/** The transliteration table and the site's names, fetched once, the first time a query needs them. */
function loadNameTables(): Promise<{ table: Record<string, string>; names: NameEntry[] }> {
  const fetchJson = async <T>(url: string) => (await (await fetch(url)).json()) as T;
  nameTables ??= Promise.all([fetchJson<Record<string, string>>('/search-data/transliteration.json'), fetchJson<NameEntry[]>('/search-data/names.json')]).then(
    ([table, names]) => ({ table, names }),
  );
  return nameTables;
}

/**
 * What to give Pagefind for a query: Arabic-script letter forms folded (the index holds folded forms
 * too), and names typed in another alphabet as the names they spell, unless the reader asked for the
 * words exactly as typed.
 */
async function searchTerm(state: SearchState): Promise<{ term: string; spelledFrom?: string }> {
  const folded = foldArabicScript(state.q);
  if (state.exact || !transliterable.test(folded)) return { term: folded };
  const { table, names } = await loadNameTables();
  const latin = queryInLatinLetters(folded, table, names);
  return latin === undefined ? { term: folded } : { term: latin, spelledFrom: state.q };
}

/** Says which names a query was read as, with the way back to the words as typed. */
function showRewrite(state: SearchState, term: string, spelledFrom: string | undefined): void {
  rewriteNote.replaceChildren();
  rewriteNote.hidden = spelledFrom === undefined;
  if (spelledFrom === undefined) return;
  const exact = element('a', undefined, `search for “${spelledFrom}” exactly as typed`);
  exact.href = `${location.pathname}${searchStateToQuery({ ...state, exact: true })}`;
  rewriteNote.append(`Showing results for “${term}”: the names in “${spelledFrom}”, in Latin letters. You can also `, exact, '.');
}

/** A link within the search page to another state of it. */
function searchLink(state: SearchState, text: string): HTMLAnchorElement {
  const link = element('a', undefined, text);
  link.href = `${location.pathname}${searchStateToQuery(state)}`;
  return link;
}

/**
 * Help under the status line: a known name the words may have meant (Pagefind finds something for
 * nearly any word, by its first letters), and when nothing is found, the same words without the
 * filters (which stay ticked until the reader unticks them) and the lists to browse instead.
 */
async function showHelp(state: SearchState, term: string, found: number): Promise<void> {
  emptyHelp.replaceChildren();
  const lines: (Node | string)[][] = [];
  if (term !== '' && !state.exact) {
    const { table, names } = await loadNameTables();
    // A word that spells a known name already (Aliyev, or its alias Aliev) is left as it is.
    const meant = term
      .split(/\s+/)
      .map((word) => {
        const near = nearestName(word, table, names);
        return near === undefined || skeleton(transliterate(near, table)) === skeleton(transliterate(word, table)) ? word : near;
      })
      .join(' ');
    if (meant.toLowerCase() !== term.toLowerCase()) lines.push(['Did you mean ', searchLink({ ...state, q: meant }, meant), '?']);
  }
  if (found === 0) {
    const filtered = urlFacets.some((facet) => state.filters[facet].length > 0);
    if (filtered && state.q !== '') {
      lines.push([
        'Nothing matches all the filters ticked. ',
        searchLink({ ...emptyState(), q: state.q, sort: state.sort }, `Search “${state.q}” without them`),
        '.',
      ]);
    }
    const browse = (href: string, text: string) => {
      const link = element('a', undefined, text);
      link.href = href;
      return link;
    };
    lines.push([
      'Or browse the ',
      browse(urls.claims(), 'claims'),
      ', ',
      browse(urls.officials(), 'officials'),
      ' and ',
      browse(urls.countries(), 'countries'),
      '.',
    ]);
  }
  for (const line of lines) emptyHelp.append(paragraph(line));
  emptyHelp.hidden = lines.length === 0;
}

function paragraph(parts: (Node | string)[]): HTMLParagraphElement {
  const p = element('p');
  p.append(...parts);
  return p;
}

/** Pagefind's excerpt is escaped text with `<mark>` around matches: rebuild it from text nodes and marks only. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** URL value for a filed value (`Azerbaijan` → `AZ`). */
function urlValueOf(facet: keyof FacetLabels, filed: string): string | undefined {
  return Object.entries(labels[facet]).find(([, label]) => label === filed)?.[0];
}

function renderFacets(state: SearchState, counts: Record<string, Record<string, number>>): void {
  // A reader ticking a box from the keyboard stays on it: the redrawn box of the same value takes the focus back.
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && active.type === 'checkbox' && form.contains(active) ? { name: active.name, value: active.value } : undefined;
  for (const facet of urlFacets) {
    const fieldset = form.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`)!;
    const list = fieldset.querySelector('ul')!;
    list.replaceChildren();
    const filed = Object.keys(allFilterValues[facet] ?? {}).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const value of filed) {
      const urlValue = urlValueOf(facet, value);
      if (urlValue === undefined) continue;
      const checked = state.filters[facet].includes(urlValue);
      const count = counts[facet]?.[value] ?? 0;
      // A box the reader is on stays (with its count of 0) rather than vanishing from under the focus.
      const underFocus = focused?.name === facet && focused.value === urlValue;
      if (count === 0 && !checked && !underFocus) continue;
      const item = element('li');
      const label = element('label');
      const box = element('input');
      box.type = 'checkbox';
      box.name = facet;
      box.value = urlValue;
      box.checked = checked;
      label.append(box, ` ${value} `, element('span', 'facet-count', `(${count})`));
      item.append(label);
      list.append(item);
    }
    fieldset.hidden = list.children.length === 0;
  }
  if (focused) {
    const again = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (box) => box.name === focused.name && box.value === focused.value,
    );
    (again ?? input).focus();
  }
}

async function renderMore(run: number): Promise<void> {
  const slice = currentResults.slice(shown, shown + pageSize);
  const data = await Promise.all(slice.map((result) => result.data()));
  if (run !== generation) return;
  for (const result of data) {
    const item = element('li', 'card search-result');
    const meta = element('p', 'card__meta meta');
    meta.append(element('span', 'label label-plain', result.meta.type ?? 'Page'));
    if (result.meta.date) meta.append(element('span', undefined, result.meta.date));
    if (result.meta.byline) meta.append(element('span', undefined, result.meta.byline));
    const heading = element('h3');
    const link = element('a', undefined, result.meta.title ?? result.url);
    link.href = result.url;
    heading.append(link);
    const excerpt = element('p', 'search-result__excerpt');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(heading, meta, excerpt);
    resultList.append(item);
  }
  shown += slice.length;
  moreButton.hidden = shown >= currentResults.length;
}

async function run(state: SearchState): Promise<void> {
  const current = ++generation;
  input.value = state.q;
  sortSelect.value = state.sort;
  resultList.replaceChildren();
  // Whether the filters' counts are this search's yet (they come after its results on a first search).
  root.dataset.facets = 'pending';
  moreButton.hidden = true;
  emptyHelp.hidden = true;
  if (!pagefind) return;
  if (!hasCriteria(state)) {
    showRewrite(state, '', undefined);
    // Without the build's counts (an old deploy, a failed fetch), Pagefind's own give the same.
    const counts = facetsReady ? allFilterValues : await loadBrowseCounts().catch(() => loadFacets().then(() => allFilterValues));
    if (current !== generation) return;
    if (!facetsReady) allFilterValues = counts;
    renderFacets(state, counts);
    root.dataset.facets = 'counted';
    status.textContent = 'Type a search, or tick a filter to browse everything that matches.';
    return;
  }
  status.textContent = 'Searching…';
  const { term, spelledFrom } = await searchTerm(state);
  if (current !== generation) return;
  const options = { filters: toPagefindFilters(state, labels), ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}) };
  const search = await pagefind.search(term === '' ? null : term, options);
  if (current !== generation || search === null) return;
  currentResults = search.results;
  shown = 0;
  const chosen = urlFacets.flatMap((facet) => state.filters[facet].map((value) => `${facetTitles[facet]}: ${labels[facet][value] ?? value}`));
  showRewrite(state, term, spelledFrom);
  const typed = state.q === '' ? '' : spelledFrom === undefined ? `“${term}”` : `“${state.q}” (read as “${term}”)`;
  const about = [typed, ...chosen].filter(Boolean).join(', ');
  status.textContent = `${countOf(search.results.length, 'result')} for ${about}.`;
  await showHelp(state, term, search.results.length);
  if (current !== generation) return;
  // The results first; then the same search is asked of the counting Pagefind, which holds every filter's values.
  await renderMore(current);
  if (current !== generation) return;
  uncounted = { run: current, state, term, options };
  // With the filters folded away (on a phone) nothing is counted until the reader opens them.
  if (facetsPanel.open) await countFacets();
}

/** Counts the filters for the search on screen, unless another search has replaced it (each count can take seconds). */
async function countFacets(): Promise<void> {
  const pending = uncounted;
  if (!pending || pending.run !== generation) return;
  uncounted = undefined;
  await loadFacets();
  if (pending.run !== generation) return;
  const counted = await (await countingPagefind()).search(pending.term === '' ? null : pending.term, pending.options);
  if (pending.run === generation && counted) {
    renderFacets(pending.state, counted.filters);
    root.dataset.facets = 'counted';
  }
}

function stateFromForm(): SearchState {
  const state = emptyState();
  state.q = input.value.trim();
  state.sort = sortSelect.value === 'date' ? 'date' : 'relevance';
  // "Exactly as typed" holds while the words stay the same.
  const shown = parseSearchState(location.search);
  state.exact = shown.exact && shown.q === state.q;
  for (const facet of urlFacets) {
    state.filters[facet] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${facet}"]:checked`)].map((box) => box.value);
  }
  return state;
}

/** Records the state in the URL: a new history entry for a deliberate change, a replacement while typing. */
function commit(state: SearchState, mode: 'push' | 'replace'): void {
  const url = `${location.pathname}${searchStateToQuery(state)}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void run(state);
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => commit(stateFromForm(), 'replace'), 250);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) commit(stateFromForm(), 'push');
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  commit(stateFromForm(), 'push');
});
moreButton.addEventListener('click', () => void renderMore(generation));
facetsPanel.addEventListener('toggle', () => {
  if (facetsPanel.open) void countFacets();
});
window.addEventListener('popstate', () => void run(parseSearchState(location.search)));

async function start(): Promise<void> {
  // The form is hidden in the HTML: without JavaScript it could only fail, and the page offers the browse lists.
  form.hidden = false;
  root.dataset.state = 'loading';
  status.textContent = 'Search loads in your browser…';
  // On a phone the filters fold away so the first results are on screen; one tap opens them.
  if (window.matchMedia('(max-width: 48rem)').matches) facetsPanel.open = false;
  pagefind = await startedPagefind(bundle);
  root.dataset.state = 'ready';
  await run(parseSearchState(location.search));
}

start().catch((error: unknown) => {
  root.dataset.state = 'failed';
  status.textContent = 'Search could not load. Browse the claims, officials and countries from the menu instead.';
  console.error(error);
});
