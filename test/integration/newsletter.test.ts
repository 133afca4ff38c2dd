import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../helpers/smtp'

/**
 * The newsletter end to end on the Local API and a real SMTP server: double opt-in, sending a
 * campaign in batches, resuming after a crash, refused recipients, pausing and retrying.
 */
let smtp: TestSmtpServer
let cms: TestPayload
let payload: Payload

beforeAll(async () => {
  smtp = await startSmtpServer()
  cms = await startTestPayload({ ...smtp.env, NEWSLETTER_RATE: '1000', NEWSLETTER_BATCH_SIZE: '5', NEWSLETTER_MAX_ATTEMPTS: '2', NEWSLETTER_RETRY_DELAY_SECONDS: '60' })
  payload = cms.payload
})
afterAll(async () => {
  await cms?.close()
  await smtp?.close()
})

const trusted = { overrideAccess: true, depth: 0 } as const

/** Makes every waiting job due and runs the queue until it is empty, as the server's cron would. */
async function runAllJobs(options: { makeRetriesDue?: boolean } = {}) {
  for (let round = 0; round < 100; round++) {
    if (options.makeRetriesDue) {
      await payload.update({ collection: 'newsletterDeliveries', ...trusted, where: { status: { equals: 'wachtrij' } }, data: { nextAttemptAt: new Date(Date.now() - 1000).toISOString() } })
    }
    const pending: { and: Where[] } = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }
    if (options.makeRetriesDue) {
      const { docs } = await payload.find({ collection: 'payload-jobs', ...trusted, where: pending, limit: 100 })
      for (const job of docs) await payload.update({ collection: 'payload-jobs', id: job.id, ...trusted, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    }
    // Only what is due now: a batch waiting for a retry's backoff stays waiting.
    const due = { and: [...pending.and, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: new Date().toISOString() } }] }] }
    const { totalDocs } = await payload.count({ collection: 'payload-jobs', overrideAccess: true, where: due as never })
    if (totalDocs === 0) return
    await payload.jobs.run({ limit: 100 })
  }
  throw new Error('De takenrij raakte niet leeg')
}

/** One raw header, unfolded. */
function header(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
  return line?.slice(name.length + 1).trim()
}

function copiesFor(address: string, subject: string) {
  return smtp.messages.filter((m) => m.envelopeTo.includes(address) && m.parsed.subject === subject)
}

async function activeSubscribers(tag: string, count: number, networks = ['jeugd']) {
  const emails: string[] = []
  for (let i = 0; i < count; i++) {
    const email = `${tag}-${i}@example.org`
    await payload.create({ collection: 'subscribers', ...trusted, data: { email, networks: networks as never, status: 'actief' } })
    emails.push(email)
  }
  return emails
}

async function planEdition(title: string, networks = ['jeugd']) {
  const edition = await payload.create({
    collection: 'newsletters',
    ...trusted,
    data: { title, networks: networks as never, intro: `Inleiding van ${title}.`, sections: [{ kind: 'upcomingEvents', limit: 3 }] } as never,
  })
  await payload.update({ collection: 'newsletters', id: edition.id, ...trusted, data: { status: 'gepland' } })
  return String(edition.id)
}

const edition = (id: string) => payload.findByID({ collection: 'newsletters', id, ...trusted })

async function deliveries(id: string) {
  const { docs } = await payload.find({ collection: 'newsletterDeliveries', ...trusted, where: { newsletter: { equals: id } }, pagination: false })
  return docs
}

