import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { startSmtpServer, type TestSmtpServer } from '../helpers/smtp'

/** Lets every queued job whose time has come run now, as the server's cron would. */
async function runDueJobs(payload: Payload) {
  const { docs } = await payload.find({ collection: 'payload-jobs', overrideAccess: true, limit: 100, where: { completedAt: { exists: false } } })
  for (const job of docs) {
    await payload.update({ collection: 'payload-jobs', id: job.id, overrideAccess: true, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
  }
  await payload.jobs.run({ limit: 100 })
}

async function emailLogFor(payload: Payload, to: string) {
  const { docs } = await payload.find({ collection: 'emailLog', overrideAccess: true, where: { to: { equals: to } } })
  expect(docs).toHaveLength(1)
  return docs[0]
}

describe('email through the job queue, with an SMTP server', () => {
  let smtp: TestSmtpServer
  let cms: TestPayload

  beforeAll(async () => {
    smtp = await startSmtpServer()
    cms = await startTestPayload(smtp.env)
  })
  afterAll(async () => {
    await cms?.close()
    await smtp?.close()
  })

  it('queues the email and sends nothing until the job runs', async () => {
    const { queueEmail } = await import('../../src/cms/shared/email/queueEmail')
    await queueEmail(cms.payload, { to: 'anna@example.org', subject: 'Welkom', html: '<p>Welkom bij het <a href="https://example.org">netwerk</a>.</p>' })
    expect((await emailLogFor(cms.payload, 'anna@example.org')).status).toBe('wachtrij')
    expect(smtp.messages).toHaveLength(0)

    await cms.payload.jobs.run()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('anna@example.org'))
    expect(mail.parsed.subject).toBe('Welkom')
    expect(mail.parsed.text).toContain('Welkom bij het netwerk (https://example.org).')
    expect(mail.parsed.html).toContain('<a href="https://example.org">netwerk</a>')
    const log = await emailLogFor(cms.payload, 'anna@example.org')
    expect(log.status).toBe('verzonden')
    expect(log.sentAt).toBeTruthy()
  })

  it('retries a refused email and records the SMTP error meanwhile', async () => {
    const { queueEmail } = await import('../../src/cms/shared/email/queueEmail')
    smtp.refuseRecipients(['vol@example.org'])
    await queueEmail(cms.payload, { to: 'vol@example.org', subject: 'Tweede poging', text: 'Hallo' })
    await cms.payload.jobs.run()

    const failed = await emailLogFor(cms.payload, 'vol@example.org')
    expect(failed.status).toBe('mislukt')
    expect(failed.attempts).toBe(1)
    expect(failed.lastError).toMatch(/550|Mailbox unavailable/)

    smtp.refuseRecipients([])
    await runDueJobs(cms.payload)
    await smtp.waitFor((m) => m.envelopeTo.includes('vol@example.org'))
    const delivered = await emailLogFor(cms.payload, 'vol@example.org')
    expect(delivered.status).toBe('verzonden')
    expect(delivered.attempts).toBe(2)
    expect(smtp.messages.filter((m) => m.envelopeTo.includes('vol@example.org'))).toHaveLength(1)
  })

  it("sends Payload's own emails (forgot password) through the same queue", async () => {
    await cms.payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'coordinator-mail@example.org', password: 'lang-genoeg-wachtwoord', name: 'Coördinator', roles: ['coordinator'] },
    })
    await cms.payload.forgotPassword({ collection: 'users', data: { email: 'coordinator-mail@example.org' } })
    expect((await emailLogFor(cms.payload, 'coordinator-mail@example.org')).status).toBe('wachtrij')
    await cms.payload.jobs.run()
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes('coordinator-mail@example.org'))
    expect(mail.parsed.text ?? '').toMatch(/reset-password|wachtwoord/i)
  })
})
