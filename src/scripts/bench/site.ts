/**
 * `npm run bench:site`: how fast the portal serves its public pages at 100, 1,000 and 10,000
 * published offerings, next to the limit of this machine: the same pages' HTML served as static
 * files from memory by a plain Node http server. Both are driven by autocannon from this
 * process, with the headers a browser sends (Accept-Encoding: br, gzip).
 *
 * One temporary SQLite database grows from size to size (seeded through the Local API, demo
 * content included); for each size the real server starts on it in a child process, as
 * `npm start` does, and its RSS is sampled while it is under load.
 *
 *   npm run bench:site -- --sizes 100,1000 --duration 5 --connections 16,64 --pages home,aanbod
 *
 * Seeded databases are kept per size in $TMPDIR/bench-site-snapshots (--snapshots DIR), so a
 * second run (PAGE_CACHE=off, or the code before a change) measures the same data at once.
 *   PAGE_CACHE=off npm run bench:site     (the server renders every request: the page cache off)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import zlib from 'node:zlib'
import autocannon from 'autocannon'
import { spawnPortal } from './spawnPortal'

interface Options {
  sizes: number[]
  duration: number
  connections: number[]
  pages?: string[]
  /** A data folder to use and keep; otherwise a temporary one. */
  data?: string
  /** Where seeded databases are kept per size, for the next run. */
  snapshots: string
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [100, 1000, 10_000], duration: 5, connections: [16, 64], snapshots: path.join(os.tmpdir(), 'bench-site-snapshots') }
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1]
    const list = () => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean)
    switch (argv[i]) {
      case '--sizes':
        options.sizes = list().map(Number)
        i++
        break
      case '--duration':
        options.duration = Number(value)
        i++
        break
      case '--connections':
        options.connections = list().map(Number)
        i++
        break
      case '--pages':
        options.pages = list()
        i++
        break
      case '--data':
        options.data = value
        i++
        break
      case '--snapshots':
        options.snapshots = value
        i++
        break
      default:
        throw new Error(`Onbekende optie ${argv[i]}`)
    }
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes: gehele getallen, bijvoorbeeld 100,1000')
  return options
}

const options = parseOptions(process.argv.slice(2))
const log = (message: string) => process.stderr.write(`${message}\n`)
const cacheMode = process.env.PAGE_CACHE === 'off' ? 'uit (PAGE_CACHE=off)' : 'standaard'

const dataDir = options.data ? path.resolve(options.data) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'))
fs.mkdirSync(dataDir, { recursive: true })
const secret = 'bench-secret-bench-secret-bench'
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dataDir, 'portal.db')}`,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: secret,
  DISABLE_PAYLOAD_HMR: 'true',
  LOG_LEVEL: 'fatal',
})

// A page of the benchmark: its name in the table and its address (an offering and an
// organisation are found once the data exists).
interface Page {
  name: string
  path: string
}

function pagesFor(offeringSlug: string, organisationSlug: string): Page[] {
  const all: Page[] = [
    { name: 'home', path: '/' },
    { name: 'aanbod', path: '/aanbod' },
    { name: 'aanbod-filters', path: '/aanbod?hulp=behandeling&doelgroep=autisme&leeftijd=16' },
    { name: 'aanbod-q', path: '/aanbod?q=begeleiding' },
    { name: 'aanbod-item', path: `/aanbod/${offeringSlug}` },
    { name: 'organisatie', path: `/organisaties/${organisationSlug}` },
    { name: 'agenda', path: '/agenda' },
    { name: 'routekaart', path: '/routekaart/jeugd?pad=1' },
    { name: 'zoeken', path: '/zoeken?q=autisme' },
    { name: 'sitemap', path: '/sitemap.xml' },
    // What a crawler fetches next: the first part of the offerings (1,000 URLs at 10,000).
    { name: 'sitemap-deel', path: '/sitemap.xml?bron=aanbod' },
    { name: 'aanbod-json', path: '/aanbod.json' },
  ]
  return options.pages ? all.filter((page) => options.pages!.includes(page.name)) : all
}

const browserHeaders = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  'accept-language': 'nl-NL,nl;q=0.9',
  'user-agent': 'bench-site (autocannon)',
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

// ---------------------------------------------------------------------------------------------
// The portal in a child process
// ---------------------------------------------------------------------------------------------

interface PortalProcess {
  url: string
  pid: number
  stop: () => Promise<void>
}

async function startPortal(): Promise<PortalProcess> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  const child: ChildProcess = spawnPortal({
    env: { ...process.env, PORT: String(port), SERVER_URL: url, PORTAL_SKIP_BUILD: '1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const started = performance.now()
  /** Waits until the server has printed `text`; stops the run if it exits or takes 10 minutes. */
  const waitFor = async (text: string, what: string) => {
    while (!output.includes(text)) {
      if (child.exitCode !== null) throw new Error(`De server stopte ${what}:\n${output}`)
      if (performance.now() - started > 600_000) throw new Error(`De server was niet binnen 10 minuten klaar ${what}:\n${output}`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  await waitFor('Portaal draait op', 'bij het starten')
  log(`  server gestart in ${((performance.now() - started) / 1000).toFixed(1)} s (pid ${child.pid})`)
  // Measure the steady state: the Pagefind rebuild after the start runs in a worker and would
  // share the two cores with the first page measured (src/scripts/bench/searchStartup.ts measures the start).
  await waitFor('Zoekindex opgebouwd', 'met het opbouwen van de zoekindex')
  log(`  zoekindex opgebouwd na ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
  }
}

function rssMegabytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
  } catch {
    return 0
  }
}

function cpuTicks(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return Number(fields[11]) + Number(fields[12])
  } catch {
    return 0
  }
}

/**
 * Waits until the server has stopped working (less than 10 % of a core for a second): requests
 * the load generator gave up on may still be rendering, and would slow the next measurement.
 */
async function waitUntilIdle(pid: number): Promise<void> {
  const deadline = performance.now() + 300_000
  let quiet = 0
  let last = cpuTicks(pid)
  while (quiet < 2 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    const now = cpuTicks(pid)
    quiet = now - last < 5 ? quiet + 1 : 0
    last = now
  }
}

// ---------------------------------------------------------------------------------------------
// The static limit: the same bytes from memory, in a worker thread (its own event loop)
// ---------------------------------------------------------------------------------------------

interface StaticPage {
  path: string
  contentType: string
  identity: Buffer
  gzip: Buffer
  br: Buffer
}

const staticServerSource = `
const http = require('node:http')
const { parentPort, workerData } = require('node:worker_threads')
const pages = new Map(workerData.pages.map((page) => [page.path, page]))
const server = http.createServer((req, res) => {
  const page = pages.get(req.url)
  if (!page) { res.writeHead(404); return res.end() }
  const accepted = String(req.headers['accept-encoding'] || '')
  const encoding = /\\bbr\\b/.test(accepted) ? 'br' : /\\bgzip\\b/.test(accepted) ? 'gzip' : undefined
  const body = Buffer.from(encoding ? page[encoding] : page.identity)
  const headers = { 'content-type': page.contentType, 'content-length': body.length, vary: 'Accept-Encoding', 'cache-control': 'public, max-age=300' }
  if (encoding) headers['content-encoding'] = encoding
  res.writeHead(200, headers)
  res.end(body)
})
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
`