describe('subscribing with double opt-in', () => {
  it('mails a confirmation link; confirming records the consent; a second sign-up within the hour mails nothing', async () => {
    const { subscriptionSchema } = await import('../../src/domain/newsletter/subscription')
    const site = await import('../../src/site/lib/newsletter')
    const input = subscriptionSchema.parse({ email: 'Nieuw@Example.org', name: 'Nina', networks: ['jeugd', 'volwassenen'], form: 'nieuwsbrief-pagina' })
    await site.requestSubscription(payload, input)
    await runAllJobs()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('nieuw@example.org'))
    expect(mail.parsed.subject).toBe('Bevestig je aanmelding voor de nieuwsbrief')
    const token = decodeURIComponent(/\/nieuwsbrief\/bevestigen\?token=([^\s)"<&]+)/.exec(mail.parsed.text ?? '')?.[1] ?? '')

    await site.requestSubscription(payload, input)
    await runAllJobs()
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('nieuw@example.org'))).toHaveLength(1)

    const found = await site.subscriberFromToken(payload, 'bevestigen', token)
    expect(found.ok).toBe(true)
    if (!found.ok) return
    expect(found.subscriber.status).toBe('onbevestigd')
    await site.confirmSubscriber(payload, found.subscriber, '192.0.2.7')
    const confirmed = await payload.findByID({ collection: 'subscribers', id: found.subscriber.id, ...trusted })
    expect(confirmed.status).toBe('actief')
    expect(confirmed.consent).toMatchObject({ form: 'nieuwsbrief-pagina', confirmedIp: '192.0.2.7' })
    expect(confirmed.consent?.text).toMatch(/nieuwsbrief/)
    expect(confirmed.consent?.confirmedAt).toBeTruthy()
    // The preferences token cannot confirm, the confirmation token cannot unsubscribe.
    expect((await site.subscriberFromToken(payload, 'afmelden', token)).ok).toBe(false)
  })

  it('re-subscribing after unsubscribing works and is in the history', async () => {
    const { subscriptionSchema } = await import('../../src/domain/newsletter/subscription')
    const site = await import('../../src/site/lib/newsletter')
    const { unsubscribeByToken } = await import('../../src/cms/newsletter/subscriptions')
    const { signToken } = await import('../../src/domain/newsletter/tokens')
    const [email] = await activeSubscribers('terug', 1)
    const { docs } = await payload.find({ collection: 'subscribers', ...trusted, where: { email: { equals: email } } })
    const id = String(docs[0].id)
    expect(await unsubscribeByToken(payload, signToken(payload.secret, 'afmelden', id), 'one-click')).toBe('afgemeld')
    expect(await unsubscribeByToken(payload, signToken(payload.secret, 'voorkeuren', id), 'one-click')).toBe('ongeldig')

    await site.requestSubscription(payload, subscriptionSchema.parse({ email, networks: ['jeugd'] }))
    await runAllJobs()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes(email))
    const token = decodeURIComponent(/token=([^\s)"<&]+)/.exec(mail.parsed.text ?? '')?.[1] ?? '')
    const found = await site.subscriberFromToken(payload, 'bevestigen', token)
    if (!found.ok) throw new Error('token ongeldig')
    await site.confirmSubscriber(payload, found.subscriber, '192.0.2.8')
    const after = await payload.findByID({ collection: 'subscribers', id, ...trusted })
    expect(after.status).toBe('actief')
    expect(after.unsubscribedAt).toBeFalsy()
    expect((after.history ?? []).map((h) => h.action)).toEqual([
      expect.stringMatching(/Afgemeld met één klik/),
      expect.stringMatching(/Opnieuw aangemeld na afmelding/),
      expect.stringMatching(/bevestigd \(opnieuw aangemeld\)/),
    ])
  })

  it('removes sign-ups that were never confirmed after 7 days', async () => {
    const { removeExpiredSignUps } = await import('../../src/cms/newsletter/subscriptions')
    await payload.create({ collection: 'subscribers', ...trusted, data: { email: 'vergeten@example.org', networks: ['jeugd'], status: 'onbevestigd' } })
    await payload.create({ collection: 'subscribers', ...trusted, data: { email: 'vers@example.org', networks: ['jeugd'], status: 'onbevestigd' } })
    expect(await removeExpiredSignUps(payload, new Date(Date.now() + 8 * 24 * 60 * 60 * 1000))).toBeGreaterThanOrEqual(2)
    const { totalDocs } = await payload.count({ collection: 'subscribers', overrideAccess: true, where: { status: { equals: 'onbevestigd' } } })
    expect(totalDocs).toBe(0)
  })
})

