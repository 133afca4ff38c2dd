import type { PayloadRequest } from 'payload'
import { percentageText } from '../../../domain/monitoring/numbers'
import { filtersQuery, yearOptions, type MonitoringFilters } from '../../../domain/monitoring/period'
import { newsletterStatistics } from '../../../domain/newsletter/statistics'
import type { MonitoringSection } from '../access'
import { palette } from '../charts/renderChart'
import { countUnsubscribesWithoutEdition, loadEditionCounts, loadEditions } from '../load/newsletters'
import { firstDate } from '../load/pages'
import { Chart, DataTable } from './Chart'
import { simpleBars } from './caseCharts'
import { KeyFigures, MonitoringFrame } from './MonitoringFrame'

/** /admin/monitoring/nieuwsbrief: per edition sent, failed and unsubscribes. */
export async function NewsletterMonitoring({ req, filters, visibleSections }: { req: PayloadRequest; filters: MonitoringFilters; visibleSections: MonitoringSection[] }) {
  const editions = await loadEditions(req.payload, filters, req)
  const [counts, withoutEdition, first] = await Promise.all([
    loadEditionCounts(req.payload, editions.map((e) => String(e.id)), req),
    countUnsubscribesWithoutEdition(req.payload, filters, req),
    firstDate(req.payload, 'newsletters', 'sentAt', { overrideAccess: false, user: req.user, req }),
  ])
  const statistics = newsletterStatistics(editions, counts, withoutEdition)
  const { totals } = statistics
  const label = (row: (typeof statistics.rows)[number]) => `${row.title} (${row.date})`
  const deliverySeries = [
    { key: 'sent', label: 'Verzonden', color: palette[0] },
    { key: 'failed', label: 'Mislukt', color: palette[4] },
    { key: 'waiting', label: 'Nog in de wachtrij', color: palette[5] },
  ] as const

  return (
    <MonitoringFrame
      section="nieuwsbrief"
      visibleSections={visibleSections}
      title="Monitoring nieuwsbrief"
      filters={filters}
      years={yearOptions(first)}
      csv={{ href: `/api/monitoring/nieuwsbrief?${filtersQuery(filters)}`, label: 'Download per nieuwsbrief (CSV)' }}
    >
      <p className="monitoring__intro">
        Nieuwsbrieven die in dit jaar zijn verzonden (of nu worden verzonden). Afmeldingen tellen bij de nieuwsbrief waarvan de afmeldlink
        werd gebruikt; afmeldingen via de voorkeurenpagina of het beheer staan apart.
      </p>
      <KeyFigures
        figures={[
          { label: 'Nieuwsbrieven', value: String(totals.editions) },
          { label: 'Verzonden', value: totals.sent.toLocaleString('nl-NL'), note: `van ${totals.recipients.toLocaleString('nl-NL')} ontvangers` },
          { label: 'Mislukt', value: String(totals.failed), note: percentageText(totals.failed, totals.recipients) },
          { label: 'Afmeldingen via een nieuwsbrief', value: String(totals.unsubscribes), note: percentageText(totals.unsubscribes, totals.sent) },
          { label: 'Afmeldingen zonder nieuwsbrief', value: String(statistics.unsubscribesWithoutEdition), note: 'voorkeurenpagina, beheer of oudere links' },
        ]}
      />
      <Chart
        id="verzending"
        title="Verzonden en mislukt per nieuwsbrief"
        summary={
          totals.editions === 0
            ? 'In deze periode is geen nieuwsbrief verzonden.'
            : `${totals.editions} nieuwsbrieven naar samen ${totals.recipients.toLocaleString('nl-NL')} ontvangers: ${totals.sent.toLocaleString('nl-NL')} verzonden, ${totals.failed} mislukt.`
        }
        spec={{
          orientation: 'horizontal',
          layout: 'stacked',
          categories: statistics.rows.map(label),
          series: deliverySeries.map((s) => ({ ...s })),
          data: statistics.rows.flatMap((row) => deliverySeries.map((s) => ({ category: label(row), series: s.key, value: row[s.key] }))),
          valueLabel: 'Aantal e-mails',
        }}
        table={{
          head: ['Nieuwsbrief', 'Ontvangers', 'Verzonden', 'Mislukt', 'Nog in de wachtrij'],
          rows: statistics.rows.map((row) => [label(row), row.recipients, row.sent, row.failed, row.waiting]),
        }}
      />
      <Chart
        id="afmeldingen"
        title="Afmeldingen per nieuwsbrief"
        summary={
          totals.editions === 0
            ? 'In deze periode is geen nieuwsbrief verzonden.'
            : `${totals.unsubscribes} afmeldingen via de link in een nieuwsbrief (${percentageText(totals.unsubscribes, totals.sent)} van de verzonden e-mails); ${statistics.unsubscribesWithoutEdition} afmeldingen zonder bekende nieuwsbrief.`
        }
        spec={simpleBars(statistics.rows.map((row) => [label(row), row.unsubscribes]), 'Aantal afmeldingen')}
        table={{
          head: ['Nieuwsbrief', 'Afmeldingen', 'Van de verzonden e-mails'],
          rows: statistics.rows.map((row) => [label(row), row.unsubscribes, percentageText(row.unsubscribes, row.sent)]),
        }}
      />
      <section aria-labelledby="monitoring-nieuwsbrieven-lijst" className="monitoring-section">
        <h2 id="monitoring-nieuwsbrieven-lijst">Per nieuwsbrief</h2>
        <DataTable
          caption="Nieuwsbrieven met verzending en afmeldingen"
          table={{
            head: ['Nieuwsbrief', 'Verzonden op', 'Ontvangers', 'Verzonden', 'Mislukt', 'Afmeldingen', 'Afmeldingen (%)'],
            rows: statistics.rows.map((row) => [row.title, row.date, row.recipients, row.sent, row.failed, row.unsubscribes, percentageText(row.unsubscribes, row.sent)]),
            foot: statistics.rows.length ? ['Totaal', '', totals.recipients, totals.sent, totals.failed, totals.unsubscribes, percentageText(totals.unsubscribes, totals.sent)] : undefined,
          }}
        />
      </section>
    </MonitoringFrame>
  )
}
