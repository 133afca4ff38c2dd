/** One event as an `.ics` file ("Zet in je agenda"): the same entry as in the feed. */
import type { APIRoute } from 'astro'
import { CALENDAR_PRODID, toCalendarEvent } from '../../../domain/calendar/eventEntry'
import { buildCalendar } from '../../../domain/calendar/ical'
import { getEventBySlug } from '../../lib/events'
import { siteOrigin } from '../../lib/origin'

export const GET: APIRoute = async ({ locals, params }) => {
  const event = await getEventBySlug(locals.payload, params.slug)
  if (!event) return new Response('Deze bijeenkomst bestaat niet (meer).', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const body = buildCalendar([toCalendarEvent(event, siteOrigin())], { prodId: CALENDAR_PRODID, now: new Date() })
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
      'cache-control': 'public, max-age=300',
    },
  })
}
