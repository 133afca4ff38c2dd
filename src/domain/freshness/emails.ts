import { escapeHtml } from '../email/escapeHtml'
import type { ReminderStage } from './reminders'

const dateFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' })
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })

/** "23 november 2026" in Amsterdam time. */
export const formatDay = (date: Date) => dateFormat.format(date)

export interface ReminderItem {
  kind: string
  title: string
  adminUrl: string
  /** When the item was last checked (or edited); undefined when never. */
  reviewedAt?: Date
  overdue: boolean
}

export interface ReminderEmailInput {
  organisationName: string
  stage: ReminderStage
  items: ReminderItem[]
  dashboardUrl: string
  reviewPeriodMonths: number
}

function itemLine(item: ReminderItem): string {
  const checked = item.reviewedAt ? `laatst gecontroleerd op ${formatDay(item.reviewedAt)}` : 'nog nooit gecontroleerd'
  return `${item.kind}: ${item.title} (${checked}${item.overdue ? ', verouderd' : ''})`
}

/** The reminder to a partner's editors: which items to check, each with a direct admin link. */
export function reminderEmail(input: ReminderEmailInput): { subject: string; html: string; text: string } {
  const second = input.stage === 'second'
  const subject = `${second ? 'Tweede herinnering' : 'Herinnering'}: controleer de informatie van ${input.organisationName}`
  const intro = [
    'Beste redacteur,',
    `Partners houden hun informatie op de netwerksite actueel. Wij vragen u iedere ${input.reviewPeriodMonths} maanden na te lopen of alles nog klopt.`,
    second
      ? 'Deze onderdelen zijn nog niet gecontroleerd. De website meldt bij verouderde onderdelen dat de informatie mogelijk verouderd is.'
      : 'Deze onderdelen zijn binnenkort of al aan controle toe:',
  ]
  const outro = [
    'Klopt alles nog? Klik dan in het overzicht op "Nog actueel". Is er iets veranderd? Pas het onderdeel aan en publiceer het.',
    `Uw overzicht: ${input.dashboardUrl}`,
  ]
  const text = [...intro, input.items.map((item) => `- ${itemLine(item)}\n  ${item.adminUrl}`).join('\n'), ...outro].join('\n\n')
  const html = [
    ...intro.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<ul>${input.items.map((item) => `<li><a href="${escapeHtml(item.adminUrl)}">${escapeHtml(itemLine(item))}</a></li>`).join('')}</ul>`,
    `<p>${escapeHtml(outro[0])}</p>`,
    `<p><a href="${escapeHtml(input.dashboardUrl)}">Naar uw overzicht</a></p>`,
  ].join('\n')
  return { subject, html, text }
}

export interface DigestChange {
  organisationName: string
  kind: string
  title: string
  editorName: string
  changedAt: Date
  versionUrl: string
}

/** The weekly digest to the coordinator: what partner editors changed, by whom, when. */
export function changesDigestEmail(changes: DigestChange[], since: Date, until: Date): { subject: string; html: string; text: string } {
  const subject = `Wijzigingen door partners van ${formatDay(since)} tot ${formatDay(until)}`
  const intro = `Redacteuren van partnerorganisaties hebben ${changes.length === 1 ? '1 wijziging' : `${changes.length} wijzigingen`} opgeslagen. Via de links ziet u elke versie en kunt u die vergelijken of terugzetten.`
  const line = (change: DigestChange) =>
    `${change.organisationName} – ${change.kind}: ${change.title}, door ${change.editorName} op ${dateTimeFormat.format(change.changedAt)}`
  const text = [intro, changes.map((change) => `- ${line(change)}\n  ${change.versionUrl}`).join('\n')].join('\n\n')
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${changes.map((change) => `<li><a href="${escapeHtml(change.versionUrl)}">${escapeHtml(line(change))}</a></li>`).join('')}</ul>`,
  ].join('\n')
  return { subject, html, text }
}
