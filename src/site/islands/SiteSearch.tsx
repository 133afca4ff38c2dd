/**
 * The search on /zoeken. Rendered on the server with the server's results (so the page works
 * without JavaScript: a plain GET form, links for "Bedoelde je …?" and for every page of
 * results), then hydrated: typing searches instantly with Pagefind's browser API over the index
 * in /pagefind/, the URL follows the query (shareable), and a live region announces the number
 * of results. Where Pagefind cannot answer, the island asks the server
 * (/zoeken/resultaten.json): when a query uses one of the coordinator's synonyms, and when
 * Pagefind finds nothing (the server then tolerates typos and suggests words). When neither can
 * be reached, the form simply submits to the server as without JavaScript.
 */
import { type MouseEvent, useEffect, useRef, useState, type FormEvent } from 'react'
import { pagefindExcerptSegments } from '../../domain/search/excerpt'
import { MAX_QUERY_LENGTH, isSearchType, searchUrl } from '../../domain/search/query'
import { containsPhrase } from '../../domain/search/synonyms'
import { labelOf, type SearchType, searchTypes } from '../../domain/vocabulary'
import {
  emptyResults,
  pageNumbers,
  resultsStatus,
  type SearchOverview,
  type SearchResults,
  type SearchResultView,
  searchTypeDescriptions,
} from '../lib/searchView'

const PAGE_SIZE = 20
const TYPING_DELAY_MS = 250

