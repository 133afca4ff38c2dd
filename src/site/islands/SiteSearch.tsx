/**
 * The search on /zoeken. Rendered on the server with the server's results (so the page works
 * without JavaScript: a plain GET form), then hydrated: typing searches instantly with
 * Pagefind's browser API over the index in /pagefind/, the URL follows the query (shareable),
 * and a live region announces the number of results. When Pagefind cannot be loaded, the form
 * simply submits to the server as without JavaScript.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { pagefindExcerptSegments } from '../../domain/search/excerpt'
import { MAX_QUERY_LENGTH, isSearchType, searchUrl } from '../../domain/search/query'
import { labelOf, type SearchType, searchTypes } from '../../domain/vocabulary'
import { resultsStatus, type SearchResults, type SearchResultView } from '../lib/searchView'

const MAX_RESULTS = 50
const TYPING_DELAY_MS = 250

interface Props {
  initialQuery: string
  initialType?: SearchType
  initial: SearchResults
}

// The parts of Pagefind's browser API used here (https://pagefind.app/docs/api/).
interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
}
interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[]
  filters?: Record<string, Record<string, number>>
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch>
}

let pagefindLoading: Promise<Pagefind | null> | undefined

/** Loads Pagefind once per page; null when the index is not available. */
function loadPagefind(): Promise<Pagefind | null> {
  pagefindLoading ??= (async () => {
    try {
      const url = '/pagefind/pagefind.js'
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
      await pagefind.options({ excerptLength: 30 })
      await pagefind.init()
      return pagefind
    } catch {
      return null
    }
  })()
  return pagefindLoading
}

async function searchWithPagefind(pagefind: Pagefind, q: string, type: SearchType | undefined): Promise<SearchResults> {
  // Unfiltered for the counts per type; filtered (a second, cheap search) for the list.
  const all = await pagefind.search(q)
  const countsByType = Object.fromEntries(
    Object.entries(all.filters?.type ?? {}).filter(([value, count]) => isSearchType(value) && count > 0),
  ) as SearchResults['countsByType']
  const chosen = type ? await pagefind.search(q, { filters: { type } }) : all
  const data = await Promise.all(chosen.results.slice(0, MAX_RESULTS).map((result) => result.data()))
  const results: SearchResultView[] = data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    typeLabel: item.meta.type ?? '',
    excerpt: pagefindExcerptSegments(item.excerpt),
  }))
  return { results, total: chosen.results.length, countsByType }
}

export default function SiteSearch({ initialQuery, initialType, initial }: Props) {
  const [q, setQ] = useState(initialQuery)
  const [type, setType] = useState<SearchType | undefined>(initialType)
  const [shown, setShown] = useState({ q: initialQuery, type: initialType, ...initial })
  const [engine, setEngine] = useState<'server' | 'pagefind'>('server')
  const pagefindAvailable = useRef(true)
  const latest = useRef(0)

  async function run(nextQ: string, nextType: SearchType | undefined): Promise<boolean> {
    const request = ++latest.current
    const pagefind = await loadPagefind()
    if (!pagefind) {
      pagefindAvailable.current = false
      return false
    }
    const term = nextQ.trim()
    let found: SearchResults
    try {
      found = term ? await searchWithPagefind(pagefind, term, nextType) : { results: [], total: 0, countsByType: {} }
    } catch {
      // E.g. a page left open for hours whose index build has since been cleaned up: from now
      // on the form goes to the server, which always searches the current content.
      pagefindAvailable.current = false
      return false
    }
    // A slower, older search must not overwrite the answer to what the visitor typed last.
    if (request !== latest.current) return true
    setShown({ q: term, type: nextType, ...found })
    setEngine('pagefind')
    window.history.replaceState(null, '', searchUrl({ q: term, type: nextType }))
    return true
  }

  // Whatever was typed or chosen before the island came to life counts too.
  const input = useRef<HTMLInputElement>(null)
  const select = useRef<HTMLSelectElement>(null)
  useEffect(() => {
    const typed = input.current?.value ?? initialQuery
    const chosen = select.current?.value
    if (typed !== initialQuery) setQ(typed)
    if (chosen !== undefined && chosen !== (initialType ?? '')) setType(isSearchType(chosen) ? chosen : undefined)
  }, [])

  // Instant search while typing and on choosing a type, after a short pause.
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const timer = window.setTimeout(() => void run(q, type), TYPING_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [q, type])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Without Pagefind the browser submits the form to the server, as without JavaScript.
    if (!pagefindAvailable.current) return
    event.preventDefault()
    void run(q, type)
  }

  const status = resultsStatus(shown.q, shown.total, shown.results.length, shown.type ? labelOf(searchTypes, shown.type) : undefined)

  return (
    <div className="lvb-search">
      <form className="lvb-search__form" role="search" aria-label="Zoeken op de website" action="/zoeken" method="get" onSubmit={onSubmit}>
        <div className="utrecht-form-field utrecht-form-field--text lvb-search__field">
          <label className="utrecht-form-label" htmlFor="zoekterm">
            Zoekterm
          </label>
          <input
            className="utrecht-textbox utrecht-textbox--html-input"
            id="zoekterm"
            ref={input}
            name="q"
            type="search"
            value={q}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <div className="utrecht-form-field lvb-search__field lvb-search__field--type">
          <label className="utrecht-form-label" htmlFor="zoeksoort">
            Soort
          </label>
          <select
            className="utrecht-select utrecht-select--html-select"
            id="zoeksoort"
            ref={select}
            name="type"
            value={type ?? ''}
            onChange={(event) => setType(isSearchType(event.target.value) ? event.target.value : undefined)}
          >
            <option value="">Alles</option>
            {searchTypes.map((option) => {
              const count = shown.q ? (shown.countsByType[option.value] ?? 0) : undefined
              return (
                <option key={option.value} value={option.value}>
                  {count === undefined ? option.label : `${option.label} (${count})`}
                </option>
              )
            })}
          </select>
        </div>
        <button className="utrecht-button utrecht-button--primary-action lvb-search__button" type="submit">
          Zoeken
        </button>
      </form>

      <div className="lvb-search__results" data-search-engine={engine} data-search-query={shown.q}>
        <p className="utrecht-paragraph lvb-search__status" role="status">
          {status}
        </p>
        {shown.results.length > 0 && (
          <>
            <h2 className="lvb-visually-hidden">Zoekresultaten</h2>
            <ol className="lvb-search__list">
              {shown.results.map((result) => (
                <li className="lvb-search__result" key={result.url}>
                  <h3 className="utrecht-heading-3 lvb-search__title">
                    <a className="utrecht-link utrecht-link--html-a" href={result.url}>
                      {result.title}
                    </a>
                  </h3>
                  {result.typeLabel && <p className="lvb-search__type">{result.typeLabel}</p>}
                  {result.excerpt.length > 0 && (
                    <p className="utrecht-paragraph lvb-search__excerpt">
                      {result.excerpt.map((segment, index) =>
                        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  )
}
