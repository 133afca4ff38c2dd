/**
 * Monitoring of events: per event how many people have a place, how many wait, how many
 * cancelled and how many came (the coordinator ticks "aanwezig" on the attendance list), and
 * the attendance list as a CSV. Pure: it takes events and the coded facts of their
 * registrations; the admin view and the exports read them.
 */
import { csvDocument } from '../monitoring/csv'
import { percentage } from '../monitoring/numbers'
import { dutchDate, dutchDateTime } from '../monitoring/period'
import { eventKinds, eventRegistrationStatuses, networks } from '../vocabulary'

export interface MonitoredEvent {
  id: string | number
  title?: string | null
  kind?: string | null
  startsAt?: string | null
  networks?: string[] | null
  capacity?: number | null
  cancelled?: boolean | null
}

export interface MonitoredRegistration {
  event?: string | number | { id: string | number } | null
  status?: string | null
  attended?: boolean | null
}

export interface EventStatisticsRow {
  id: string
  title: string
  kind: string
  date: string
  startsAt: string
  networks: string[]
  capacity: number | null
  cancelledEvent: boolean
  /** Registrations with a place. */
  registered: number
  waitingList: number
  cancelled: number
  /** Of those with a place, ticked "aanwezig". */
  attended: number
  /** The event is over and at least one person is ticked present. */
  attendanceRecorded: boolean
  /** attended / registered in %, when recorded. */
  attendanceRate: number | null
}

export interface EventStatistics {
  rows: EventStatisticsRow[]
  totals: { events: number; registered: number; waitingList: number; cancelled: number; attended: number; withAttendance: number }
}

const idOf = (value: MonitoredRegistration['event']) => (value && typeof value === 'object' ? String(value.id) : value ? String(value) : '')

/** Per event (in the order given), and totals over all. */
export function eventStatistics(events: readonly MonitoredEvent[], registrations: readonly MonitoredRegistration[], now = new Date()): EventStatistics {
  const counts = new Map<string, { registered: number; waitingList: number; cancelled: number; attended: number }>()
  for (const event of events) counts.set(String(event.id), { registered: 0, waitingList: 0, cancelled: 0, attended: 0 })
  for (const registration of registrations) {
    const count = counts.get(idOf(registration.event))
    if (!count) continue
    if (registration.status === 'aangemeld') {
      count.registered++
      if (registration.attended) count.attended++
    } else if (registration.status === 'wachtlijst') count.waitingList++
    else if (registration.status === 'geannuleerd') count.cancelled++
  }
  const rows = events.map((event): EventStatisticsRow => {
    const count = counts.get(String(event.id))!
    const over = event.startsAt ? new Date(event.startsAt).getTime() < now.getTime() : false
    const recorded = over && count.attended > 0
    return {
      id: String(event.id),
      title: event.title ?? '',
      kind: event.kind ?? '',
      date: dutchDate(event.startsAt),
      startsAt: event.startsAt ?? '',
      networks: event.networks ?? [],
      capacity: typeof event.capacity === 'number' ? event.capacity : null,
      cancelledEvent: Boolean(event.cancelled),
      ...count,
      attendanceRecorded: recorded,
      attendanceRate: recorded ? percentage(count.attended, count.registered) : null,
    }
  })
  const sum = (key: 'registered' | 'waitingList' | 'cancelled') => rows.reduce((total, row) => total + row[key], 0)
  return {
    rows,
    totals: {
      events: rows.length,
      registered: sum('registered'),
      waitingList: sum('waitingList'),
      cancelled: sum('cancelled'),
      // Only where the attendance counts (the event is over): ticks ahead of time are not a turnout.
      attended: rows.reduce((total, row) => total + (row.attendanceRecorded ? row.attended : 0), 0),
      withAttendance: rows.filter((row) => row.attendanceRecorded).length,
    },
  }
}

const label = (list: readonly { value: string; label: string }[], value: string) => list.find((o) => o.value === value)?.label ?? value

export const EVENT_STATISTICS_CSV_HEADER = [
  'Bijeenkomst',
  'Soort',
  'Datum',
  'Netwerken',
  'Maximum aantal deelnemers',
  'Geannuleerd',
  'Aangemeld (met plek)',
  'Wachtlijst',
  'Afgemeld',
  'Aanwezig',
  'Opkomst (%)',
] as const

export function eventStatisticsCsv(statistics: EventStatistics): string {
  return csvDocument(
    EVENT_STATISTICS_CSV_HEADER,
    statistics.rows.map((row) => [
      row.title,
      label(eventKinds, row.kind),
      row.date,
      row.networks.map((n) => label(networks, n)).join(', '),
      row.capacity ?? 'onbeperkt',
      row.cancelledEvent,
      row.registered,
      row.waitingList,
      row.cancelled,
      row.attendanceRecorded ? row.attended : '',
      row.attendanceRate,
    ]),
  )
}

export interface AttendanceEntry {
  name?: string | null
  organisation?: string | null
  email?: string | null
  status?: string | null
  registeredAt?: string | null
  attended?: boolean | null
}

export const ATTENDANCE_CSV_HEADER = ['Naam', 'Organisatie', 'E-mailadres', 'Status', 'Aangemeld op', 'Aanwezig'] as const

/** The attendance list of one event: everyone with a place first, then the waiting list and cancellations. */
export function attendanceCsv(entries: readonly AttendanceEntry[]): string {
  const order = ['aangemeld', 'wachtlijst', 'geannuleerd']
  const sorted = [...entries].sort(
    (a, b) => order.indexOf(a.status ?? '') - order.indexOf(b.status ?? '') || (a.name ?? '').localeCompare(b.name ?? '', 'nl'),
  )
  return csvDocument(
    ATTENDANCE_CSV_HEADER,
    sorted.map((entry) => [
      entry.name,
      entry.organisation,
      entry.email,
      label(eventRegistrationStatuses, entry.status ?? ''),
      dutchDateTime(entry.registeredAt),
      entry.status === 'aangemeld' ? Boolean(entry.attended) : '',
    ]),
  )
}
