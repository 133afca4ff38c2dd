/**
 * The routekaart, one step at a time. Rendered on the server as plain HTML in which every
 * answer, "vorige vraag" and "opnieuw beginnen" is an ordinary link, so it works without
 * JavaScript. Hydrated, it moves between steps without reloading the page: it fetches the next
 * step's data, updates the address with history.pushState (so the browser's back button and
 * a shared link keep working), moves focus to the new heading and announces the new question
 * or the outcome in its one live region.
 */
import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react'
import { summaryText, type RouteStepView } from '../lib/routeMapView'

interface Props {
  initial: RouteStepView
}

function announcementOf(view: RouteStepView): string {
  if (view.step.kind === 'uitkomst') return `Uitkomst: ${view.step.title}`
  return `Vraag ${view.progress.questionNumber}: ${view.step.title}`
}

/** A plain left click without modifier keys: the ones a page may take over. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey && !event.defaultPrevented
}

export default function RouteMapWalker({ initial }: Props) {
  const [view, setView] = useState(initial)
  const [announcement, setAnnouncement] = useState('')
  const [hydrated, setHydrated] = useState(false)
  const [busy, setBusy] = useState(false)
  const [copied, setCopied] = useState<'' | 'ja' | 'nee'>('')
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  useEffect(() => setHydrated(true), [])

  const load = useCallback(
    async (href: string, how: 'push' | 'pop') => {
      const url = new URL(href, window.location.href)
      const pad = url.searchParams.get('pad') ?? ''
      setBusy(true)
      try {
        const params = new URLSearchParams({ pad })
        if (how === 'pop') params.set('tellen', 'nee')
        const response = await fetch(`${view.basePath}/stap.json?${params.toString()}`, { headers: { accept: 'application/json' } })
        if (!response.ok) throw new Error(String(response.status))
        const next = (await response.json()) as RouteStepView
        if (how === 'push') window.history.pushState({ pad: next.path }, '', next.url)
        else if (next.url !== `${url.pathname}${url.search}`) window.history.replaceState({ pad: next.path }, '', next.url)
        moved.current = true
        setCopied('')
        setView(next)
      } catch {
        // Whatever went wrong, the link itself still works.
        window.location.assign(href)
      } finally {
        setBusy(false)
      }
    },
    [view.basePath],
  )

  // After a move: focus on the new heading, the title in the tab, and one announcement.
  useEffect(() => {
    if (!moved.current) return
    heading.current?.focus()
    const siteName = document.title.split(' | ').at(-1)
    document.title = view.path === '' ? `${view.mapTitle} | ${siteName}` : `${view.step.title} | ${view.mapTitle} | ${siteName}`
    setAnnouncement(announcementOf(view))
  }, [view])

  useEffect(() => {
    const onPopState = () => void load(window.location.href, 'pop')
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [load])

  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    if (!busy) void load(event.currentTarget.href, 'push')
  }

  const copySummary = async () => {
    try {
      await navigator.clipboard.writeText(summaryText(view))
      setCopied('ja')
      setAnnouncement('De samenvatting staat op het klembord.')
    } catch {
      setCopied('nee')
      setAnnouncement('Kopiëren lukte niet; selecteer de samenvatting en kopieer die zelf.')
    }
  }

  const { step, outcome, progress } = view
  const isOutcome = step.kind === 'uitkomst'
  const total = progress.questionNumber + progress.maxAhead

  return (
    <div className="lvb-route" aria-busy={busy || undefined}>
      {/* The one live region: announces each new question and the outcome. */}
      <p className="lvb-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>

      <p className="lvb-route__progress">
        {isOutcome ? (
          <>Uitkomst na {view.trail.length === 1 ? '1 vraag' : `${view.trail.length} vragen`}</>
        ) : (
          <>
            Vraag {progress.questionNumber}
            {progress.maxAhead > 0 ? ` van hooguit ${total}` : ' (laatste vraag)'}
          </>
        )}
      </p>
      <progress className="lvb-route__bar" max={100} value={isOutcome ? 100 : Math.round(((progress.questionNumber - 1) / total) * 100)} aria-hidden="true" />

      {view.introduction && <p className="utrecht-paragraph lvb-route__intro">{view.introduction}</p>}

      <h2 className="utrecht-heading-2 lvb-route__title" tabIndex={-1} ref={heading}>
        {isOutcome && <span className="lvb-route__kicker">Uitkomst: </span>}
        {step.title}
      </h2>
      {step.explanationHtml && (
        <div className="utrecht-html lvb-rich-text lvb-route__explanation" dangerouslySetInnerHTML={{ __html: step.explanationHtml }} />
      )}

      {view.answers.length > 0 && (
        <ul className="lvb-route__answers" aria-label="Kies een antwoord">
          {view.answers.map((answer) => (
            <li key={answer.number}>
              <a className="lvb-route__answer" href={answer.href} onClick={follow}>
                {answer.label}
              </a>
            </li>
          ))}
        </ul>
      )}

      {outcome && (
        <div className="lvb-route__outcome">
          {outcome.askNetworkHref && (
            <div className="lvb-route__cta">
              <h3 className="utrecht-heading-3">Kom je er niet uit?</h3>
              <p className="utrecht-paragraph">
                Leg je vraag voor aan de experts van het netwerk. De route die je hier volgde gaat mee, zodat je die niet opnieuw hoeft uit te
                leggen.
              </p>
              <a
                className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
                href={outcome.askNetworkHref}
              >
                Stel je vraag aan het netwerk
              </a>
            </div>
          )}

          {outcome.links.length > 0 && (
            <>
              <h3 className="utrecht-heading-3">Meer informatie</h3>
              <ul className="utrecht-link-list utrecht-link-list--html-ul">
                {outcome.links.map((link) => (
                  <li key={link.href} className="utrecht-link-list__item">
                    <a className="utrecht-link utrecht-link--html-a" href={link.href} rel={link.external ? 'noopener' : undefined}>
                      {link.label}
                      {link.external && <span className="lvb-visually-hidden"> (externe website)</span>}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}

          {outcome.offerings && (
            <section aria-labelledby="passend-aanbod" className="lvb-route__offerings">
              <h3 className="utrecht-heading-3" id="passend-aanbod">
                Passend aanbod
              </h3>
              {outcome.offerings.length === 0 ? (
                <p className="utrecht-paragraph">Er staat op dit moment geen aanbod op de website dat hierbij past.</p>
              ) : (
                <>
                  <p className="utrecht-paragraph lvb-muted">
                    {outcome.offeringsTotal === 1 ? '1 vorm van aanbod past' : `${outcome.offeringsTotal} vormen van aanbod passen`} bij deze
                    uitkomst{outcome.offeringsTotal > outcome.offerings.length ? `; hier de eerste ${outcome.offerings.length}` : ''}.
                  </p>
                  <ul className="lvb-grid">
                    {outcome.offerings.map((offering) => (
                      <li key={offering.href}>
                        <article className="lvb-card">
                          <h4 className="utrecht-heading-4 lvb-card__title">
                            <a className="utrecht-link utrecht-link--html-a" href={offering.href}>
                              {offering.title}
                            </a>
                          </h4>
                          {offering.isExample && (
                            <p>
                              <span className="utrecht-data-badge lvb-badge--example">Voorbeeld</span>
                            </p>
                          )}
                          {offering.organisation && (
                            <p className="lvb-card__meta">
                              Door{' '}
                              <a className="utrecht-link utrecht-link--html-a" href={offering.organisation.href}>
                                {offering.organisation.name}
                              </a>
                            </p>
                          )}
                          {offering.summary && <p className="utrecht-paragraph">{offering.summary}</p>}
                          <dl className="lvb-card__facts">
                            {offering.kinds.length > 0 && (
                              <>
                                <dt>Soort hulp</dt>
                                <dd>{offering.kinds.join(', ')}</dd>
                              </>
                            )}
                            {offering.ages && (
                              <>
                                <dt>Leeftijd</dt>
                                <dd>{offering.ages}</dd>
                              </>
                            )}
                            <dt>Wachttijd</dt>
                            <dd>{offering.waiting ?? 'onbekend'}</dd>
                          </dl>
                        </article>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {outcome.allOfferingsHref && (
                <p className="utrecht-paragraph">
                  <a className="utrecht-link utrecht-link--html-a" href={outcome.allOfferingsHref}>
                    Bekijk dit aanbod in de aanbodlijst, met filters
                  </a>
                </p>
              )}
            </section>
          )}
        </div>
      )}

      {view.trail.length > 0 && (
        <section className="lvb-route__summary" aria-labelledby="je-antwoorden">
          <h3 className="utrecht-heading-3" id="je-antwoorden">
            {isOutcome ? 'Samenvatting van je antwoorden' : 'Je antwoorden tot nu toe'}
          </h3>
          <ol className="lvb-route__trail">
            {view.trail.map((item, index) => (
              <li key={index}>
                <span className="lvb-route__question">{item.question}</span>{' '}
                <strong className="lvb-route__given">{item.answer}</strong>{' '}
                <a className="utrecht-link utrecht-link--html-a lvb-route__change" href={item.href} onClick={follow}>
                  Wijzig<span className="lvb-visually-hidden"> je antwoord op “{item.question}”</span>
                </a>
              </li>
            ))}
          </ol>
          {isOutcome && (
            <p className="lvb-route__print-url">Deze route: {view.shareUrl}</p>
          )}
          {isOutcome && hydrated && (
            <p className="lvb-route__copy">
              <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={copySummary}>
                {copied === 'ja' ? 'Samenvatting gekopieerd' : 'Kopieer samenvatting'}
              </button>{' '}
              <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => window.print()}>
                Afdrukken
              </button>
            </p>
          )}
        </section>
      )}

      <nav className="lvb-route__nav" aria-label="Routekaart">
        {view.backHref !== undefined && (
          <a className="utrecht-link utrecht-link--html-a lvb-route__back" href={view.backHref} onClick={follow}>
            Vorige vraag
          </a>
        )}
        {view.path !== '' && (
          <a className="utrecht-link utrecht-link--html-a" href={view.restartHref} onClick={follow}>
            Opnieuw beginnen
          </a>
        )}
      </nav>
    </div>
  )
}
