import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from '../helpers/payload'

// A file of its own: the configuration reads the SMTP settings once, when it is first imported.
describe('email without SMTP (the embedded default)', () => {
  let cms: TestPayload

  beforeAll(async () => {
    delete process.env.SMTP_HOST
    cms = await startTestPayload()
  })
  afterAll(async () => cms?.close())

  it('writes each email as an .eml file in the outbox and records it', async () => {
    const { queueEmail } = await import('../../src/cms/shared/email/queueEmail')
    await queueEmail(cms.payload, { to: 'offline@example.org', subject: 'Zonder mailserver', text: 'Dit staat in de outbox.' })
    await cms.payload.jobs.run()

    const outbox = path.join(cms.dataDir, 'outbox')
    const files = fs.readdirSync(outbox).filter((file) => file.endsWith('.eml'))
    expect(files).toHaveLength(1)
    const eml = fs.readFileSync(path.join(outbox, files[0]), 'utf8')
    expect(eml).toContain('To: offline@example.org')
    expect(eml).toContain('Subject: Zonder mailserver')
    const { docs } = await cms.payload.find({ collection: 'emailLog', overrideAccess: true, where: { to: { equals: 'offline@example.org' } } })
    expect(docs.map((log) => log.status)).toEqual(['opgeslagen'])
  })
})
