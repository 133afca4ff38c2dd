/**
 * The offerings directory: a plain GET form with facets, search text, age and sort, and the
 * result list with pagination. Rendered on the server, it works without JavaScript (submit the
 * form, follow the page links). Hydrated, it filters instantly: every change fetches
 * /aanbod.json with the same query string, updates the results and the address bar together
 * (pushState for choices, replaceState while typing) and announces the number of results in
 * a live region. The browser's back button walks back through the choices.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type MouseEvent } from 'react'
import { pageLinks } from '../../domain/paging'
import { MAX_QUERY_LENGTH, offeringFilterHref, offeringFilterSearch, offeringParams, offeringSorts, parseOfferingFilter } from '../../domain/offerings/filter'
import type { DirectoryView, FacetGroupView } from '../lib/offeringDirectory'
import { OfferingResultCard } from './OfferingResultCard'

const TYPING_DELAY_MS = 300
/** Facets shown open by default; the others open when they have a selection. */
const ALWAYS_OPEN = new Set(['kindsOfHelp'])

function resultSentence(view: DirectoryView): string {
  const { total, from, to, pageCount } = view.info
  if (total === 0) return 'Geen aanbod gevonden.'
  const found = total === 1 ? '1 resultaat gevonden' : `${total} resultaten gevonden`
  return pageCount > 1 ? `${found}, ${from} tot en met ${to} getoond.` : `${found}.`
}

function hrefFor(view: DirectoryView, page: number): string {
  return offeringFilterHref({ ...view.filter, page })
}

/** The form's state as the directory's query string (the domain's serialiser, as the server uses). */
function searchOf(state: { query: string; age: string; facets: FacetGroupView[]; sort: string }): string {
  const chosen = Object.fromEntries(state.facets.map((group) => [group.key, group.options.filter((option) => option.checked).map((option) => option.value)]))
  return offeringFilterSearch({ ...chosen, query: state.query, age: state.age, sort: state.sort })
}

