import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'
import { personalise, unsubscribeHeaders } from '../../domain/newsletter/emailTemplate'
import { afterFailedAttempt, pacingDelayMs, sendingSettingsFrom, shouldPause, wantsEdition } from '../../domain/newsletter/sending'
import { subscriberLinks } from '../../domain/newsletter/tokens'
import { emailFrom, serverUrl } from '../../env'
import { closePooledConnections, deliver } from '../email/transport'
import { loadEdition, renderEdition } from './render'

/**
 * The campaign sender. How it stays exactly-once as far as SMTP allows:
 *
 * 1. Starting a campaign renders the edition once (stored on the newsletter, so every recipient
 *    and every resumed batch gets the same content) and writes one `newsletterDeliveries` row
 *    per recipient, with a unique key newsletter:subscriber (running it twice adds nobody twice).
 * 2. A batch job takes the next rows still 'wachtrij' and sends them one by one. Each row is
 *    marked 'verzonden' in its own write right after the mail server accepted that message; no
 *    transaction spans the batch (unlike listmonk's checkpoint, which advanced per batch and
 *    could resend or skip on resume). A crash therefore leaves every row either sent or not.
 *    The one window left: a crash after the server's "250 OK" and before that single row's
 *    write. That message goes out once more on resume: at most one duplicate per crash.
 * 3. Only one batch job per campaign runs: the newsletter records the ID of the job that may
 *    send (`sending.batchJobId`); any other batch job for it stops at once. The minute job
 *    (newsletterHeartbeat) queues a fresh batch when that job has vanished or hangs.
 */

/** Marks writes made by the sender, so the newsletter's hooks let status changes through. */
export const SENDER_CONTEXT = { newsletterSender: true } as const

export const sendingSettings = () => sendingSettingsFrom(process.env)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface NewsletterState {
  id: string | number
  status: string
  networks?: string[] | null
  sentAt?: string | null
  sending?: {
    batchJobId?: string | null
    deliveriesComplete?: boolean | null
    subject?: string | null
    emailHtml?: string | null
    emailText?: string | null
  } | null
}

/** Whether `jobId` is still the one job that may send for this campaign (read per message). */
async function maySend(payload: Payload, id: string, jobId: string): Promise<boolean> {
  const doc = (await payload.findByID({
    collection: 'newsletters',
    id,
    depth: 0,
    overrideAccess: true,
    select: { status: true, sending: { batchJobId: true } },
  })) as unknown as NewsletterState
  return (doc.status === 'verzenden' || doc.status === 'verzonden') && String(doc.sending?.batchJobId ?? '') === jobId
}

async function loadState(payload: Payload, id: string): Promise<NewsletterState> {
  return (await payload.findByID({ collection: 'newsletters', id, depth: 0, overrideAccess: true })) as unknown as NewsletterState
}

async function updateNewsletter(payload: Payload, id: string, data: Record<string, unknown>) {
  await payload.update({ collection: 'newsletters', id, data: data as never, overrideAccess: true, depth: 0, context: SENDER_CONTEXT })
}

/** Queues the batch job and records it as the one that may send for this campaign. */
export async function queueBatch(payload: Payload, newsletterId: string, waitUntil?: Date, req?: PayloadRequest): Promise<string> {
  const job = await payload.jobs.queue({ task: 'sendNewsletterBatch', input: { newsletterId }, waitUntil, req })
  await payload.update({
    collection: 'newsletters',
    id: newsletterId,
    data: { sending: { batchJobId: String(job.id) } } as never,
    overrideAccess: true,
    depth: 0,
    context: SENDER_CONTEXT,
    req,
  })
  return String(job.id)
}

/** Counts per status, written to the newsletter's progress group for the admin. */
export async function refreshProgress(payload: Payload, newsletterId: string) {
  const count = async (status?: string) =>
    (
      await payload.count({
        collection: 'newsletterDeliveries',
        overrideAccess: true,
        where: { and: [{ newsletter: { equals: newsletterId } }, ...(status ? [{ status: { equals: status } }] : [])] },
      })
    ).totalDocs
  const [total, sent, failed, remaining] = await Promise.all([count(), count('verzonden'), count('mislukt'), count('wachtrij')])
  return { total, sent, failed, remaining }
}

