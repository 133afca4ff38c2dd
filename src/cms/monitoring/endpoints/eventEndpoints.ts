import type { PayloadRequest } from 'payload'
import { attendanceCsv, eventStatistics, eventStatisticsCsv } from '../../../domain/events/statistics'
import { slugify } from '../../../domain/slugify'
import { loadAttendance, loadMonitoredEvents, loadMonitoredRegistrations } from '../load/events'
import { authorisedEndpoint, endpointError } from '../../shared/endpoints'
import { csvResponse, exportAccess, fileSuffix, filtersOf } from './respond'

/** GET /api/monitoring/bijeenkomsten?jaar=2026[&netwerk=jeugd]: one row per event (coordinators). */
export const eventsCsvEndpoint = authorisedEndpoint({
  ...exportAccess,
  path: '/monitoring/bijeenkomsten',
  method: 'get',
  handler: async (req) => {
    const filters = filtersOf(req)
    const events = await loadMonitoredEvents(req.payload, filters, req)
    const registrations = await loadMonitoredRegistrations(req.payload, events.map((e) => String(e.id)), req)
    return csvResponse(eventStatisticsCsv(eventStatistics(events, registrations)), `bijeenkomsten-${fileSuffix(filters)}.csv`)
  },
})

const notFound = () => endpointError(404, 'Deze bijeenkomst bestaat niet.')

/** GET /api/monitoring/bijeenkomsten/:id/presentielijst: who registered and who came, as CSV (coordinators). */
export const attendanceCsvEndpoint = authorisedEndpoint({
  ...exportAccess,
  path: '/monitoring/bijeenkomsten/:id/presentielijst',
  method: 'get',
  handler: async (req) => {
    const attendance = await loadAttendance(req.payload, String(req.routeParams?.id ?? ''), req)
    if (!attendance) return notFound()
    const name = slugify(attendance.event.title ?? '') || 'bijeenkomst'
    return csvResponse(attendanceCsv(attendance.registrations), `presentielijst-${name}.csv`)
  },
})

const MAX_BODY = 256 * 1024
const MAX_IDS = 5000

/** The body, or undefined when it is larger than `MAX_BODY` (counted while reading, whatever content-length says). */
async function boundedText(req: PayloadRequest): Promise<string | undefined> {
  if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY) return undefined
  const reader = (req.body as ReadableStream<Uint8Array> | null | undefined)?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const ids = (values: unknown): string[] | undefined => {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values]
  if (list.length > MAX_IDS || !list.every((value) => typeof value === 'string' && value.length > 0 && value.length <= 64)) return undefined
  return list as string[]
}

/**
 * POST /api/monitoring/bijeenkomsten/:id/presentie: save the attendance list. Body (form or
 * JSON): `deelnemer` = every registration shown, `aanwezig` = those ticked. Only registrations of
 * this event that have a place change; each update runs with the coordinator's own access.
 * A form gets a 303 back to the list; JSON gets the number of changes.
 */
export const attendanceSaveEndpoint = authorisedEndpoint({
  ...exportAccess,
  path: '/monitoring/bijeenkomsten/:id/presentie',
  method: 'post',
  handler: async (req) => {
    const eventId = String(req.routeParams?.id ?? '')
    const isForm = (req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded')
    const text = await boundedText(req)
    if (text === undefined) return endpointError(413, 'Deze lijst is te groot.')
    let shown: string[] | undefined
    let present: string[] | undefined
    if (isForm) {
      const form = new URLSearchParams(text)
      shown = ids(form.getAll('deelnemer'))
      present = ids(form.getAll('aanwezig'))
    } else {
      let body: { deelnemer?: unknown; aanwezig?: unknown } = {}
      try {
        body = text ? (JSON.parse(text) as typeof body) : {}
      } catch {
        return endpointError(400, 'Ongeldige gegevens.')
      }
      shown = ids(body?.deelnemer)
      present = ids(body?.aanwezig)
    }
    if (!shown || !present) return endpointError(400, 'Ongeldige lijst van deelnemers.')

    const attendance = await loadAttendance(req.payload, eventId, req)
    if (!attendance) return notFound()
    const ticked = new Set(present)
    const shownSet = new Set(shown)
    let changed = 0
    for (const registration of attendance.registrations) {
      if (!shownSet.has(registration.id) || registration.status !== 'aangemeld') continue
      const attended = ticked.has(registration.id)
      if (Boolean(registration.attended) === attended) continue
      await req.payload.update({ collection: 'eventRegistrations', id: registration.id, data: { attended }, overrideAccess: false, user: req.user, req, depth: 0 })
      changed++
    }
    if (isForm) {
      return new Response(null, { status: 303, headers: { location: `/admin/monitoring/bijeenkomsten/${encodeURIComponent(eventId)}?opgeslagen=${changed}` } })
    }
    return Response.json({ bijgewerkt: changed })
  },
})