export default function OfferingDirectory({ initial }: { initial: DirectoryView }) {
  const [view, setView] = useState(initial)
  const [query, setQuery] = useState(initial.filter.query)
  const [age, setAge] = useState(initial.filter.age === undefined ? '' : String(initial.filter.age))
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const abortRef = useRef<AbortController | null>(null)
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

  /** Fetches the view for a query string and shows it; `history` says how the URL follows. */
  const load = useCallback(async (search: string, history: 'push' | 'replace' | 'none', focusResults = false) => {
    abortRef.current?.abort()
    const controller = new AbortController()
    abortRef.current = controller
    setBusy(true)
    try {
      const response = await fetch(`/aanbod.json${search ? `?${search}` : ''}`, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      const next = (await response.json()) as DirectoryView
      setView(next)
      setFailed(false)
      const url = next.search ? `/aanbod?${next.search}` : '/aanbod'
      if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url)
      if (history === 'replace') window.history.replaceState(null, '', url)
      if (focusResults) headingRef.current?.focus()
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setFailed(true)
    } finally {
      if (abortRef.current === controller) setBusy(false)
    }
  }, [])

  /**
   * The query string for the form's current state, built from React state rather than read from
   * the DOM (which may not have re-rendered yet when a change handler runs).
   */
  const latest = useRef({ query, age, facets: view.facets, sort: view.filter.sort })
  latest.current = { query, age, facets: view.facets, sort: view.filter.sort }

  useEffect(() => {
    const onPopState = () => {
      const filter = parseOfferingFilter(new URLSearchParams(location.search))
      setQuery(filter.query)
      setAge(filter.age === undefined ? '' : String(filter.age))
      void load(offeringFilterSearch(filter), 'none')
    }
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [load])

  // Choices (checkboxes, sort) apply at once; typing waits for a pause.
  const applyNow = (state: typeof latest.current) => {
    clearTimeout(typingTimer.current)
    void load(searchOf(state), 'push')
  }
  const applyWhileTyping = () => {
    clearTimeout(typingTimer.current)
    typingTimer.current = setTimeout(() => void load(searchOf(latest.current), 'replace'), TYPING_DELAY_MS)
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    clearTimeout(typingTimer.current)
    void load(searchOf(latest.current), 'push', true)
  }

  const toggle = (group: FacetGroupView, value: string) => {
    const facets = view.facets.map((facet) =>
      facet.key !== group.key
        ? facet
        : { ...facet, options: facet.options.map((option) => (option.value === value ? { ...option, checked: !option.checked } : option)) },
    )
    setView((current) => ({ ...current, facets }))
    applyNow({ ...latest.current, facets })
  }

  const goToPage = (event: MouseEvent<HTMLAnchorElement>, page: number) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    void load(offeringFilterSearch({ ...view.filter, page }), 'push', true)
  }

  const { info } = view
  const pages = pageLinks(info.page, info.pageCount)

  return (
    <div className="lvb-directory">
      {/* On a phone the filters come first: a shortcut to the results. */}
      <p className="lvb-directory__skip">
        <a className="utrecht-link utrecht-link--html-a" href="#resultaten">
          Direct naar de resultaten ({info.total})
        </a>
      </p>
      <form method="get" action="/aanbod" className="lvb-directory__filters" onSubmit={onSubmit} role="search" aria-label="Aanbod zoeken en filteren">
        <h2 className="utrecht-heading-2 lvb-directory__heading">Zoeken en filteren</h2>
        <div className="utrecht-form-field lvb-field">
          <label className="utrecht-form-label" htmlFor="aanbod-q">
            Zoek in het aanbod
          </label>
          <input
            id="aanbod-q"
            className="utrecht-textbox utrecht-textbox--html-input"
            type="search"
            name={offeringParams.query}
            value={query}
            maxLength={MAX_QUERY_LENGTH}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value)
              applyWhileTyping()
            }}
          />
        </div>
        <div className="utrecht-form-field lvb-field">
          <label className="utrecht-form-label" htmlFor="aanbod-leeftijd">
            Leeftijd (in jaren)
          </label>
          <p id="aanbod-leeftijd-uitleg" className="utrecht-form-field-description lvb-muted">
            Toont aanbod waarvan de leeftijdsgrens deze leeftijd omvat.
          </p>
          <input
            id="aanbod-leeftijd"
            className="utrecht-textbox utrecht-textbox--html-input lvb-textbox--short"
            type="number"
            inputMode="numeric"
            min={0}
            max={99}
            step={1}
            name={offeringParams.age}
            value={age}
            aria-describedby="aanbod-leeftijd-uitleg"
            onChange={(event) => {
              setAge(event.target.value)
              if (event.target.validity.valid) applyWhileTyping()
            }}
          />
        </div>

        {view.facets.map((group) => {
          const selected = group.options.filter((option) => option.checked).length
          return (
            <details key={group.key} className="lvb-facet" open={ALWAYS_OPEN.has(group.key) || selected > 0 || undefined}>
              <summary className="lvb-facet__summary">
                {group.label}
                {selected > 0 && <span className="lvb-muted"> ({selected} gekozen)</span>}
              </summary>
              <fieldset className="utrecht-form-fieldset lvb-facet__fieldset">
                <legend className="lvb-visually-hidden">{group.label}</legend>
                <ul className="lvb-facet__options">
                  {group.options.map((option) => {
                    const id = `facet-${group.param}-${option.value}`
                    return (
                      <li key={option.value}>
                        <input
                          id={id}
                          className="utrecht-checkbox utrecht-checkbox--html-input"
                          type="checkbox"
                          name={group.param}
                          value={option.value}
                          checked={option.checked}
                          onChange={() => toggle(group, option.value)}
                        />
                        <label htmlFor={id} className="lvb-facet__label">
                          {option.label} <span className="lvb-facet__count">({option.count})</span>
                        </label>
                      </li>
                    )
                  })}
                </ul>
              </fieldset>
            </details>
          )
        })}

        <div className="utrecht-form-field lvb-field">
          <label className="utrecht-form-label" htmlFor="aanbod-sorteer">
            Sorteren op
          </label>
          <select
            id="aanbod-sorteer"
            className="utrecht-select utrecht-select--html-select"
            name={offeringParams.sort}
            value={view.filter.sort}
            onChange={(event) => {
              const sort = event.target.value as DirectoryView['filter']['sort']
              setView((current) => ({ ...current, filter: { ...current.filter, sort } }))
              applyNow({ ...latest.current, sort })
            }}
          >
            {offeringSorts.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>

        <div className="lvb-directory__actions">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Toon resultaten
          </button>
          <a className="utrecht-link utrecht-link--html-a" href="/aanbod">
            Alle filters wissen
          </a>
        </div>
      </form>

      <div className="lvb-directory__results" aria-busy={busy || undefined}>
        <h2 id="resultaten" className="utrecht-heading-2" tabIndex={-1} ref={headingRef}>
          Resultaten
        </h2>
        <p role="status" className="lvb-directory__count">
          {resultSentence(view)}
        </p>
        {failed && (
          <p className="lvb-note" role="alert">
            Het filteren lukte niet. Gebruik de knop ‘Toon resultaten’ om het opnieuw te proberen.
          </p>
        )}
        {view.cards.length === 0 ? (
          <p className="utrecht-paragraph">
            Probeer minder filters of een ander zoekwoord, of{' '}
            <a className="utrecht-link utrecht-link--html-a" href="/routekaart">
              volg de routekaart
            </a>
            .
          </p>
        ) : (
          <ul className="lvb-stack lvb-directory__list">
            {view.cards.map((card) => (
              <li key={card.slug}>
                <OfferingResultCard offering={card} />
              </li>
            ))}
          </ul>
        )}
        {info.pageCount > 1 && (
          <nav className="lvb-pagination" aria-label="Paginering">
            <ul>
              {info.page > 1 && (
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={hrefFor(view, info.page - 1)} rel="prev" onClick={(event) => goToPage(event, info.page - 1)}>
                    Vorige<span className="lvb-visually-hidden"> pagina</span>
                  </a>
                </li>
              )}
              {pages.map((page, index) =>
                page === 0 ? (
                  <li key={`gap-${index}`} aria-hidden="true">
                    …
                  </li>
                ) : (
                  <li key={page}>
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={hrefFor(view, page)}
                      aria-current={page === info.page ? 'page' : undefined}
                      onClick={(event) => goToPage(event, page)}
                    >
                      <span className="lvb-visually-hidden">Pagina </span>
                      {page}
                    </a>
                  </li>
                ),
              )}
              {info.page < info.pageCount && (
                <li>
                  <a className="utrecht-link utrecht-link--html-a" href={hrefFor(view, info.page + 1)} rel="next" onClick={(event) => goToPage(event, info.page + 1)}>
                    Volgende<span className="lvb-visually-hidden"> pagina</span>
                  </a>
                </li>
              )}
            </ul>
          </nav>
        )}
      </div>
    </div>
  )
}