interface Props {
  initialQuery: string
  initialType?: SearchType
  initial: SearchResults
  overview: SearchOverview
  synonymPhrases: string[]
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

async function searchWithPagefind(pagefind: Pagefind, q: string, type: SearchType | undefined, page: number): Promise<SearchResults> {
  // Unfiltered for the counts per type; filtered (a second, cheap search) for the list.
  const all = await pagefind.search(q)
  const countsByType = Object.fromEntries(
    Object.entries(all.filters?.type ?? {}).filter(([value, count]) => isSearchType(value) && count > 0),
  ) as SearchResults['countsByType']
  const chosen = type ? await pagefind.search(q, { filters: { type } }) : all
  const pageCount = Math.max(1, Math.ceil(chosen.results.length / PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pageCount)
  const data = await Promise.all(chosen.results.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map((result) => result.data()))
  const results: SearchResultView[] = data.map((item) => ({
    url: item.url,
    title: item.meta.title ?? item.url,
    typeLabel: item.meta.type ?? '',
    excerpt: pagefindExcerptSegments(item.excerpt),
  }))
  return { results, total: chosen.results.length, countsByType, page: current, pageCount, approximate: false, suggestions: [] }
}

async function searchOnServer(q: string, type: SearchType | undefined, page: number): Promise<SearchResults> {
  const response = await fetch(`/zoeken/resultaten.json${searchUrl({ q, type, page }).slice('/zoeken'.length)}`, { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`Zoeken op de server gaf ${response.status}`)
  return (await response.json()) as SearchResults
}

/** "Bedoelde je …?" from the server; none when it cannot be asked (the search goes on without). */
async function suggestionsFor(q: string): Promise<string[]> {
  try {
    const response = await fetch(`/zoeken/suggesties.json?${new URLSearchParams({ q })}`, { headers: { accept: 'application/json' } })
    if (!response.ok) return []
    const { suggestions } = (await response.json()) as { suggestions?: unknown }
    return Array.isArray(suggestions) ? suggestions.filter((item): item is string => typeof item === 'string').slice(0, 3) : []
  } catch {
    return []
  }
}

type Engine = 'server' | 'pagefind'

export default function SiteSearch({ initialQuery, initialType, initial, overview, synonymPhrases }: Props) {
  const [q, setQ] = useState(initialQuery)
  const [type, setType] = useState<SearchType | undefined>(initialType)
  const [shown, setShown] = useState({ q: initialQuery, type: initialType, ...initial })
  const [engine, setEngine] = useState<Engine>('server')
  const browserSearchAvailable = useRef(true)
  const latest = useRef(0)

  async function find(term: string, nextType: SearchType | undefined, page: number): Promise<{ found: SearchResults; engine: Engine }> {
    if (!containsPhrase(term, synonymPhrases)) {
      const pagefind = await loadPagefind()
      if (pagefind) {
        // Pagefind tolerates some typos but never says what was meant: the server does.
        const [found, suggestions] = await Promise.all([searchWithPagefind(pagefind, term, nextType, page), suggestionsFor(term)])
        // Nothing found: the server tolerates typos and suggests words from the index.
        if (found.total > 0 || Object.keys(found.countsByType).length > 0) return { found: { ...found, suggestions }, engine: 'pagefind' }
      }
    }
    return { found: await searchOnServer(term, nextType, page), engine: 'server' }
  }

  async function run(nextQ: string, nextType: SearchType | undefined, page = 1): Promise<boolean> {
    const request = ++latest.current
    const term = nextQ.trim()
    let answer: { found: SearchResults; engine: Engine }
    try {
      answer = term ? await find(term, nextType, page) : { found: emptyResults, engine: 'pagefind' }
    } catch {
      // Neither Pagefind nor the server answered here (e.g. offline, or an index build of a page
      // left open for hours has been cleaned up): from now on the form goes to the server.
      browserSearchAvailable.current = false
      return false
    }
    // A slower, older search must not overwrite the answer to what the visitor typed last.
    if (request !== latest.current) return true
    setShown({ q: term, type: nextType, ...answer.found })
    setEngine(answer.engine)
    window.history.replaceState(null, '', searchUrl({ q: term, type: nextType, page: answer.found.page }))
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
  const searchedAlready = useRef(false)
  useEffect(() => {
    if (firstRender.current || searchedAlready.current) {
      firstRender.current = false
      searchedAlready.current = false
      return
    }
    const timer = window.setTimeout(() => void run(q, type), TYPING_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [q, type])

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // Without a search in the browser the form goes to the server, as without JavaScript.
    if (!browserSearchAvailable.current) return
    event.preventDefault()
    void run(q, type)
  }

  /** A link within the search (another page, a suggestion): followed in place, or as a link when that fails. */
  function follow(event: MouseEvent<HTMLAnchorElement>, nextQ: string, page: number) {
    if (!browserSearchAvailable.current || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    const href = event.currentTarget.href
    if (nextQ !== q) {
      // The field follows the link; the typing effect must not search it again (page 1).
      searchedAlready.current = true
      setQ(nextQ)
    }
    void run(nextQ, type, page).then((ok) => {
      if (!ok) window.location.assign(href)
      else document.getElementById('zoekresultaten')?.focus()
    })
  }

  const typeLabel = shown.type ? labelOf(searchTypes, shown.type) : undefined
  const status = resultsStatus(shown.q, shown.total, typeLabel, shown)
  const allCount = Object.values(shown.countsByType).reduce((sum, count) => sum + (count ?? 0), 0)
  const nothingFound = shown.q !== '' && (shown.total === 0 || shown.approximate)

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
            <option value="">{shown.q ? `Alles (${allCount})` : 'Alles'}</option>
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

      <div className="lvb-search__results" data-search-engine={engine} data-search-query={shown.q} data-search-page={shown.page}>
        <p className="utrecht-paragraph lvb-search__status" role="status">
          {status}
          {shown.suggestions.length > 0 && (
            <>
              {' '}
              <span className="lvb-search__suggestions">
                Bedoelde je{' '}
                {shown.suggestions.map((suggestion, index) => (
                  <span key={suggestion}>
                    {index > 0 && (index === shown.suggestions.length - 1 ? ' of ' : ', ')}
                    <a
                      className="utrecht-link utrecht-link--html-a lvb-search__suggestion"
                      href={searchUrl({ q: suggestion, type: shown.type })}
                      onClick={(event) => follow(event, suggestion, 1)}
                    >
                      {suggestion}
                    </a>
                  </span>
                ))}
                ?
              </span>
            </>
          )}
        </p>

        {!shown.q && <SearchIntro overview={overview} />}

        {shown.results.length > 0 && (
          <>
            <h2 className="lvb-visually-hidden" id="zoekresultaten" tabIndex={-1}>
              Zoekresultaten
            </h2>
            <ol className="lvb-search__list" start={(shown.page - 1) * PAGE_SIZE + 1}>
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

        {shown.pageCount > 1 && (
          <nav className="lvb-pagination" aria-label="Pagina's met zoekresultaten">
            <ul>
              {shown.page > 1 && (
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={searchUrl({ q: shown.q, type: shown.type, page: shown.page - 1 })} rel="prev" onClick={(event) => follow(event, shown.q, shown.page - 1)}>
                    Vorige<span className="lvb-visually-hidden"> pagina</span>
                  </a>
                </li>
              )}
              {pageNumbers(shown.page, shown.pageCount).map((page, index) =>
                page === 0 ? (
                  <li key={`gap-${index}`} aria-hidden="true">
                    …
                  </li>
                ) : (
                  <li key={page}>
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={searchUrl({ q: shown.q, type: shown.type, page })}
                      aria-current={page === shown.page ? 'page' : undefined}
                      onClick={(event) => follow(event, shown.q, page)}
                    >
                      <span className="lvb-visually-hidden">Pagina </span>
                      {page}
                    </a>
                  </li>
                ),
              )}
              {shown.page < shown.pageCount && (
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={searchUrl({ q: shown.q, type: shown.type, page: shown.page + 1 })} rel="next" onClick={(event) => follow(event, shown.q, shown.page + 1)}>
                    Volgende<span className="lvb-visually-hidden"> pagina</span>
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}

        {nothingFound && <NotFoundHelp />}
      </div>
    </div>
  )
}

/** The page before a search: what there is to find, and searches to start from. */
function SearchIntro({ overview }: { overview: SearchOverview }) {
  return (
    <div className="lvb-search__intro">
      <h2 className="utrecht-heading-2">Waarin je kunt zoeken</h2>
      <ul className="lvb-search__types">
        {searchTypes.map((option) => {
          const count = overview.countsByType[option.value] ?? 0
          return (
            <li key={option.value}>
              <strong>{option.label}</strong> ({count}): {searchTypeDescriptions[option.value]}
            </li>
          )
        })}
      </ul>
      {overview.examples.length > 0 && (
        <>
          <h2 className="utrecht-heading-2">Bijvoorbeeld</h2>
          <ul className="lvb-search__examples">
            {overview.examples.map((example) => (
              <li key={example}>
                <a className="utrecht-link utrecht-link--html-a" href={searchUrl({ q: example })}>
                  {example}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="utrecht-paragraph">
        Je kunt ook zoeken op een deel van een woord; kleine tikfouten vangen we op.
      </p>
    </div>
  )
}

/** Where to go when the search does not have the answer. */
function NotFoundHelp() {
  return (
    <div className="lvb-search__help">
      <h2 className="utrecht-heading-2">Niet gevonden wat je zoekt?</h2>
      <ul>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href="/routekaart">
            Volg de routekaart
          </a>
          : stap voor stap naar passende hulp.
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href="/vraag-stellen">
            Stel je vraag aan de coördinator
          </a>{' '}
          van het netwerk.
        </li>
      </ul>
    </div>
  )
}