/** Writes a delivery row for every active subscriber of the edition's networks who has none yet. */
async function createDeliveries(payload: Payload, newsletterId: string, networks: string[]) {
  const existing = await payload.find({
    collection: 'newsletterDeliveries',
    overrideAccess: true,
    where: { newsletter: { equals: newsletterId } },
    select: { subscriber: true },
    depth: 0,
    pagination: false,
  })
  const done = new Set(existing.docs.map((doc) => String(doc.subscriber)))
  for (let page = 1; ; page++) {
    const subscribers = await payload.find({
      collection: 'subscribers',
      overrideAccess: true,
      where: { and: [{ status: { equals: 'actief' } }, { networks: { in: networks } }] },
      select: { email: true, networks: true },
      depth: 0,
      sort: 'createdAt',
      limit: 500,
      page,
    })
    // One transaction per page: a commit per row would make 10,000 rows take minutes on SQLite.
    // A crash rolls back at most this page, which the next run (same unique keys) writes again.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      for (const subscriber of subscribers.docs) {
        const id = String(subscriber.id)
        if (done.has(id) || !wantsEdition(subscriber.networks, networks)) continue
        await payload.create({
          collection: 'newsletterDeliveries',
          overrideAccess: true,
          depth: 0,
          select: { status: true },
          req,
          data: { newsletter: newsletterId, subscriber: id, email: subscriber.email, key: `${newsletterId}:${id}`, status: 'wachtrij', attempts: 0 },
        })
        done.add(id)
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if (!subscribers.hasNextPage) break
  }
}

/**
 * Starts a planned edition: render, write the deliveries, queue the first batch. Safe to run
 * again after a crash halfway (it continues with the same rendering and adds only the missing rows).
 */
