import type { Payload, PayloadRequest } from 'payload'
import type { Newsletter } from '../../payload-types'
import { personalise, unsubscribeHeaders } from '../../domain/newsletter/emailTemplate'
import { afterFailedAttempt, campaignProgress, pacingDelayMs, sendingSettingsFrom, shouldPause } from '../../domain/newsletter/sending'
import { subscriberLinks } from '../../domain/newsletter/tokens'
import { emailFrom, serverUrl } from '../../env'
import { closePooledConnections, deliver } from '../shared/email/transport'
import { compileCampaignMail } from './campaignMail'
import { dueRetries, lastReachedSubscriber, nextSubscribers, recordAttempt, type Outcome, type Recipient } from './deliveryRows'
import { loadEdition, renderEdition } from './render'
import { campaignChanged, SendGuard } from './sendGuard'

/**
 * The campaign sender. How it stays exactly-once as far as SMTP allows:
 *
 * 1. Starting a campaign renders the edition once (stored on the newsletter, so every recipient
 *    and every resumed batch gets the same content), counts the recipients and queues the first
 *    batch. It writes no per-recipient rows: at 10,000 subscribers that took 20 s and more.
 * 2. A batch job takes the retries that are due, then the next active subscribers in ID order
 *    after the last one the campaign reached, and sends to them one by one. Right after the mail
 *    server answered a message, and only then, that recipient's `newsletterDeliveries` row is
 *    written ('verzonden', or 'wachtrij'/'mislukt' with the error), in its own write; the row's
 *    unique key newsletter:subscriber both forbids a second row and is the cursor (the highest
 *    key says how far the campaign got). No write spans several messages (unlike listmonk's
 *    checkpoint, which advanced per batch and could resend or skip on resume), so a crash leaves
 *    every recipient either recorded or not reached. The one window left: a crash after the
 *    server's "250 OK" and before that single row's write. That message goes out once more on
 *    resume: at most one duplicate per crash, and nobody skipped.
 * 3. Only one batch job per campaign runs: the newsletter records the ID of the job that may
 *    send (`sending.batchJobId`); any other batch job for it stops before its next message
 *    (src/cms/newsletter/sendGuard.ts). The minute job (newsletterHeartbeat) queues a fresh
 *    batch when that job has vanished or hangs.
 */

/** Marks writes made by the sender, so the newsletter's hooks let status changes through. */
export const SENDER_CONTEXT = { newsletterSender: true } as const

export const sendingSettings = () => sendingSettingsFrom(process.env)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function loadState(payload: Payload, id: string): Promise<Newsletter | null> {
  return payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true, disableErrors: true })
}

async function updateNewsletter(payload: Payload, id: string, data: Partial<Newsletter>) {
  await payload.update({ collection: 'newsletters', id, data, overrideAccess: true, depth: 0, context: SENDER_CONTEXT })
}

/** Queues the batch job and records it as the one that may send for this campaign. */
export async function queueBatch(payload: Payload, newsletterId: string, waitUntil?: Date, req?: PayloadRequest): Promise<string> {
  const job = await payload.jobs.queue({ task: 'sendNewsletterBatch', input: { newsletterId }, waitUntil, req })
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { sending: { batchJobId: String(job.id) } },
    overrideAccess: true,
    depth: 0,
    context: SENDER_CONTEXT,
    req,
  })
  campaignChanged(newsletterId)
  return String(job.id)
}

/** Counts of the rows written so far, and the progress they make for the admin. */
export async function refreshProgress(payload: Payload, newsletterId: string, campaign: { expected?: number | null; allReached?: boolean } = {}) {
  const count = async (status?: string) =>
    (
      await payload.count({
        collection: 'newsletterDeliveries',
        overrideAccess: true,
        where: { and: [{ newsletter: { equals: newsletterId } }, ...(status ? [{ status: { equals: status } }] : [])] },
      })
    ).totalDocs
  const [rows, sent, failed, waiting] = await Promise.all([count(), count('verzonden'), count('mislukt'), count('wachtrij')])
  return campaignProgress({ expected: campaign.expected ?? 0, rows, sent, failed, waiting, allReached: campaign.allReached ?? true })
}