async function startStaticServer(pages: StaticPage[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const worker = new Worker(staticServerSource, { eval: true, workerData: { pages } })
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  return { url: `http://127.0.0.1:${port}`, stop: async () => void (await worker.terminate()) }
}

async function capture(url: string, page: Page): Promise<StaticPage> {
  const response = await fetch(url + page.path, { headers: { ...browserHeaders, 'accept-encoding': 'identity' }, redirect: 'manual' })
  const identity = Buffer.from(await response.arrayBuffer())
  if (response.status !== 200) throw new Error(`${page.path} gaf ${response.status}: ${identity.toString('utf8').slice(0, 500)}`)
  return {
    path: page.path,
    contentType: response.headers.get('content-type') ?? 'text/html; charset=utf-8',
    identity,
    gzip: zlib.gzipSync(identity, { level: 9 }),
    br: zlib.brotliCompressSync(identity),
  }
}

// ---------------------------------------------------------------------------------------------
// Load
// ---------------------------------------------------------------------------------------------

interface Measurement {
  /** Server CPU time (user + system) per completed request: less sensitive to a busy machine. */
  cpuMsPerRequest?: number
  requestsPerSecond: number
  /** Requests answered within the measurement (0: none came back in time). */
  completed: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

async function load(url: string, connections: number, serverPid?: number): Promise<Measurement> {
  const ticksBefore = serverPid ? cpuTicks(serverPid) : 0
  const result = await autocannon({ url, connections, duration: options.duration, headers: browserHeaders, timeout: 30 })
  const ticks = serverPid ? cpuTicks(serverPid) - ticksBefore : 0
  return {
    cpuMsPerRequest: serverPid && result.requests.total > 0 ? (ticks * 10) / result.requests.total : undefined,
    requestsPerSecond: result.requests.average,
    completed: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

interface Row {
  size: number
  page: Page
  connections: number
  portal: Measurement
  staticLimit: Measurement
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

const rows: Row[] = []
const failed: { size: number; page: Page }[] = []
const peakRss = new Map<number, number>()

// ---------------------------------------------------------------------------------------------
// The database for a size: seeded once (a child process, through the Local API) and kept as a
// snapshot, so the next run (the cache off, the code before a change) measures the same data
// without seeding 10,000 offerings again.
// ---------------------------------------------------------------------------------------------

const databaseFiles = ['portal.db', 'portal.db-wal', 'portal.db-shm']

/** What a snapshot depends on: the schema (migrations) and the seed itself. */
function snapshotFingerprint(): string {
  const hash = crypto.createHash('sha1')
  const migrations = path.resolve('src/cms/migrations')
  for (const file of fs.readdirSync(migrations).sort()) hash.update(file).update(fs.readFileSync(path.join(migrations, file)))
  hash.update(fs.readFileSync(path.resolve('src/scripts/bench/siteSeed.ts')))
  for (const folder of ['content/organisations', 'content/offerings']) hash.update(fs.readdirSync(path.resolve(folder)).sort().join(','))
  return hash.digest('hex').slice(0, 12)
}

interface Seeded {
  offeringSlug: string
  organisationSlug: string
}

async function prepareDatabase(size: number): Promise<Seeded> {
  const snapshot = path.join(options.snapshots, `${snapshotFingerprint()}-${size}`)
  const meta = path.join(snapshot, 'seeded.json')
  if (fs.existsSync(meta)) {
    for (const file of databaseFiles) {
      fs.rmSync(path.join(dataDir, file), { force: true })
      if (fs.existsSync(path.join(snapshot, file))) fs.copyFileSync(path.join(snapshot, file), path.join(dataDir, file))
    }
    log(`  database uit ${snapshot}`)
    return JSON.parse(fs.readFileSync(meta, 'utf8')) as Seeded
  }
  const started = performance.now()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/bench/siteSeed.ts', String(size)], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] })
  child.stdout?.on('data', (chunk) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const line = output.split('\n').find((text) => text.startsWith('BENCH_SEED '))
  if (code !== 0 || !line) throw new Error(`Vullen van de database mislukt (code ${code}):\n${output}`)
  const seeded = JSON.parse(line.slice('BENCH_SEED '.length)) as Seeded
  fs.mkdirSync(snapshot, { recursive: true })
  for (const file of databaseFiles) if (fs.existsSync(path.join(dataDir, file))) fs.copyFileSync(path.join(dataDir, file), path.join(snapshot, file))
  fs.writeFileSync(meta, JSON.stringify(seeded))
  log(`  database gevuld in ${((performance.now() - started) / 1000).toFixed(0)} s, bewaard in ${snapshot}`)
  return seeded
}

log(`Site-benchmark: ${options.sizes.join(', ')} aanbiedingen, ${options.connections.join(' en ')} verbindingen, ${options.duration} s per meting, paginacache ${cacheMode}`)
log(`Database en data in ${dataDir}`)
try {
  for (const size of [...options.sizes].sort((a, b) => a - b)) {
    log(`\nN = ${size}`)
    const { offeringSlug, organisationSlug } = await prepareDatabase(size)
    const pages = pagesFor(offeringSlug, organisationSlug)

    const portal = await startPortal()
    const sampler = setInterval(() => peakRss.set(size, Math.max(peakRss.get(size) ?? 0, rssMegabytes(portal.pid))), 250)
    try {
      const captured: StaticPage[] = []
      const measurable: Page[] = []
      for (const page of pages) {
        try {
          captured.push(await capture(portal.url, page))
          await capture(portal.url, page) // warm: JIT, connection pools, first read of each query
          measurable.push(page)
        } catch (error) {
          log(`  ${page.name}: niet op te halen, niet gemeten (${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)})`)
          failed.push({ size, page })
        }
      }
      const staticServer = await startStaticServer(captured)
      try {
        for (const page of measurable) {
          for (const connections of options.connections) {
            await waitUntilIdle(portal.pid)
            const measured = await load(portal.url + page.path, connections, portal.pid)
            const staticLimit = await load(staticServer.url + page.path, connections)
            rows.push({ size, page, connections, portal: measured, staticLimit })
            log(
              `  ${page.name.padEnd(14)} ${String(connections).padStart(2)} verb.: ${measured.requestsPerSecond.toFixed(0).padStart(6)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, CPU ${measured.cpuMsPerRequest?.toFixed(2) ?? '–'} ms/req (statisch ${staticLimit.requestsPerSecond.toFixed(0)} req/s)`,
            )
          }
        }
      } finally {
        await staticServer.stop()
      }
    } finally {
      clearInterval(sampler)
      await portal.stop()
    }
  }
} finally {
  if (!options.data) fs.rmSync(dataDir, { recursive: true, force: true })
}

// ---------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------

const format = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
const lines: string[] = []
lines.push(
  `Paginacache: ${cacheMode}; ${options.duration} s per meting; ${os.cpus().length} cores, belasting ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; Node ${process.version}; ${new Date().toISOString().slice(0, 16)}`,
)
lines.push('')
lines.push('| N | pagina | verb. | req/s | p50 ms | p99 ms | fouten | CPU ms/req | statisch req/s | statisch p50 ms | % van statisch | RSS MB |')
lines.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for (const row of rows) {
  const share = (row.portal.requestsPerSecond / Math.max(1, row.staticLimit.requestsPerSecond)) * 100
  lines.push(
    `| ${row.size} | ${row.page.name} | ${row.connections} | ${format(row.portal.requestsPerSecond)} | ${row.portal.p50} | ${row.portal.p99} | ${row.portal.errors + row.portal.non2xx} | ${row.portal.cpuMsPerRequest === undefined ? '–' : format(row.portal.cpuMsPerRequest)} | ${format(row.staticLimit.requestsPerSecond)} | ${row.staticLimit.p50} | ${format(share)} | ${(peakRss.get(row.size) ?? 0).toFixed(0)} |`,
  )
}

for (const { size, page } of failed) lines.push(`| ${size} | ${page.name} | – | niet op te halen | | | | | | | | ${(peakRss.get(size) ?? 0).toFixed(0)} |`)

// The targets of issue 15, at the largest size and 16 connections.
const largest = Math.max(...options.sizes)
const smallest = Math.min(...options.sizes)
const baseConnections = options.connections.includes(16) ? 16 : options.connections[0]
const at = (size: number, name: string) => rows.find((row) => row.size === size && row.page.name === name && row.connections === baseConnections)
lines.push('')
lines.push(`Doelen bij N = ${largest}, ${baseConnections} verbindingen: p50 ≤ 10 ms, p99 ≤ 100 ms, ≥ 25 % van statisch, p50 ≤ 1,5 × p50 bij N = ${smallest}, RSS ≤ 600 MB`)
for (const name of [...new Set(rows.map((row) => row.page.name))]) {
  const row = at(largest, name)
  if (!row) continue
  const small = at(smallest, name)
  const share = (row.portal.requestsPerSecond / Math.max(1, row.staticLimit.requestsPerSecond)) * 100
  const growth = small && small !== row ? row.portal.p50 / Math.max(small.portal.p50, 1) : undefined
  if (row.portal.completed === 0) {
    lines.push(`- ${name}: geen enkel antwoord binnen ${options.duration} s TE TRAAG`)
    continue
  }
  const verdicts = [
    row.portal.p50 <= 10 ? 'p50 ok' : 'p50 TE HOOG',
    row.portal.p99 <= 100 ? 'p99 ok' : 'p99 TE HOOG',
    share >= 25 ? 'aandeel ok' : 'aandeel TE LAAG',
    growth === undefined ? '' : growth <= 1.5 ? 'groei ok' : `groei ${growth.toFixed(1)}× TE HOOG`,
  ].filter(Boolean)
  lines.push(`- ${name}: ${verdicts.join(', ')}`)
}
const rss = peakRss.get(largest) ?? 0
lines.push(`- RSS: ${rss.toFixed(0)} MB ${rss <= 600 ? 'ok' : 'TE HOOG'}`)
console.log(lines.join('\n'))
