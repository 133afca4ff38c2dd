/**
 * `npm run bench:newsletter`: how many newsletter emails per second the campaign sender hands
 * to a local SMTP server (in this process), for 10,000 subscribers, on a temporary SQLite
 * database. The configured rate limit is lifted so the figure shows what the machine can do;
 * in production NEWSLETTER_RATE (default 20/s) caps it. Usage: npm run bench:newsletter [-- 2000]
 */
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { SMTPServer } from 'smtp-server'

const total = Number(process.argv[2] ?? 10_000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-newsletter-'))

let received = 0
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  // No reverse DNS per connection: this offline machine would wait for a timeout each time.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined)
    stream.on('end', () => {
      received++
      callback()
    })
  },
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
const smtpPort = (smtp.server.address() as AddressInfo).port

Object.assign(process.env, {
  DATABASE_URI: `file:${path.join(dataDir, 'bench.db')}`,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret-bench-secret',
  DISABLE_PAYLOAD_HMR: 'true',
  LOG_LEVEL: 'fatal',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  SMTP_SECURE: 'false',
  NEWSLETTER_RATE: process.env.NEWSLETTER_RATE ?? '1000000',
  NEWSLETTER_BATCH_SIZE: process.env.NEWSLETTER_BATCH_SIZE ?? '500',
})

const { default: config } = await import('../../../payload.config')
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const seconds = (from: number) => (performance.now() - from) / 1000

try {
  console.log(`Nieuwsbrief-benchmark: ${total} abonnees, SMTP op 127.0.0.1:${smtpPort}, database ${dataDir}`)
  let started = performance.now()
  const { commitTransaction, createLocalReq, initTransaction } = await import('payload')
  for (let from = 0; from < total; from += 500) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let i = from; i < Math.min(total, from + 500); i++) {
      await payload.create({
        collection: 'subscribers',
        overrideAccess: true,
        depth: 0,
        req,
        data: { email: `abonnee-${i}@bench.example`, networks: ['jeugd'], status: 'actief' },
      })
    }
    await commitTransaction(req)
  }
  console.log(`Abonnees aangemaakt in ${seconds(started).toFixed(1)} s`)

  const edition = await payload.create({
    collection: 'newsletters',
    overrideAccess: true,
    depth: 0,
    data: { title: 'Benchmarknummer', networks: ['jeugd'], intro: 'Een nummer om te meten.', sections: [{ kind: 'upcomingEvents' }, { kind: 'recentArticles' }] } as never,
  })
  started = performance.now()
  await payload.update({ collection: 'newsletters', id: edition.id, overrideAccess: true, data: { status: 'gepland' } })
  await payload.jobs.run({ limit: 1 }) // the start job: render once, one delivery row per recipient
  const prepared = seconds(started)
  console.log(`Campagne gestart (opmaak + ${total} verzendregels) in ${prepared.toFixed(1)} s`)

  started = performance.now()
  for (;;) {
    const state = await payload.findByID({ collection: 'newsletters', id: edition.id, overrideAccess: true, depth: 0 })
    if (state.status !== 'verzenden') break
    await payload.jobs.run({ limit: 10 })
  }
  const sending = seconds(started)
  const final = await payload.findByID({ collection: 'newsletters', id: edition.id, overrideAccess: true, depth: 0 })
  console.log(`Verzonden: ${final.progress?.sent}, mislukt: ${final.progress?.failed}, ontvangen door SMTP: ${received}`)
  console.log(`Verzenden duurde ${sending.toFixed(1)} s: ${(received / sending).toFixed(0)} e-mails per seconde`)
  console.log(`Inclusief starten: ${(received / (sending + prepared)).toFixed(0)} e-mails per seconde`)
  if (received !== total || final.progress?.sent !== total) {
    console.error('Niet iedereen kreeg precies één exemplaar.')
    process.exitCode = 1
  }
} finally {
  await payload.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  fs.rmSync(dataDir, { recursive: true, force: true })
}
