/**
 * `npx tsx src/scripts/bench/searchStartup.ts [N]`: what the search index costs the server's
 * start at N published offerings (default 10,000). Seeds a temporary database once (kept in
 * BENCH_SEARCH_DIR when set, so runs before and after a change share it), starts the real
 * server (`src/scripts/start.ts`, builds must exist) and prints:
 *   - time from spawn until the server listens and until a first page is answered,
 *   - time until the Pagefind index build has finished,
 *   - the slowest of the requests made while the build ran,
 *   - the RSS of the server and of every process it started, right after the build and later.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchOffering } from './searchData'
import { spawnPortal } from './spawnPortal'

const total = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const keptDir = process.env.BENCH_SEARCH_DIR
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-start-'))
const databaseUri = `file:${path.join(dataDir, 'bench.db')}`
const env: Record<string, string> = {
  DATABASE_URI: databaseUri,
  DATA_DIR: dataDir,
  PAYLOAD_SECRET: 'bench-secret-bench-secret-bench',
  DISABLE_PAYLOAD_HMR: 'true',
  LOG_LEVEL: 'warn',
  NODE_ENV: 'production',
}

async function seed(): Promise<void> {
  if (fs.existsSync(path.join(dataDir, 'seeded'))) return
  Object.assign(process.env, env)
  const { default: config } = await import('../../../payload.config')
  const { getPayload, createLocalReq, initTransaction, commitTransaction } = await import('payload')
  const { ensureContent } = await import('../../server/content/ensureContent')
  const payload = await getPayload({ config })
  await ensureContent(payload, { log: () => undefined })
  const organisation = await payload.create({
    collection: 'organisations',
    overrideAccess: true,
    depth: 0,
    data: { name: 'Benchmarkorganisatie', membershipStatus: 'lid', networks: ['jeugd', 'volwassenen'], _status: 'published' },
  })
  const started = performance.now()
  for (let from = 0; from < total; from += 500) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let i = from; i < Math.min(total, from + 500); i++) {
      await payload.create({
        collection: 'offerings',
        overrideAccess: true,
        depth: 0,
        req,
        data: { ...benchOffering(i), organisation: organisation.id, _status: 'published' },
      })
    }
    await commitTransaction(req)
    process.stdout.write(`\r${Math.min(total, from + 500)} aanbod aangemaakt`)
  }
  console.log(` in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
  await payload.destroy()
  fs.writeFileSync(path.join(dataDir, 'seeded'), String(total))
}

/** RSS in MB of a process and all its descendants (Linux /proc). */
function treeRss(rootPid: number): { server: number; others: number } {
  const children = new Map<number, number[]>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)])
    } catch {
      // The process ended meanwhile.
    }
  }
  const rss = (pid: number) => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      return match ? Number(match[1]) / 1024 : 0
    } catch {
      return 0
    }
  }
  // tsx starts node as a child: the server is the deepest node process with the most memory.
  const all: number[] = []
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      all.push(child)
      walk(child)
    }
  }
  walk(rootPid)
  const sizes = all.map((pid) => ({ pid, rss: rss(pid), name: fs.existsSync(`/proc/${pid}/comm`) ? fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() : '' }))
  const server = sizes.filter((p) => p.name.startsWith('node')).sort((a, b) => b.rss - a.rss)[0]
  const others = sizes.filter((p) => p !== server && !p.name.startsWith('node') && !p.name.startsWith('sh')).reduce((sum, p) => sum + p.rss, 0)
  return { server: server?.rss ?? 0, others }
}

async function main(): Promise<void> {
  console.log(`Zoekindex bij de start: ${total} aanbod, database ${dataDir}`)
  await seed()
  if (process.argv.includes('--seed-only')) return
  const port = 3900 + Math.floor(Math.random() * 90)
  const url = `http://127.0.0.1:${port}`
  const spawnedAt = performance.now()
  const child = spawnPortal({
    env: { ...process.env, ...env, LOG_LEVEL: 'info', PORT: String(port), SERVER_URL: url, PORTAL_SKIP_BUILD: '1', PORTAL_MODE: '' } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const seen: Record<string, number> = {}
  const watch = (chunk: Buffer) => {
    output += chunk
    for (const [key, pattern] of [['listening', /Portaal draait op/], ['indexed', /Zoekindex opgebouwd/]] as const) {
      if (seen[key] === undefined && pattern.test(output)) seen[key] = performance.now() - spawnedAt
    }
  }
  child.stdout?.on('data', watch)
  child.stderr?.on('data', watch)
  const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`)

  try {
    // The first answered request, polled from the moment of the spawn.
    let firstAnswer: number | undefined
    const latencies: number[] = []
    const deadline = performance.now() + 600_000
    while (performance.now() < deadline && (firstAnswer === undefined || seen.indexed === undefined)) {
      if (child.exitCode !== null) throw new Error(`De server stopte:\n${output}`)
      const started = performance.now()
      try {
        const response = await fetch(`${url}/zoeken?q=autisme`, { signal: AbortSignal.timeout(60_000) })
        await response.text()
        if (response.ok) {
          firstAnswer ??= performance.now() - spawnedAt
          if (seen.indexed === undefined) latencies.push(performance.now() - started)
        }
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    const afterBuild = treeRss(child.pid!)
    await new Promise((resolve) => setTimeout(resolve, 10_000))
    const later = treeRss(child.pid!)
    latencies.sort((a, b) => a - b)
    const rows = [
      ['server luistert', seconds(seen.listening)],
      ['eerste antwoord (/zoeken?q=autisme)', seconds(firstAnswer)],
      ['Pagefind-index klaar', seconds(seen.indexed)],
      ['verzoeken tijdens de indexbouw', `${latencies.length}, p50 ${(latencies[Math.floor(latencies.length / 2)] ?? 0).toFixed(0)} ms, max ${(latencies.at(-1) ?? 0).toFixed(0)} ms`],
      ['RSS direct na de indexbouw', `server ${afterBuild.server.toFixed(0)} MB, andere processen ${afterBuild.others.toFixed(0)} MB`],
      ['RSS 10 s later', `server ${later.server.toFixed(0)} MB, andere processen ${later.others.toFixed(0)} MB`],
    ]
    for (const [label, value] of rows) console.log(`${label.padEnd(40)} ${value}`)
  } finally {
    child.kill('SIGTERM')
    await new Promise((resolve) => child.once('exit', resolve))
    if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