/** How many active subscribers of these networks there are: the campaign's expected total. */
async function countRecipients(payload: Payload, networks: string[]): Promise<number> {
  if (networks.length === 0) return 0
  const { totalDocs } = await payload.count({
    collection: 'subscribers',
    overrideAccess: true,
    where: { and: [{ status: { equals: 'actief' } }, { networks: { in: networks } }] },
  })
  return totalDocs
}

/**
 * Starts a planned edition: render it once, count the recipients, queue the first batch. The
 * delivery rows are written by the batches as they reach each recipient (see the top of this
 * file), so the start costs the same for 10 or 10,000 subscribers. Safe to run again after a
 * crash halfway: an edition already rendered keeps its rendering.
 */
export async function startCampaign(payload: Payload, newsletterId: string, jobId: string, req?: PayloadRequest) {
  const state = await loadState(payload, newsletterId)
  if (!state || (state.status !== 'gepland' && state.status !== 'verzenden')) return { started: false }
  if (state.status === 'verzenden' && state.sending?.deliveriesComplete) return { started: false }
  if (state.status === 'gepland' || !state.sending?.emailHtml) {
    const edition = await loadEdition(payload, newsletterId)
    const rendered = await renderEdition(payload, edition)
    const expected = await countRecipients(payload, state.networks ?? [])
    await updateNewsletter(payload, newsletterId, {
      status: 'verzenden',
      pausedReason: null,
      archivedSections: rendered.sections,
      progress: { total: expected, sent: 0, failed: 0, remaining: expected },
      sending: {
        subject: rendered.subject,
        emailHtml: rendered.html,
        emailText: rendered.text,
        startedAt: new Date().toISOString(),
        batchJobId: jobId,
        deliveriesComplete: false,
      },
    })
  }
  await queueBatch(payload, newsletterId, undefined, req)
  return { started: true }
}

export interface BatchResult {
  attempted: number
  sent: number
  failed: number
  stopped?: 'status' | 'superseded'
  paused?: boolean
  finished?: boolean
}

/**
 * The edition as a mail per recipient: precomposed once per batch (campaignMail.ts), or
 * composed by nodemailer for an address the precomposed message cannot take as it is.
 */
async function campaignMail(sending: NonNullable<Newsletter['sending']>, secret: string, newsletterId: string) {
  const subject = sending.subject ?? ''
  const html = sending.emailHtml ?? ''
  const text = sending.emailText ?? ''
  const from = { address: emailFrom.address, name: emailFrom.name }
  const listId = `Nieuwsbrief <nieuwsbrief.${new URL(serverUrl).hostname}>`
  const precomposed = await compileCampaignMail({ from, subject, html, text, listId })
  return async (recipient: Recipient): Promise<{ messageId: string }> => {
    // The unsubscribe link names this edition, so monitoring counts the unsubscribe per edition.
    const links = subscriberLinks(secret, serverUrl, recipient.subscriberId, { edition: newsletterId })
    const message = precomposed?.(recipient.email, links)
    if (message) {
      await deliver({ envelope: message.envelope, raw: message.raw }, { pooled: true })
      return { messageId: message.messageId }
    }
    return deliver(
      {
        from,
        to: recipient.email,
        subject,
        html: personalise(html, links, true),
        text: personalise(text, links, false),
        headers: { ...unsubscribeHeaders(links.oneClickUrl, emailFrom.address), 'List-Id': listId },
      },
      { pooled: true },
    )
  }
}

/**
 * Sends one batch of a campaign (see the comment at the top of this file): first the retries
 * that are due, then the next subscribers after the last one reached, one message at a time,
 * each recorded right after the mail server answered.
 */
