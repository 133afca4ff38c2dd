import type { ReactNode } from 'react'
import { dutchDateTime, filtersLabel, type MonitoringFilters } from '../../../domain/monitoring/period'
import { networks } from '../../../domain/vocabulary'
import { sections, type MonitoringSection } from '../access'
import { PrintButton } from './PrintButton'

export interface FrameProps {
  section: MonitoringSection
  /** Sections this user may open (tabs). */
  visibleSections: MonitoringSection[]
  title: string
  filters?: MonitoringFilters
  years?: number[]
  /** The CSV of what is shown, when the user may export it. */
  csv?: { href: string; label: string }
  children: ReactNode
}

/**
 * The frame of every monitoring view: title, tabs, the filters (a plain GET form, so the
 * filters live in the URL and a view can be shared and printed), the downloads, and a line
 * that only the printed page shows.
 */
export function MonitoringFrame({ section, visibleSections, title, filters, years, csv, children }: FrameProps) {
  const current = sections.find((s) => s.key === section)!
  return (
    <div className="monitoring">
      <h1 className="monitoring__title">{filters ? `${title} ${filtersLabel(filters)}` : title}</h1>
      <p className="monitoring-print-only">
        Expertisenetwerk Jeugd (L)VB Amsterdam en LVB18+. Gemaakt op {dutchDateTime(new Date())}.
      </p>
      {visibleSections.length > 1 && (
        <nav className="monitoring-tabs monitoring-no-print" aria-label="Onderdelen van de monitoring">
          <ul>
            {sections
              .filter((s) => visibleSections.includes(s.key))
              .map((s) => (
                <li key={s.key}>
                  <a href={filters ? `${s.path}?jaar=${filters.year}${filters.network ? `&netwerk=${filters.network}` : ''}` : s.path} aria-current={s.key === section ? 'page' : undefined}>
                    {s.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      )}
      {filters && years && (
        <form method="get" action={current.path} className="monitoring-filters monitoring-no-print" aria-label="Filters">
          <div className="monitoring-filters__field">
            <label htmlFor="monitoring-jaar">Jaar</label>
            <select id="monitoring-jaar" name="jaar" defaultValue={String(filters.year)}>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="monitoring-filters__field">
            <label htmlFor="monitoring-netwerk">Netwerk</label>
            <select id="monitoring-netwerk" name="netwerk" defaultValue={filters.network ?? ''}>
              <option value="">Beide netwerken</option>
              {networks.map((network) => (
                <option key={network.value} value={network.value}>
                  {network.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="monitoring-button monitoring-button--primary">
            Toon
          </button>
        </form>
      )}
      <div className="monitoring-actions monitoring-no-print">
        {csv && (
          <a className="monitoring-button" href={csv.href} download>
            {csv.label}
          </a>
        )}
        <PrintButton />
      </div>
      {children}
    </div>
  )
}

/** Key figures as a definition list: the numbers a reader looks for first. */
export function KeyFigures({ title = 'Kerncijfers', figures }: { title?: string; figures: { label: string; value: string; note?: string }[] }) {
  return (
    <section className="monitoring-figures" aria-labelledby="monitoring-kerncijfers">
      <h2 id="monitoring-kerncijfers">{title}</h2>
      <dl>
        {figures.map((figure) => (
          <div key={figure.label} className="monitoring-figures__item">
            <dt>{figure.label}</dt>
            <dd>
              <span className="monitoring-figures__value">{figure.value}</span>
              {figure.note && <span className="monitoring-figures__note">{figure.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
