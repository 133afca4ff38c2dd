/**
 * The e-mails around a registration, in Dutch, HTML and text: confirmation (with the event's
 * `.ics`), waiting list, "er is een plek vrij", cancellation received and the reminder. Every
 * mail that concerns a place carries the cancel link, so a place is easy to give back.
 */
import { buildCalendar } from '../../domain/calendar/ical'
import { CALENDAR_PRODID, eventPageUrl, eventPlace, toCalendarEvent, type CalendarSourceEvent } from '../../domain/calendar/eventEntry'
import { AMSTERDAM } from '../../domain/calendar/timeZone'
import { serverUrl } from '../../env'
import type { QueuedEmail } from '../shared/email/queueEmail'

export interface RegistrationForEmail {
  name: string
  email: string
  cancelToken?: string | null
}

type EventEmail = Omit<QueuedEmail, 'to'>

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
const timeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: AMSTERDAM, hour: '2-digit', minute: '2-digit' })

/** An event a registration belongs to: one registers on its page, so it has a slug. */
export type EmailEvent = CalendarSourceEvent & { slug: string }

/** "donderdag 18 maart 2027, 14:00–17:00 uur" (Amsterdam time). */
export function eventWhen(event: Pick<CalendarSourceEvent, 'startsAt' | 'endsAt'>): string {
  const start = new Date(event.startsAt)
  const day = dateFormat.format(start)
  if (!event.endsAt) return `${day}, ${timeFormat.format(start)} uur`
  const end = new Date(event.endsAt)
  if (dateFormat.format(end) !== day) return `${day} ${timeFormat.format(start)} uur tot ${dateFormat.format(end)} ${timeFormat.format(end)} uur`
  return `${day}, ${timeFormat.format(start)}–${timeFormat.format(end)} uur`
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function cancelUrl(token: string): string {
  return `${serverUrl}/agenda/afmelden?token=${encodeURIComponent(token)}`
}

/** The `.ics` of one event as a mail attachment. */
export function calendarAttachment(event: EmailEvent): NonNullable<QueuedEmail['attachments']>[number] {
  const content = buildCalendar([toCalendarEvent(event, serverUrl)], { prodId: CALENDAR_PRODID, now: new Date() })
  return { filename: `${event.slug}.ics`, content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }
}

interface Parts {
  subject: string
  greeting: string
  lead: string[]
  withDetails?: boolean
  cancelLine?: string
  withCalendar?: boolean
}

function compose(event: EmailEvent, registration: RegistrationForEmail, parts: Parts): EventEmail {
  const page = eventPageUrl(serverUrl, event.slug)
  const place = eventPlace(event)
  const details: [string, string][] = [
    ['Bijeenkomst', event.title],
    ['Wanneer', eventWhen(event)],
    ...(place ? ([['Waar', place]] as [string, string][]) : []),
    ...(event.onlineUrl ? ([['Online', event.onlineUrl]] as [string, string][]) : []),
  ]
  const cancel = registration.cancelToken && parts.cancelLine ? cancelUrl(registration.cancelToken) : undefined

  const html = [
    `<p>${escapeHtml(parts.greeting)}</p>`,
    ...parts.lead.map((line) => `<p>${escapeHtml(line)}</p>`),
    parts.withDetails === false
      ? ''
      : `<table role="presentation">${details
          .map(([key, value]) => `<tr><th align="left" style="padding-right:1em">${escapeHtml(key)}</th><td>${escapeHtml(value)}</td></tr>`)
          .join('')}</table>`,
    `<p>Meer informatie: <a href="${escapeHtml(page)}">${escapeHtml(page)}</a></p>`,
    cancel ? `<p>${escapeHtml(parts.cancelLine!)} <a href="${escapeHtml(cancel)}">Afmelden voor deze bijeenkomst</a></p>` : '',
    '<p>Met vriendelijke groet,<br>de coördinator van het Expertisenetwerk (L)VB Amsterdam</p>',
  ].join('\n')

  const text = [
    parts.greeting,
    '',
    ...parts.lead.flatMap((line) => [line, '']),
    ...(parts.withDetails === false ? [] : [...details.map(([key, value]) => `${key}: ${value}`), '']),
    `Meer informatie: ${page}`,
    '',
    ...(cancel ? [`${parts.cancelLine} Afmelden kan via: ${cancel}`, ''] : []),
    'Met vriendelijke groet,',
    'de coördinator van het Expertisenetwerk (L)VB Amsterdam',
  ].join('\n')

  return {
    subject: parts.subject,
    html,
    text,
    purpose: 'Aanmelding bijeenkomst',
    attachments: parts.withCalendar ? [calendarAttachment(event)] : undefined,
  }
}

const greeting = (registration: RegistrationForEmail) => `Beste ${registration.name},`
const cancelLine = 'Kun je toch niet? Meld je dan af, zodat iemand anders je plek krijgt.'

export function confirmationEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Aanmelding bevestigd: ${event.title}`,
    greeting: greeting(registration),
    lead: [
      'Je bent aangemeld voor deze bijeenkomst. Er is een plek voor je.',
      'In de bijlage zit de afspraak voor je agenda. De dag van tevoren krijg je nog een herinnering.',
    ],
    cancelLine,
    withCalendar: true,
  })
}

export function waitingListEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Je staat op de wachtlijst: ${event.title}`,
    greeting: greeting(registration),
    lead: [
      'Deze bijeenkomst is vol. Je staat op de wachtlijst; je hebt nog geen plek.',
      'Meldt iemand zich af, dan krijgt de eerste op de wachtlijst die plek. Je krijgt dan meteen een e-mail.',
    ],
    cancelLine: 'Wil je niet meer op de wachtlijst staan?',
  })
}

export function placeAvailableEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Er is een plek vrij: ${event.title}`,
    greeting: greeting(registration),
    lead: [
      'Goed nieuws: er is een plek vrijgekomen. Je stond op de wachtlijst en bent nu aangemeld voor deze bijeenkomst.',
      'In de bijlage zit de afspraak voor je agenda.',
    ],
    cancelLine,
    withCalendar: true,
  })
}

export function cancellationEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Afmelding ontvangen: ${event.title}`,
    greeting: greeting(registration),
    lead: ['Je bent afgemeld voor deze bijeenkomst. Wil je toch komen? Meld je dan opnieuw aan via de website.'],
  })
}

export function reminderEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Herinnering: morgen ${event.title}`,
    greeting: greeting(registration),
    lead: ['Morgen is de bijeenkomst waarvoor je bent aangemeld. We zien je graag.'],
    cancelLine,
    withCalendar: true,
  })
}

export function eventCancelledEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Geannuleerd: ${event.title}`,
    greeting: greeting(registration),
    lead: [
      'Deze bijeenkomst gaat helaas niet door. Je aanmelding vervalt; je hoeft niets te doen.',
      'De bijlage haalt de afspraak uit je agenda (als je agenda-app dat ondersteunt).',
    ],
    withCalendar: true,
  })
}

export function eventChangedEmail(event: EmailEvent, registration: RegistrationForEmail): EventEmail {
  return compose(event, registration, {
    subject: `Gewijzigd: ${event.title}`,
    greeting: greeting(registration),
    lead: [
      'De tijd of de plaats van deze bijeenkomst is veranderd. Hieronder staan de nieuwe gegevens.',
      'De bijlage werkt de afspraak in je agenda bij.',
    ],
    cancelLine,
    withCalendar: true,
  })
}