export async function sendBatch(payload: Payload, newsletterId: string, jobId: string): Promise<BatchResult> {
  const state = await loadState(payload, newsletterId)
  if (!state || (state.status !== 'verzenden' && state.status !== 'verzonden')) return { attempted: 0, sent: 0, failed: 0, stopped: 'status' }
  if (String(state.sending?.batchJobId ?? '') !== jobId) return { attempted: 0, sent: 0, failed: 0, stopped: 'superseded' }
  const settings = sendingSettings()
  const retries = await dueRetries(payload, newsletterId, new Date(), settings.batchSize)
  const room = settings.batchSize - retries.length
  let allReached = Boolean(state.sending?.deliveriesComplete)
  let fresh: Recipient[] = []
  if (!allReached && room > 0) {
    fresh = await nextSubscribers(payload, state.networks ?? [], await lastReachedSubscriber(payload, newsletterId), room)
    allReached = fresh.length < room
  }
  const recipients = [...retries, ...fresh]

  const send = await campaignMail(state.sending ?? {}, payload.secret, newsletterId)
  const guard = new SendGuard(payload, newsletterId, jobId)
  const startedAt = Date.now()
  let sent = 0
  let failed = 0
  try {
    for (const [index, recipient] of recipients.entries()) {
      const wait = pacingDelayMs(startedAt, index, settings.ratePerSecond, Date.now())
      if (wait > 0) await sleep(wait)
      // Paused, or another job took over (resume, "retry failed", recovery): stop before the next
      // message, so two jobs never work through the same recipients.
      if (!(await guard.maySend())) return { attempted: sent + failed, sent, failed, stopped: 'superseded' }
      let outcome: Outcome
      try {
        outcome = { status: 'verzonden', messageId: (await send(recipient)).messageId }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        const next = afterFailedAttempt(recipient.attempts + 1, settings, new Date())
        outcome = next.status === 'wachtrij' ? { status: 'wachtrij', error: message, nextAttemptAt: next.nextAttemptAt } : { status: 'mislukt', error: message }
      }
      // The checkpoint: written only now that the mail server has answered, one row per message.
      if (!(await recordAttempt(payload, newsletterId, recipient, outcome))) {
        payload.logger.warn({ msg: `Nieuwsbrief ${newsletterId}: ${recipient.email} was al door een andere taak verwerkt` })
      }
      if (outcome.status === 'verzonden') sent++
      else failed++
    }
  } finally {
    closePooledConnections()
  }

  const progress = await refreshProgress(payload, newsletterId, { expected: state.progress?.total, allReached })
  const result: BatchResult = { attempted: recipients.length, sent, failed }
  const reached = allReached && !state.sending?.deliveriesComplete ? { sending: { deliveriesComplete: true } } : {}
  if (shouldPause({ attempts: recipients.length, failures: failed }, settings)) {
    await updateNewsletter(payload, newsletterId, {
      status: 'gepauzeerd',
      progress,
      pausedReason: `Automatisch gepauzeerd op ${new Date().toISOString()}: ${failed} van de ${recipients.length} berichten in de laatste reeks werden geweigerd. Controleer de mailserver en zet de status weer op "Wordt verzonden" om verder te gaan.`,
      sending: { batchJobId: null, ...reached.sending },
    })
    return { ...result, paused: true }
  }
  if (!allReached || progress.remaining > 0) {
    // The next batch: now when recipients are left or retries are due, else when the first retry is.
    const nextAt = allReached ? await firstRetryAt(payload, newsletterId) : undefined
    await updateNewsletter(payload, newsletterId, { progress, ...reached })
    await queueBatch(payload, newsletterId, nextAt && nextAt > new Date() ? nextAt : undefined)
    return result
  }
  await updateNewsletter(payload, newsletterId, {
    progress,
    status: 'verzonden',
    ...(state.sentAt ? {} : { sentAt: new Date().toISOString() }),
    sending: { batchJobId: null, ...reached.sending },
  })
  return { ...result, finished: true }
}