describe('sending a campaign', () => {
  it('sends each subscriber of the networks exactly one copy, with both unsubscribe headers', async () => {
    const emails = await activeSubscribers('lezer', 12)
    const [other] = await activeSubscribers('volwassene', 1, ['volwassenen'])
    const id = await planEdition('Herfstnummer')
    await runAllJobs()

    for (const email of emails) {
      const copies = copiesFor(email, 'Herfstnummer')
      expect(copies, email).toHaveLength(1)
      expect(header(copies[0], 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:\d+\/nieuwsbrief\/afmelden\/one-click\?token=[^>]+>, <mailto:[^>]+>$/)
      expect(header(copies[0], 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click')
      expect(copies[0].parsed.text).toContain('Afmelden: http')
      expect(copies[0].parsed.html).toContain('/nieuwsbrief/archief/herfstnummer')
    }
    expect(copiesFor(other, 'Herfstnummer')).toHaveLength(0)
    const done = await edition(id)
    expect(done.status).toBe('verzonden')
    expect(done.sentAt).toBeTruthy()
    // The confirmed subscriber of the first test (both networks) and the re-subscriber are in too.
    expect(done.progress).toMatchObject({ sent: 14, failed: 0, remaining: 0, total: 14 })
    expect(done.archivedSections).toEqual([expect.objectContaining({ heading: 'Komende bijeenkomsten' })])
  })

  it('resumes after a crash without a second copy for anyone and without skipping anyone', async () => {
    const { recoverStalledCampaigns, sendBatch } = await import('../../src/cms/newsletter/campaign')
    const emails = await activeSubscribers('hervat', 11)
    const id = await planEdition('Crashnummer')
    // The runner processes the start job and two batches, then "dies": its next queued job is lost.
    await payload.jobs.run({ limit: 1 })
    await payload.jobs.run({ limit: 1 })
    await payload.jobs.run({ limit: 1 })
    const sentBefore = (await deliveries(id)).filter((d) => d.status === 'verzonden').length
    expect(sentBefore).toBe(10)
    const lost = (await edition(id)).sending?.batchJobId
    await payload.delete({ collection: 'payload-jobs', id: String(lost), overrideAccess: true })

    // The minute job notices the campaign has no living batch job and queues a fresh one.
    expect(await recoverStalledCampaigns(payload)).toEqual([id])
    const fresh = String((await edition(id)).sending?.batchJobId)
    // A job left 'processing' by the crashed process is replaced too, and stops if it ever wakes up.
    await payload.update({ collection: 'payload-jobs', id: fresh, overrideAccess: true, data: { processing: true } })
    expect(await recoverStalledCampaigns(payload, { staleAfterMs: 0 })).toEqual([id])
    expect(await sendBatch(payload, id, fresh)).toMatchObject({ attempted: 0, stopped: 'superseded' })
    await payload.delete({ collection: 'payload-jobs', id: fresh, overrideAccess: true })
    await runAllJobs()

    const recipients = (await deliveries(id)).map((d) => d.email)
    expect(recipients).toEqual(expect.arrayContaining(emails))
    for (const email of recipients) expect(copiesFor(email, 'Crashnummer'), email).toHaveLength(1)
    expect((await edition(id)).progress).toMatchObject({ sent: recipients.length, failed: 0, remaining: 0 })
  })

  it('restarts a start that died while writing the delivery rows, so nobody is skipped', async () => {
    const { recoverStalledCampaigns } = await import('../../src/cms/newsletter/campaign')
    const emails = await activeSubscribers('halverwege', 3)
    const id = await planEdition('Halverwegenummer')
    await payload.jobs.run({ limit: 1 }) // the start job
    // Undo the end of the start as a crash would: the last row, the "complete" mark, the first batch.
    await payload.delete({ collection: 'newsletterDeliveries', ...trusted, where: { and: [{ newsletter: { equals: id } }, { email: { equals: emails[2] } }] } })
    const batchJob = (await edition(id)).sending?.batchJobId
    await payload.delete({ collection: 'payload-jobs', id: String(batchJob), overrideAccess: true })
    await payload.update({ collection: 'newsletters', id, ...trusted, data: { sending: { deliveriesComplete: false } }, context: { newsletterSender: true } })

    expect(await recoverStalledCampaigns(payload)).toEqual([id])
    await runAllJobs()
    const recipients = (await deliveries(id)).map((d) => d.email)
    expect(recipients).toEqual(expect.arrayContaining(emails))
    for (const email of recipients) expect(copiesFor(email, 'Halverwegenummer'), email).toHaveLength(1)
    expect((await edition(id)).status).toBe('verzonden')
  })

  it('retries refused recipients with backoff, then reports them with the SMTP error; "retry failed" sends them later', async () => {
    const emails = await activeSubscribers('weiger', 4)
    smtp.refuseRecipients([emails[0], emails[1]])
    const id = await planEdition('Weigernummer')
    await runAllJobs()
    let rows = await deliveries(id)
    const refused = rows.filter((d) => d.email === emails[0] || d.email === emails[1])
    expect(refused.map((d) => [d.status, d.attempts])).toEqual([['wachtrij', 1], ['wachtrij', 1]])
    expect(refused[0].lastError).toMatch(/550|Mailbox unavailable/)
    expect(refused[0].nextAttemptAt).toBeTruthy()

    await runAllJobs({ makeRetriesDue: true })
    rows = await deliveries(id)
    const failed = rows.filter((d) => d.status === 'mislukt')
    expect(failed.map((d) => d.email).sort()).toEqual([emails[0], emails[1]].sort())
    expect(failed.every((d) => d.attempts === 2 && /550|Mailbox unavailable/.test(d.lastError ?? ''))).toBe(true)
    let done = await edition(id)
    expect(done.status).toBe('verzonden')
    expect(done.progress).toMatchObject({ failed: 2, remaining: 0 })

    smtp.refuseRecipients([])
    await payload.update({ collection: 'newsletters', id, ...trusted, data: { retryFailed: true } })
    await runAllJobs()
    done = await edition(id)
    expect(done.progress).toMatchObject({ failed: 0, remaining: 0 })
    expect(done.retryFailed).toBe(false)
    for (const email of emails) expect(copiesFor(email, 'Weigernummer'), email).toHaveLength(1)
  })

  it('pauses itself when most of a batch is refused, and resumes when the coordinator says so', async () => {
    process.env.NEWSLETTER_PAUSE_MIN_ATTEMPTS = '5'
    try {
      const emails = await activeSubscribers('storing', 6, ['volwassenen'])
      const id = await planEdition('Storingsnummer', ['volwassenen'])
      const everyone = (await payload.find({ collection: 'subscribers', ...trusted, where: { networks: { in: ['volwassenen'] } }, pagination: false })).docs.map((s) => s.email)
      smtp.refuseRecipients(everyone)
      await runAllJobs()
      const paused = await edition(id)
      expect(paused.status).toBe('gepauzeerd')
      expect(paused.pausedReason).toMatch(/Automatisch gepauzeerd/)
      expect(copiesFor(emails[0], 'Storingsnummer')).toHaveLength(0)

      smtp.refuseRecipients([])
      await payload.update({ collection: 'newsletters', id, ...trusted, data: { status: 'verzenden' } })
      await runAllJobs({ makeRetriesDue: true })
      expect((await edition(id)).status).toBe('verzonden')
      for (const email of emails) expect(copiesFor(email, 'Storingsnummer'), email).toHaveLength(1)
    } finally {
      delete process.env.NEWSLETTER_PAUSE_MIN_ATTEMPTS
    }
  })

  it('refuses status moves that only the sender may make', async () => {
    const coordinator = await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'coord-nb@example.org', password: 'lang-genoeg-wachtwoord', name: 'Coördinator', roles: ['coordinator'] },
    })
    const draft = await payload.create({ collection: 'newsletters', ...trusted, data: { title: 'Concept', networks: ['jeugd'] } as never })
    await expect(
      payload.update({ collection: 'newsletters', id: draft.id, data: { status: 'verzonden' }, overrideAccess: false, user: { ...coordinator, collection: 'users' } as never }),
    ).rejects.toThrow()
    expect((await edition(String(draft.id))).status).toBe('concept')
  })

  it('sends a test mail to the coordinator who ticks the box, and not to subscribers', async () => {
    const coordinator = (await payload.find({ collection: 'users', ...trusted, where: { email: { equals: 'coord-nb@example.org' } } })).docs[0]
    const draft = await payload.create({ collection: 'newsletters', ...trusted, data: { title: 'Proefnummer', networks: ['jeugd'] } as never })
    const before = smtp.messages.length
    await payload.update({ collection: 'newsletters', id: draft.id, data: { sendTest: true }, overrideAccess: false, user: { ...coordinator, collection: 'users' } as never })
    await runAllJobs()
    const mail = await smtp.waitFor((m) => m.parsed.subject === '[Testmail] Proefnummer')
    expect(mail.envelopeTo).toEqual(['coord-nb@example.org'])
    expect(smtp.messages.length).toBe(before + 1)
    expect((await edition(String(draft.id))).status).toBe('concept')
  })
})

