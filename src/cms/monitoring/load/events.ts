import type { Payload, PayloadRequest, Where } from 'payload'
import type { AttendanceEntry, MonitoredEvent, MonitoredRegistration } from '../../../domain/events/statistics'
import { amsterdamYearRange, type MonitoringFilters } from '../../../domain/monitoring/period'
import { findAll, inRange, type ReadAs } from './pages'

const asUser = (req: PayloadRequest): ReadAs => ({ overrideAccess: false, user: req.user, req })

/** Published events that start in the year (and serve the network), oldest first. */
export async function loadMonitoredEvents(payload: Payload, filters: MonitoringFilters, req: PayloadRequest): Promise<MonitoredEvent[]> {
  const conditions: Where[] = [inRange('startsAt', amsterdamYearRange(filters.year)), { _status: { equals: 'published' } }]
  if (filters.network) conditions.push({ networks: { in: [filters.network] } })
  return findAll<MonitoredEvent>(
    payload,
    'events',
    { and: conditions },
    { title: true, kind: true, startsAt: true, networks: true, capacity: true, cancelled: true },
    asUser(req),
    'startsAt',
  )
}

/** The registrations of these events: only their event, status and attendance. */
export async function loadMonitoredRegistrations(payload: Payload, eventIds: string[], req: PayloadRequest): Promise<MonitoredRegistration[]> {
  if (eventIds.length === 0) return []
  const registrations: MonitoredRegistration[] = []
  // A bounded `in` list per query, however many events a year has.
  for (let start = 0; start < eventIds.length; start += 100) {
    const ids = eventIds.slice(start, start + 100)
    registrations.push(
      ...(await findAll<MonitoredRegistration>(payload, 'eventRegistrations', { event: { in: ids } }, { event: true, status: true, attended: true }, asUser(req))),
    )
  }
  return registrations
}

export interface AttendanceRow extends AttendanceEntry {
  id: string
}

/** One event (published or not) with everyone who registered, in the order they registered. */
export async function loadAttendance(payload: Payload, eventId: string, req: PayloadRequest) {
  if (eventId.length > 64) return undefined
  const event = (await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
    req,
    select: { title: true, startsAt: true, capacity: true },
    // An ID of the wrong shape (e.g. not an ObjectId on MongoDB) is "not found", not an error.
  }).catch(() => null)) as { id: string | number; title?: string; startsAt?: string; capacity?: number | null } | null
  if (!event) return undefined
  const registrations = await findAll<AttendanceRow>(
    payload,
    'eventRegistrations',
    { event: { equals: eventId } },
    { name: true, organisation: true, email: true, status: true, registeredAt: true, attended: true },
    asUser(req),
    'registeredAt',
  )
  return { event, registrations: registrations.map((r) => ({ ...r, id: String(r.id) })) }
}
