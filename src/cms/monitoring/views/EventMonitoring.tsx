import type { PayloadRequest } from 'payload'
import { eventStatistics } from '../../../domain/events/statistics'
import { percentageText } from '../../../domain/monitoring/numbers'
import { filtersQuery, yearOptions, type MonitoringFilters } from '../../../domain/monitoring/period'
import { eventKinds } from '../../../domain/vocabulary'
import type { MonitoringSection } from '../access'
import { palette } from '../charts/renderChart'
import { loadMonitoredEvents, loadMonitoredRegistrations } from '../load/events'
import { firstDate } from '../load/pages'
import { Chart, DataTable } from './Chart'
import { KeyFigures, MonitoringFrame } from './MonitoringFrame'

const kindLabel = (kind: string) => eventKinds.find((k) => k.value === kind)?.label ?? kind

/** /admin/monitoring/bijeenkomsten: registrations, waiting list and attendance per event of a year. */
export async function EventMonitoring({ req, filters, visibleSections }: { req: PayloadRequest; filters: MonitoringFilters; visibleSections: MonitoringSection[] }) {
  const events = await loadMonitoredEvents(req.payload, filters, req)
  const registrations = await loadMonitoredRegistrations(req.payload, events.map((e) => String(e.id)), req)
  const statistics = eventStatistics(events, registrations)
  const { totals } = statistics
  const label = (row: (typeof statistics.rows)[number]) => `${row.title} (${row.date})`
  const series = [
    { key: 'registered', label: 'Aangemeld (met plek)', color: palette[0] },
    { key: 'waitingList', label: 'Wachtlijst', color: palette[1] },
    { key: 'attended', label: 'Aanwezig', color: palette[2] },
  ] as const
  const first = await firstDate(req.payload, 'events', 'startsAt', { overrideAccess: false, user: req.user, req })

  return (
    <MonitoringFrame
      section="bijeenkomsten"
      visibleSections={visibleSections}
      title="Monitoring bijeenkomsten"
      filters={filters}
      years={yearOptions(first)}
      csv={{ href: `/api/monitoring/bijeenkomsten?${filtersQuery(filters)}`, label: 'Download per bijeenkomst (CSV)' }}
    >
      <p className="monitoring__intro">
        Gepubliceerde bijeenkomsten die in dit jaar beginnen. Aanwezigheid legt u na afloop vast op de presentielijst van de bijeenkomst.
      </p>
      <KeyFigures
        figures={[
          { label: 'Bijeenkomsten', value: String(totals.events) },
          { label: 'Aangemeld (met plek)', value: String(totals.registered) },
          { label: 'Op de wachtlijst', value: String(totals.waitingList) },
          { label: 'Afgemeld', value: String(totals.cancelled) },
          { label: 'Aanwezig', value: String(totals.attended), note: `bij ${totals.withAttendance} bijeenkomsten met presentielijst` },
        ]}
      />
      <Chart
        id="per-bijeenkomst"
        title="Aanmeldingen, wachtlijst en aanwezigheid per bijeenkomst"
        summary={
          totals.events === 0
            ? 'In deze periode zijn er geen gepubliceerde bijeenkomsten.'
            : `${totals.events} bijeenkomsten met samen ${totals.registered} aanmeldingen met een plek en ${totals.waitingList} op de wachtlijst; bij ${totals.withAttendance} is de presentie vastgelegd (${totals.attended} aanwezig).`
        }
        spec={{
          orientation: 'horizontal',
          layout: 'grouped',
          categories: statistics.rows.map(label),
          series: series.map((s) => ({ ...s })),
          data: statistics.rows.flatMap((row) => series.map((s) => ({ category: label(row), series: s.key, value: row[s.key] }))),
          valueLabel: 'Aantal personen',
        }}
        table={{
          head: ['Bijeenkomst', 'Aangemeld', 'Wachtlijst', 'Aanwezig'],
          rows: statistics.rows.map((row) => [label(row), row.registered, row.waitingList, row.attendanceRecorded ? row.attended : 'niet vastgelegd']),
        }}
      />
      <section aria-labelledby="monitoring-bijeenkomsten-lijst" className="monitoring-section">
        <h2 id="monitoring-bijeenkomsten-lijst">Per bijeenkomst</h2>
        <DataTable
          caption="Bijeenkomsten met aanmeldingen en presentie"
          table={{
            head: ['Bijeenkomst', 'Soort', 'Datum', 'Plaatsen', 'Aangemeld', 'Wachtlijst', 'Afgemeld', 'Aanwezig', 'Opkomst'],
            rows: statistics.rows.map((row) => [
              row.title + (row.cancelledEvent ? ' (geannuleerd)' : ''),
              kindLabel(row.kind),
              row.date,
              row.capacity ?? 'onbeperkt',
              row.registered,
              row.waitingList,
              row.cancelled,
              row.attendanceRecorded ? row.attended : '–',
              row.attendanceRecorded ? percentageText(row.attended, row.registered) : '–',
            ]),
          }}
        />
        {statistics.rows.length > 0 && (
          <ul className="monitoring-links monitoring-no-print" aria-label="Presentielijsten">
            {statistics.rows.map((row) => (
              <li key={row.id}>
                <a href={`/admin/monitoring/bijeenkomsten/${row.id}`}>Presentielijst: {label(row)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </MonitoringFrame>
  )
}
