/** One offering in the directory's result list (server-rendered and re-rendered by the island). */
import { kindsOfHelp, labelOf } from '../../domain/vocabulary'
import { formatAgeRange, formatDate, formatWeeks, isoDay } from '../lib/format'
import type { OfferingCardData } from '../lib/offeringDirectory'

export function OfferingResultCard({ offering }: { offering: OfferingCardData }) {
  const kinds = (offering.kindsOfHelp ?? []).map((kind) => labelOf(kindsOfHelp, kind))
  const ages = formatAgeRange(offering.ageMin, offering.ageMax)
  const waiting = formatWeeks(offering.waitingTimeWeeks)
  return (
    <article className="lvb-card">
      <h3 className="utrecht-heading-3 lvb-card__title">
        <a className="utrecht-link utrecht-link--html-a" href={`/aanbod/${offering.slug}`}>
          {offering.title}
        </a>
      </h3>
      {offering.isExample && (
        <p>
          <span className="utrecht-data-badge lvb-badge--example">Voorbeeld</span>
        </p>
      )}
      {offering.organisationName && offering.organisationSlug && (
        <p className="lvb-card__meta">
          Door{' '}
          <a className="utrecht-link utrecht-link--html-a" href={`/organisaties/${offering.organisationSlug}`}>
            {offering.organisationName}
          </a>
        </p>
      )}
      {offering.summary && <p className="utrecht-paragraph">{offering.summary}</p>}
      <dl className="lvb-card__facts">
        {kinds.length > 0 && (
          <>
            <dt>Soort hulp</dt>
            <dd>{kinds.join(', ')}</dd>
          </>
        )}
        {ages && (
          <>
            <dt>Leeftijd</dt>
            <dd>{ages}</dd>
          </>
        )}
        <dt>Wachttijd</dt>
        <dd>
          {waiting || 'onbekend'}
          {waiting && offering.waitingTimeUpdatedAt && (
            <span className="lvb-muted">
              {' '}
              (bijgewerkt op <time dateTime={isoDay(offering.waitingTimeUpdatedAt)}>{formatDate(offering.waitingTimeUpdatedAt)}</time>)
              {/* The same words as components/WaitingTimeAge.astro; decided on the server (toCard). */}
              {offering.waitingTimeStale && <strong className="lvb-waiting-stale"> (ouder dan 3 maanden: mogelijk niet actueel)</strong>}
            </span>
          )}
        </dd>
        <dt>Laatst gecontroleerd</dt>
        <dd>
          {offering.lastReviewedAt ? (
            <time dateTime={isoDay(offering.lastReviewedAt)}>{formatDate(offering.lastReviewedAt)}</time>
          ) : (
            'nog niet'
          )}
        </dd>
      </dl>
    </article>
  )
}
