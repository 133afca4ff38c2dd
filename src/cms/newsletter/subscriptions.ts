import type { Payload, PayloadRequest } from 'payload'
import { escapeHtml } from '../../domain/newsletter/emailTemplate'
import { unsubscribeChange } from '../../domain/newsletter/subscription'
import { CONFIRMATION_VALID_DAYS, confirmationUrl, subscriberLinks, verifyToken } from '../../domain/newsletter/tokens'
import { serverUrl } from '../../env'
import { queueEmail } from '../shared/email/queueEmail'

/** What the CMS does with subscribers: mails, clean-up, unsubscribing by token, export. */

export const CONFIRMATION_PURPOSE = 'Nieuwsbrief: aanmelding bevestigen'

interface SubscriberDoc {
  id: string | number
  email: string
  name?: string | null
  status: 'onbevestigd' | 'actief' | 'afgemeld'
  networks?: string[] | null
  history?: { action: string; at: string }[] | null
  createdAt?: string
  confirmationSentAt?: string | null
  unsubscribedAt?: string | null
  consent?: { givenAt?: string | null; text?: string | null; form?: string | null; confirmedAt?: string | null; confirmedIp?: string | null } | null
}

function button(href: string, label: string) {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td style="background-color:#1d4f73;padding:12px 20px;"><a href="${escapeHtml(href)}" style="color:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:16px;font-weight:bold;text-decoration:none;">${escapeHtml(label)}</a></td></tr></table>`
}

/** The mail sent when someone signs up: a confirmation link, or (already active) a link to their preferences. */
export async function mailConfirmation(payload: Payload, subscriber: SubscriberDoc, req?: PayloadRequest) {
  const greeting = subscriber.name ? `Beste ${subscriber.name},` : 'Hallo,'
  if (subscriber.status === 'actief') {
    const { preferencesUrl } = subscriberLinks(payload.secret, serverUrl, String(subscriber.id))
    await queueEmail(
      payload,
      {
        to: subscriber.email,
        subject: 'Je bent al aangemeld voor de nieuwsbrief',
        purpose: CONFIRMATION_PURPOSE,
        html: `<p>${escapeHtml(greeting)}</p><p>Iemand (waarschijnlijk jij) meldde dit e-mailadres opnieuw aan voor de nieuwsbrief van het Expertisenetwerk (L)VB Amsterdam. Je bent al aangemeld; er verandert niets.</p><p>Wil je andere netwerken kiezen of je naam aanpassen? Dat kan via je voorkeuren:</p>${button(preferencesUrl, 'Mijn voorkeuren')}<p>Of open deze link: <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(preferencesUrl)}</a></p>`,
      },
      req,
    )
    return
  }
  const url = confirmationUrl(payload.secret, serverUrl, String(subscriber.id))
  await queueEmail(
    payload,
    {
      to: subscriber.email,
      subject: 'Bevestig je aanmelding voor de nieuwsbrief',
      purpose: CONFIRMATION_PURPOSE,
      html: `<p>${escapeHtml(greeting)}</p><p>Je hebt je aangemeld voor de nieuwsbrief van het Expertisenetwerk Jeugd (L)VB Amsterdam en LVB18+. Bevestig je aanmelding met de knop hieronder; pas daarna sturen we je de nieuwsbrief.</p>${button(url, 'Aanmelding bevestigen')}<p>Werkt de knop niet? Open dan deze link: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p><p>De link werkt ${CONFIRMATION_VALID_DAYS} dagen. Heb je je niet aangemeld? Dan hoef je niets te doen: zonder bevestiging ontvang je niets en verwijderen we je e-mailadres na ${CONFIRMATION_VALID_DAYS} dagen.</p>`,
    },
    req,
  )
}

/** Deletes sign-ups that were never confirmed within the link's validity. */
export async function removeExpiredSignUps(payload: Payload, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - CONFIRMATION_VALID_DAYS * 24 * 60 * 60 * 1000).toISOString()
  const { docs } = await payload.delete({
    collection: 'subscribers',
    overrideAccess: true,
    where: {
      and: [
        { status: { equals: 'onbevestigd' } },
        { createdAt: { less_than: before } },
        // The last confirmation mail (a repeated sign-up sends a new one) must be expired too.
        { or: [{ confirmationSentAt: { exists: false } }, { confirmationSentAt: { less_than: before } }] },
      ],
    },
    depth: 0,
  })
  return docs.length
}

/** The edition named by a link, if it still exists (a deleted edition is not an error: the unsubscribe counts without it). */
async function existingEdition(payload: Payload, id: string | undefined): Promise<string | undefined> {
  if (!id) return undefined
  const edition = await payload.findByID({ collection: 'newsletters', id, overrideAccess: true, depth: 0, disableErrors: true, select: { title: true } })
  return edition ? String(edition.id) : undefined
}

/** Unsubscribes the subscriber an 'afmelden' token belongs to. */
export async function unsubscribeByToken(payload: Payload, token: string | null, via: 'afmeldpagina' | 'one-click'): Promise<'afgemeld' | 'al-afgemeld' | 'ongeldig'> {
  const check = verifyToken(payload.secret, 'afmelden', token)
  if (!check.ok) return 'ongeldig'
  const subscriber = (await payload.findByID({ collection: 'subscribers', id: check.subject, overrideAccess: true, depth: 0, disableErrors: true })) as SubscriberDoc | null
  if (!subscriber) return 'ongeldig'
  const change = unsubscribeChange(subscriber, via, new Date(), await existingEdition(payload, check.edition))
  if (!change) return 'al-afgemeld'
  await payload.update({ collection: 'subscribers', id: subscriber.id, overrideAccess: true, depth: 0, data: change })
  return 'afgemeld'
}

function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(' ') : String(value)
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** All subscribers as CSV (UTF-8 with BOM, so Excel shows the accents). */
export async function subscribersCsv(payload: Payload, req: PayloadRequest): Promise<string> {
  const header = ['e-mailadres', 'naam', 'netwerken', 'status', 'aangemeld op', 'toestemming gegeven op', 'formulier', 'bevestigd op', 'IP bij bevestiging', 'afgemeld op']
  const rows = [header.map(csvCell).join(',')]
  for (let page = 1; ; page++) {
    const result = await payload.find({ collection: 'subscribers', overrideAccess: false, user: req.user, req, depth: 0, sort: 'email', limit: 1000, page })
    for (const s of result.docs) {
      rows.push(
        [s.email, s.name, s.networks, s.status, s.createdAt, s.consent?.givenAt, s.consent?.form, s.consent?.confirmedAt, s.consent?.confirmedIp, s.unsubscribedAt]
          .map(csvCell)
          .join(','),
      )
    }
    if (!result.hasNextPage) break
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}
