/**
 * `npm run bench:newsletter`: how many newsletter emails per second the campaign sender hands
 * to a local SMTP server (in a worker thread, as a real mail server is another process), for
 * 10,000 subscribers, on a temporary SQLite database. The configured rate limit is lifted so the
 * figure shows what the machine can do; in production NEWSLETTER_RATE (default 20/s) caps it.
 * Usage: npm run bench:newsletter [-- 2000]
 *
 * Besides wall-clock figures it prints the CPU time of this process per mail and the machine's
 * load average: on a shared machine the wall clock says as much about the neighbours as about
 * the code.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

const total = Number(process.argv[2] ?? 10_000)
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-newsletter-'))

const smtp = new Worker(new URL('./smtpSink.mjs', import.meta.url))
const ask = <T>(question: string, field: string) =>
  new Promise<T>((resolve) => {
    const listener = (message: Record<string, T>) => {
      if (field in message) {
        smtp.off('message', listener)
        resolve(message[field])
      }
    }
    smtp.on('message', listener)
    if (question) smtp.postMessage(question)
  })
const smtpPort = await ask<number>('', 'port')

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
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from)
  return (used.user + used.system) / 1e6
}
const load = () => os.loadavg()[0].toFixed(1)

try {
  console.log(`Nieuwsbrief-benchmark: ${total} abonnees, SMTP op 127.0.0.1:${smtpPort}, database ${dataDir}, ${os.cpus().length} kernen, load ${load()}`)
  let started = performance.now()
  // Setting up is not what is measured: straight through the adapter, one row at a time.
  const now = new Date().toISOString()
  for (let i = 0; i < total; i++) {
    await payload.db.create({
      collection: 'subscribers',
      data: { email: `abonnee-${i}@bench.example`, networks: ['jeugd'], status: 'actief', createdAt: now, updatedAt: now },
      returning: false,
    })
  }
  console.log(`Abonnees aangemaakt in ${seconds(started).toFixed(1)} s`)

  const edition = await payload.create({
    collection: 'newsletters',
    overrideAccess: true,
    depth: 0,
    data: { title: 'Benchmarknummer', status: 'concept', networks: ['jeugd'], intro: 'Een nummer om te meten.', sections: [{ kind: 'upcomingEvents' }, { kind: 'recentArticles' }] },
  })
  started = performance.now()
  let cpu = process.cpuUsage()
  await payload.update({ collection: 'newsletters', id: edition.id, overrideAccess: true, data: { status: 'gepland' } })
  await payload.jobs.run({ limit: 1 }) // the start job
  const prepared = seconds(started)
  console.log(`Campagne gestart in ${prepared.toFixed(2)} s (CPU ${cpuSeconds(cpu).toFixed(2)} s, load ${load()})`)

  started = performance.now()
  cpu = process.cpuUsage()
  for (;;) {
    const state = await payload.findByID({ collection: 'newsletters', id: edition.id, overrideAccess: true, depth: 0 })
    if (state.status !== 'verzenden') break
    await payload.jobs.run({ limit: 10 })
  }
  const sending = seconds(started)
  const sendingCpu = cpuSeconds(cpu)
  const received = await ask<number>('count', 'received')
  const final = await payload.findByID({ collection: 'newsletters', id: edition.id, overrideAccess: true, depth: 0 })
  console.log(`Verzonden: ${final.progress?.sent}, mislukt: ${final.progress?.failed}, ontvangen door SMTP: ${received}`)
  console.log(`Verzenden duurde ${sending.toFixed(1)} s: ${(received / sending).toFixed(0)} e-mails per seconde (load ${load()})`)
  console.log(`CPU van dit proces tijdens het verzenden: ${sendingCpu.toFixed(1)} s, ${((sendingCpu * 1000) / received).toFixed(2)} ms per e-mail`)
  console.log(`Inclusief starten: ${(received / (sending + prepared)).toFixed(0)} e-mails per seconde`)
  if (received !== total || final.progress?.sent !== total) {
    console.error('Niet iedereen kreeg precies één exemplaar.')
    process.exitCode = 1
  }
} finally {
  await payload.destroy()
  await ask('close', 'closed')
  await smtp.terminate()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