async function firstRetryAt(payload: Payload, newsletterId: string): Promise<Date | undefined> {
  const waiting = await payload.db.find<{ nextAttemptAt?: string | null }>({
    collection: 'newsletterDeliveries',
    where: { and: [{ newsletter: { equals: newsletterId } }, { status: { equals: 'wachtrij' } }] },
    sort: 'nextAttemptAt',
    limit: 1,
    pagination: false,
    select: { nextAttemptAt: true },
  })
  const at = waiting.docs[0]?.nextAttemptAt
  return at ? new Date(at) : undefined
}

/**
 * Finds campaigns whose batch job is gone (deleted, failed for good) or hangs (a crashed
 * process leaves it 'processing'), and queues a fresh batch for them.
 */
export async function recoverStalledCampaigns(payload: Payload, options: { staleAfterMs?: number } = {}) {
  const staleAfterMs = options.staleAfterMs ?? 10 * 60 * 1000
  const { docs } = await payload.find({
    collection: 'newsletters',
    overrideAccess: true,
    where: { status: { in: ['verzenden', 'verzonden'] } },
    depth: 0,
    pagination: false,
    select: { status: true, sending: true, progress: true },
  })
  const recovered: string[] = []
  for (const doc of docs) {
    const id = String(doc.id)
    if (doc.status === 'verzonden' && !doc.progress?.remaining) continue
    const jobId = doc.sending?.batchJobId
    let alive = false
    if (jobId) {
      const job = await payload.findByID({ collection: 'payload-jobs', id: jobId, overrideAccess: true, depth: 0, disableErrors: true })
      const stale = job?.processing && Date.now() - new Date(job.updatedAt).getTime() > staleAfterMs
      alive = Boolean(job && !job.completedAt && !job.hasError && !stale)
    }
    if (alive) continue
    if (!doc.sending?.emailHtml) {
      // Died before the edition was rendered: run the (idempotent) start again, not a batch.
      const job = await payload.jobs.queue({ task: 'startNewsletterCampaign', input: { newsletterId: id } })
      await updateNewsletter(payload, id, { sending: { batchJobId: String(job.id) } })
      campaignChanged(id)
      recovered.push(id)
      continue
    }
    const { remaining } = await refreshProgress(payload, id)
    if (remaining === 0 && doc.status === 'verzonden') continue
    await queueBatch(payload, id)
    recovered.push(id)
  }
  return recovered
}

/** Starts the editions whose planned moment has come. */
export async function startDueCampaigns(payload: Payload, now = new Date()) {
  const { docs } = await payload.find({
    collection: 'newsletters',
    overrideAccess: true,
    where: { and: [{ status: { equals: 'gepland' } }, { or: [{ scheduledAt: { exists: false } }, { scheduledAt: { less_than_equal: now.toISOString() } }] }] },
    depth: 0,
    pagination: false,
    select: { title: true },
  })
  for (const doc of docs) await payload.jobs.queue({ task: 'startNewsletterCampaign', input: { newsletterId: String(doc.id) } })
  return docs.map((doc) => String(doc.id))
}

/** Puts every failed delivery of an edition back in the queue and queues a batch. */
export async function retryFailedDeliveries(payload: Payload, newsletterId: string, req?: PayloadRequest) {
  const { docs } = await payload.update({
    collection: 'newsletterDeliveries',
    overrideAccess: true,
    where: { and: [{ newsletter: { equals: newsletterId } }, { status: { equals: 'mislukt' } }] },
    data: { status: 'wachtrij', attempts: 0, nextAttemptAt: null },
    depth: 0,
    req,
  })
  if (docs.length) await queueBatch(payload, newsletterId, undefined, req)
  return docs.length
}