export async function startCampaign(payload: Payload, newsletterId: string, jobId: string, req?: PayloadRequest) {
  const state = await loadState(payload, newsletterId)
  if (state.status !== 'gepland' && state.status !== 'verzenden') return { started: false }
  if (state.status === 'verzenden' && state.sending?.deliveriesComplete) return { started: false }
  if (state.status === 'gepland' || !state.sending?.emailHtml) {
    const edition = await loadEdition(payload, newsletterId)
    const rendered = await renderEdition(payload, edition)
    await updateNewsletter(payload, newsletterId, {
      status: 'verzenden',
      pausedReason: null,
      archivedSections: rendered.sections,
      sending: {
        subject: rendered.subject,
        emailHtml: rendered.html,
        emailText: rendered.text,
        startedAt: new Date().toISOString(),
        // While the rows are written, this start job is the campaign's living job: the minute
        // job leaves it alone, and restarts it (not a batch) if it dies halfway.
        batchJobId: jobId,
        deliveriesComplete: false,
      },
    })
  } else {
    await updateNewsletter(payload, newsletterId, { sending: { batchJobId: jobId } })
  }
  await createDeliveries(payload, newsletterId, state.networks ?? [])
  await updateNewsletter(payload, newsletterId, { progress: await refreshProgress(payload, newsletterId), sending: { deliveriesComplete: true } })
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

/** Sends one batch of a campaign (see the comment at the top of this file). */
export async function sendBatch(payload: Payload, newsletterId: string, jobId: string): Promise<BatchResult> {
  const state = await loadState(payload, newsletterId)
  if (state.status !== 'verzenden' && state.status !== 'verzonden') return { attempted: 0, sent: 0, failed: 0, stopped: 'status' }
  if (String(state.sending?.batchJobId ?? '') !== jobId) return { attempted: 0, sent: 0, failed: 0, stopped: 'superseded' }
  const settings = sendingSettings()
  const now = new Date()
  const due: Where = {
    and: [
      { newsletter: { equals: newsletterId } },
      { status: { equals: 'wachtrij' } },
      { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
    ],
  }
  const { docs } = await payload.find({ collection: 'newsletterDeliveries', overrideAccess: true, where: due, sort: 'createdAt', limit: settings.batchSize, depth: 0, pagination: false })

  const subject = state.sending?.subject ?? ''
  const html = state.sending?.emailHtml ?? ''
  const text = state.sending?.emailText ?? ''
  const startedAt = Date.now()
  let sent = 0
  let failed = 0
  try {
    for (const [index, delivery] of docs.entries()) {
      const wait = pacingDelayMs(startedAt, index, settings.ratePerSecond, Date.now())
      if (wait > 0) await sleep(wait)
      // Paused, or another job took over (resume, "retry failed", recovery): stop before the next
      // message, so two jobs never work through the same rows.
      if (!(await maySend(payload, newsletterId, jobId))) return { attempted: sent + failed, sent, failed, stopped: 'superseded' }
      const links = subscriberLinks(payload.secret, serverUrl, String(delivery.subscriber ?? 'verwijderd'), { edition: newsletterId })
      const attempts = (delivery.attempts ?? 0) + 1
      let accepted: { messageId: string } | undefined
      let error: unknown
      try {
        accepted = await deliver({
          from: { address: emailFrom.address, name: emailFrom.name },
          to: delivery.email,
          subject,
          html: personalise(html, links, true),
          text: personalise(text, links, false),
          headers: { ...unsubscribeHeaders(links.oneClickUrl, emailFrom.address), 'List-Id': `Nieuwsbrief <nieuwsbrief.${new URL(serverUrl).hostname}>` },
        }, { pooled: true })
      } catch (caught) {
        error = caught
      }
      if (accepted) {
        // The checkpoint, in its own write (no req: no transaction shared with anything else).
        await payload.update({
          collection: 'newsletterDeliveries',
          id: delivery.id,
          overrideAccess: true,
          depth: 0,
          data: { status: 'verzonden', attempts, sentAt: new Date().toISOString(), messageId: accepted.messageId, nextAttemptAt: null },
        })
        sent++
      } else {
        failed++
        const next = afterFailedAttempt(attempts, settings, new Date())
        await payload.update({
          collection: 'newsletterDeliveries',
          id: delivery.id,
          overrideAccess: true,
          depth: 0,
          data: {
            status: next.status,
            attempts,
            lastError: (error instanceof Error ? error.message : String(error)).slice(0, 1000),
            nextAttemptAt: next.status === 'wachtrij' ? next.nextAttemptAt.toISOString() : null,
          },
        })
      }
    }
  } finally {
    closePooledConnections()
  }

  const progress = await refreshProgress(payload, newsletterId)
  const result: BatchResult = { attempted: docs.length, sent, failed }
  if (shouldPause({ attempts: docs.length, failures: failed }, settings)) {
    await updateNewsletter(payload, newsletterId, {
      status: 'gepauzeerd',
      progress,
      pausedReason: `Automatisch gepauzeerd op ${new Date().toISOString()}: ${failed} van de ${docs.length} berichten in de laatste reeks werden geweigerd. Controleer de mailserver en zet de status weer op "Wordt verzonden" om verder te gaan.`,
      sending: { batchJobId: null },
    })
    return { ...result, paused: true }
  }
  if (progress.remaining > 0) {
    // The next batch: now when rows are due, otherwise when the first retry is due.
    const waiting = await payload.find({
      collection: 'newsletterDeliveries',
      overrideAccess: true,
      where: { and: [{ newsletter: { equals: newsletterId } }, { status: { equals: 'wachtrij' } }] },
      sort: 'nextAttemptAt',
      limit: 1,
      depth: 0,
      select: { nextAttemptAt: true },
    })
    const nextAt = waiting.docs[0]?.nextAttemptAt ? new Date(waiting.docs[0].nextAttemptAt) : undefined
    await updateNewsletter(payload, newsletterId, { progress })
    await queueBatch(payload, newsletterId, nextAt && nextAt > new Date() ? nextAt : undefined)
    return result
  }
  await updateNewsletter(payload, newsletterId, {
    progress,
    status: 'verzonden',
    ...(state.sentAt ? {} : { sentAt: new Date().toISOString() }),
    sending: { batchJobId: null },
  })
  return { ...result, finished: true }
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
  for (const doc of docs as unknown as (NewsletterState & { progress?: { remaining?: number | null } })[]) {
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
    if (!doc.sending?.deliveriesComplete) {
      // Died while writing the delivery rows: run the (idempotent) start again, not a batch,
      // or the subscribers without a row yet would be skipped.
      const job = await payload.jobs.queue({ task: 'startNewsletterCampaign', input: { newsletterId: id } })
      await updateNewsletter(payload, id, { sending: { batchJobId: String(job.id) } })
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
