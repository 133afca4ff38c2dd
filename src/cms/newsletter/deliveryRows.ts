import type { Payload, Where } from 'payload'
import { deliveryKey, keyRange, subscriberOfKey } from '../../domain/newsletter/sending'

/**
 * The campaign's checkpoint, read and written through the database adapter (`payload.db`, the
 * same for SQLite and MongoDB), not the Local API: these rows have no hooks or access rules to
 * run, and a Local API write costs several statements and ~10x the time of one adapter write,
 * which at 10,000 recipients was most of the campaign. Callers pass only values they built.
 */

export interface Recipient {
  subscriberId: string
  email: string
  /** The existing row of a retry; absent for a recipient reached for the first time. */
  rowId?: string
  attempts: number
}

export type Outcome =
  | { status: 'verzonden'; messageId: string }
  | { status: 'wachtrij'; error: string; nextAttemptAt: Date }
  | { status: 'mislukt'; error: string }

/** Rows waiting for a retry whose moment has come (or that "retry failed" put back). */
export async function dueRetries(payload: Payload, newsletterId: string, now: Date, limit: number): Promise<Recipient[]> {
  const where: Where = {
    and: [
      { newsletter: { equals: newsletterId } },
      { status: { equals: 'wachtrij' } },
      { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    ],
  }
  const { docs } = await payload.db.find<Record<string, unknown>>({
    collection: 'newsletterDeliveries',
    where,
    sort: 'nextAttemptAt',
    limit,
    pagination: false,
    select: { email: true, subscriber: true, attempts: true },
  })
  return docs.map((row) => ({
    rowId: String(row.id),
    subscriberId: String(row.subscriber ?? 'verwijderd'),
    email: String(row.email),
    attempts: Number(row.attempts ?? 0),
  }))
}

/** The ID of the last subscriber this campaign reached (see `deliveryKey`), or undefined at the start. */
export async function lastReachedSubscriber(payload: Payload, newsletterId: string): Promise<string | undefined> {
  const { from, below } = keyRange(newsletterId)
  const { docs } = await payload.db.find<{ key?: string }>({
    collection: 'newsletterDeliveries',
    where: { and: [{ key: { greater_than_equal: from } }, { key: { less_than: below } }] },
    sort: '-key',
    limit: 1,
    pagination: false,
    select: { key: true },
  })
  return subscriberOfKey(docs[0]?.key, newsletterId)
}

/** The next active subscribers of the edition's networks after `after`, in ID order. */
export async function nextSubscribers(payload: Payload, networks: string[], after: string | undefined, limit: number): Promise<Recipient[]> {
  if (limit <= 0 || networks.length === 0) return []
  const { docs } = await payload.db.find<{ id: string | number; email?: string }>({
    collection: 'subscribers',
    where: { and: [{ status: { equals: 'actief' } }, { networks: { in: networks } }, ...(after ? [{ id: { greater_than: after } }] : [])] },
    sort: 'id',
    limit,
    pagination: false,
    select: { email: true },
  })
  return docs.map((doc) => ({ subscriberId: String(doc.id), email: String(doc.email), attempts: 0 }))
}

/**
 * Records one attempt, after the mail server answered: a new row for a recipient reached for the
 * first time (its unique key also claims the recipient), or the retry's own row updated.
 * Returns false when another job had already recorded this recipient.
 */
export async function recordAttempt(payload: Payload, newsletterId: string, recipient: Recipient, outcome: Outcome): Promise<boolean> {
  const now = new Date().toISOString()
  const attempts = recipient.attempts + 1
  const fields =
    outcome.status === 'verzonden'
      ? { status: outcome.status, attempts, sentAt: now, messageId: outcome.messageId, nextAttemptAt: null, lastError: null }
      : {
          status: outcome.status,
          attempts,
          lastError: outcome.error.slice(0, 1000),
          nextAttemptAt: outcome.status === 'wachtrij' ? outcome.nextAttemptAt.toISOString() : null,
        }
  if (recipient.rowId) {
    await payload.db.updateOne({ collection: 'newsletterDeliveries', id: recipient.rowId, data: { ...fields, updatedAt: now }, returning: false })
    return true
  }
  const key = deliveryKey(newsletterId, recipient.subscriberId)
  try {
    await payload.db.create({
      collection: 'newsletterDeliveries',
      data: { newsletter: newsletterId, subscriber: recipient.subscriberId, email: recipient.email, key, ...fields, createdAt: now, updatedAt: now },
      returning: false,
    })
    return true
  } catch (error) {
    const existing = await payload.db.findOne({ collection: 'newsletterDeliveries', where: { key: { equals: key } }, select: { status: true } })
    if (existing) return false
    throw error
  }
}
