/**
 * The newsletter on the site: subscribing, confirming, unsubscribing and preferences through
 * signed links, and the public archive. Subscriber writes are trusted server code after the
 * form's validation and the token check (the collection refuses them to the API), hence
 * `overrideAccess: true` there; archive reads are what a visitor may see (`overrideAccess: false`).
 * The CMS reacts to these writes: stamping `confirmationSentAt` makes it send the confirmation mail.
 */
import type { Payload } from 'payload'
import {
  confirmChange,
  newSubscription,
  preferencesChange,
  signUpChange,
  unsubscribeChange,
  type preferencesSchema,
  type SubscriptionInput,
} from '../../domain/newsletter/subscription'
import type { Section } from '../../domain/newsletter/emailTemplate'
import { signToken, verifyToken, type TokenPurpose } from '../../domain/newsletter/tokens'
import type { Subscriber } from '../../payload-types'
import { findAllDocs } from './findAll'
import type { z } from 'astro/zod'
import { findDocs, type Found } from './publicQuery'

const trusted = { overrideAccess: true, depth: 0 } as const

/** Records a sign-up (see `signUpChange`); says nothing about whether the address was known. */
export async function requestSubscription(payload: Payload, input: SubscriptionInput): Promise<void> {
  const { docs } = await payload.find({ collection: 'subscribers', ...trusted, where: { email: { equals: input.email } }, limit: 1 })
  const existing = docs.at(0)
  if (!existing) {
    await payload.create({ collection: 'subscribers', ...trusted, data: newSubscription(input).data })
    return
  }
  const change = signUpChange(existing, input)
  if (Object.keys(change.data).length) await payload.update({ collection: 'subscribers', id: existing.id, ...trusted, data: change.data })
}

/** `edition`: the newsletter an unsubscribe link was sent in, when the link names one. */
export type TokenResult = { ok: true; subscriber: Subscriber; edition?: string } | { ok: false; reason: 'ongeldig' | 'verlopen' }

/** The subscriber a signed link belongs to, or why the link does not work. */
export async function subscriberFromToken(payload: Payload, purpose: TokenPurpose, token: string | null): Promise<TokenResult> {
  const check = verifyToken(payload.secret, purpose, token)
  if (!check.ok) return check
  const subscriber = await payload.findByID({ collection: 'subscribers', id: check.subject, ...trusted, disableErrors: true })
  if (!subscriber) return { ok: false, reason: 'ongeldig' }
  return { ok: true, subscriber, ...(check.edition ? { edition: check.edition } : {}) }
}

export async function confirmSubscriber(payload: Payload, subscriber: Subscriber, ip: string): Promise<void> {
  const change = confirmChange(subscriber, ip)
  if (change) await payload.update({ collection: 'subscribers', id: subscriber.id, ...trusted, data: change })
}

export async function unsubscribeSubscriber(payload: Payload, subscriber: Subscriber, via: 'afmeldpagina' | 'voorkeuren', edition?: string): Promise<void> {
  // Counted for the edition whose link was used, if that edition still exists.
  const found = edition ? await payload.findByID({ collection: 'newsletters', id: edition, ...trusted, disableErrors: true, select: { title: true } }) : null
  const change = unsubscribeChange(subscriber, via, new Date(), found ? String(found.id) : undefined)
  if (change) await payload.update({ collection: 'subscribers', id: subscriber.id, ...trusted, data: change })
}

export async function saveSubscriberPreferences(
  payload: Payload,
  subscriber: Subscriber,
  input: z.infer<typeof preferencesSchema>,
): Promise<Subscriber> {
  return payload.update({ collection: 'subscribers', id: subscriber.id, ...trusted, data: preferencesChange(subscriber, input) })
}

/** A fresh signed link of another purpose for the same subscriber (preferences → unsubscribe). */
export function tokenFor(payload: Payload, purpose: 'afmelden' | 'voorkeuren', subscriberId: string | number): string {
  return signToken(payload.secret, purpose, String(subscriberId))
}

// ---------------------------------------------------------------------------------------------
// Archive

const archiveSelect = { title: true, slug: true, intro: true, networks: true, sentAt: true } as const

/** A sent edition in the archive list. */
export type ArchivedNewsletter = Found<'newsletters', typeof archiveSelect>

/**
 * Every sent edition, newest first: only what the public may read (the access rule says: sent).
 * All of them, because the archive promises all (four editions a year: a short list for years).
 */
export async function listSentNewsletters(payload: Payload): Promise<ArchivedNewsletter[]> {
  return findAllDocs(payload, {
    collection: 'newsletters',
    where: { status: { equals: 'verzonden' } },
    sort: '-sentAt',
    depth: 0,
    select: archiveSelect,
  })
}

export async function getSentNewsletter(payload: Payload, slug: string | undefined) {
  if (!slug || !/^[a-z0-9-]{1,200}$/.test(slug)) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'newsletters',
    where: { and: [{ status: { equals: 'verzonden' } }, { slug: { equals: slug } }] },
    depth: 1,
    limit: 1,
    pagination: false,
    select: { ...archiveSelect, content: true, archivedSections: true },
  })
  if (!doc) return undefined
  // A JSON field: src/cms/newsletter/campaign.ts stores the rendered sections (Section[]) at sending.
  const sections = Array.isArray(doc.archivedSections) ? (doc.archivedSections as Section[]) : []
  return { ...doc, archivedSections: sections }
}

/** The visitor's IP address, for the consent record (confirmations only). */
export function clientIp(astro: { clientAddress?: string; request: Request }): string {
  try {
    return astro.clientAddress ?? 'onbekend'
  } catch {
    return 'onbekend'
  }
}
