/**
 * An agenda event as a calendar entry: the one mapping used by the feed, the per-event `.ics`
 * and the e-mail attachments, so every calendar sees the same entry for the same UID.
 */
import type { CalendarEvent } from './ical'

export interface CalendarSourceEvent {
  title: string
  /** Set by the collection from the title; a document without one links to the agenda. */
  slug?: string | null
  icalUid?: string | null
  icalSequence?: number | null
  startsAt: string
  endsAt?: string | null
  cancelled?: boolean | null
  summary?: string | null
  location?: { name?: string | null; address?: string | null } | null
  onlineUrl?: string | null
  updatedAt?: string | null
  id: string | number
}

export const CALENDAR_PRODID = '-//Expertisenetwerk Jeugd (L)VB Amsterdam//Agenda//NL'
export const CALENDAR_NAME = 'Agenda Expertisenetwerk (L)VB Amsterdam'

/** The event's page on the site. */
export function eventPageUrl(siteUrl: string, slug: string): string {
  return `${siteUrl.replace(/\/$/, '')}/agenda/${encodeURIComponent(slug)}`
}

/** "Zaal 1, Dam 1, Amsterdam" and/or "online". */
export function eventPlace(event: Pick<CalendarSourceEvent, 'location' | 'onlineUrl'>): string {
  const place = [event.location?.name, event.location?.address].map((part) => part?.trim()).filter(Boolean).join(', ')
  if (place && event.onlineUrl) return `${place} (ook online)`
  return place || (event.onlineUrl ? 'Online' : '')
}

export function toCalendarEvent(event: CalendarSourceEvent, siteUrl: string): CalendarEvent {
  const url = event.slug ? eventPageUrl(siteUrl, event.slug) : `${siteUrl.replace(/\/$/, '')}/agenda`
  const description = [
    event.summary?.trim(),
    event.onlineUrl ? `Online deelnemen: ${event.onlineUrl}` : undefined,
    `Meer informatie: ${url}`,
  ]
    .filter(Boolean)
    .join('\n\n')
  // Without an end the entry lasts an hour, so calendars still show a block.
  const end = event.endsAt ?? new Date(new Date(event.startsAt).getTime() + 3_600_000).toISOString()
  return {
    // A document made before the UID hook existed still needs a stable UID: derive it from the ID.
    uid: event.icalUid || `event-${event.id}@lvbinamsterdam.nl`,
    sequence: event.icalSequence ?? 0,
    start: event.startsAt,
    end,
    summary: event.title,
    description,
    location: eventPlace(event) || undefined,
    url,
    cancelled: event.cancelled,
    updatedAt: event.updatedAt,
  }
}