describe('removing a subscriber on request', () => {
  it('deletes the address everywhere: subscriber, deliveries and newsletter mails in the log', async () => {
    const email = 'lezer-0@example.org'
    const { docs } = await payload.find({ collection: 'subscribers', ...trusted, where: { email: { equals: email } } })
    expect(docs).toHaveLength(1)
    await payload.delete({ collection: 'subscribers', id: docs[0].id, overrideAccess: true })
    expect((await payload.count({ collection: 'subscribers', overrideAccess: true, where: { email: { equals: email } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'newsletterDeliveries', overrideAccess: true, where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('accepts only the exact RFC 8058 body for one-click', async () => {
    const { isOneClickBody } = await import('../../src/cms/newsletter/oneClickUnsubscribe')
    const form = 'application/x-www-form-urlencoded'
    expect(await isOneClickBody(form, Buffer.from('List-Unsubscribe=One-Click'))).toBe(true)
    expect(await isOneClickBody(form, Buffer.from('List-Unsubscribe=One-Click&x=1'))).toBe(false)
    expect(await isOneClickBody(form, Buffer.from(''))).toBe(false)
    expect(await isOneClickBody('text/plain', Buffer.from('List-Unsubscribe=One-Click'))).toBe(false)
    const multipart = new FormData()
    multipart.set('List-Unsubscribe', 'One-Click')
    const request = new Request('http://x', { method: 'POST', body: multipart })
    expect(await isOneClickBody(request.headers.get('content-type') ?? '', Buffer.from(await request.arrayBuffer()))).toBe(true)
  })
})

describe('deleting editions', () => {
  it('refuses a sent edition with a Dutch reason (it was a server error), and deletes a concept', async () => {
    const coordinator = (await payload.find({ collection: 'users', ...trusted, where: { email: { equals: 'coord-nb@example.org' } } })).docs[0]
    const user = { ...coordinator, collection: 'users' } as never
    const { docs } = await payload.find({ collection: 'newsletters', ...trusted, where: { title: { equals: 'Herfstnummer' } } })
    const sent = docs[0]
    expect(sent.status).toBe('verzonden')
    const refusal = await payload.delete({ collection: 'newsletters', id: sent.id, overrideAccess: false, user }).catch((error: { status?: number; message: string }) => error)
    // 409: the edition's state forbids it (the same refusal as in newsletter-editions.test.ts).
    expect(refusal).toMatchObject({ status: 409, message: expect.stringMatching(/verzonden nieuwsbrief kan niet worden verwijderd/) })
    expect((await edition(String(sent.id))).status).toBe('verzonden')

    const draft = await payload.create({ collection: 'newsletters', ...trusted, data: { title: 'Weggooinummer', networks: ['jeugd'] } as never })
    await payload.delete({ collection: 'newsletters', id: draft.id, overrideAccess: false, user })
  })
})
