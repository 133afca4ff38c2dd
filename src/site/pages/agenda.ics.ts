/**
 * The agenda as an iCalendar feed to subscribe to: every published event that has not ended,
 * cancelled ones included (STATUS:CANCELLED with a higher SEQUENCE, so subscribed calendars
 * take them out).
 */
import type { APIRoute } from 'astro'
import { CALENDAR_NAME, CALENDAR_PRODID, toCalendarEvent } from '../../domain/calendar/eventEntry'
import { buildCalendar } from '../../domain/calendar/ical'
import { listUpcoming } from '../lib/events'
import { siteOrigin } from '../lib/origin'

export const GET: APIRoute = async ({ locals }) => {
  const events = await listUpcoming(locals.payload)
  const body = buildCalendar(
    events.map((event) => toCalendarEvent(event, siteOrigin())),
    { prodId: CALENDAR_PRODID, name: CALENDAR_NAME, now: new Date() },
  )
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="agenda.ics"',
      'cache-control': 'public, max-age=300',
    },
  })
}
