import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { collectSearchRecords } from '../../domain/search/sources'
import type { SearchRecord } from '../../domain/search/records'
import { dataDir } from '../../env'

/**
 * The Pagefind index of the public site, built from the database (not from built HTML: the
 * site is rendered on request). Layout in the data folder:
 *
 *   search/builds/<id>/   one complete Pagefind bundle per build
 *   search/pagefind       a symlink to the current build, served at /pagefind/ by src/server.ts
 *
 * A build is written in full into its own folder, then the symlink is replaced with rename(2),
 * which is atomic: a search sees the old index or the new one, never a half-written one.
 * Earlier builds stay for an hour, because a page opened before the swap still loads index
 * chunks (content-hashed file names) of the build it started with.
 *
 * The records are read in chunks (other requests run in between) and indexed in a worker thread
 * (pagefindWorker.mjs) whose Pagefind binary is closed after each build: a rebuild of 10,000
 * records neither blocks requests nor leaves a process behind.
 */

const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000

export function searchDir(root = dataDir): string {
  return path.join(root, 'search')
}

/** Reads every public document as an anonymous visitor would: access rules apply, no user. */
export async function readPublicSearchRecords(payload: Payload): Promise<SearchRecord[]> {
  return collectSearchRecords(async (query) => (await payload.find(query as Parameters<Payload['find']>[0])).docs)
}

// One build at a time per process: the start-up build and a queued rebuild may overlap.
let running: Promise<unknown> = Promise.resolve()

/**
 * Builds the index from the database and makes it current; resolves with the record count.
 * `records`: the public records when the caller already has them (the start, from the server
 * search's index): the database is then not read a second time.
 */
export function rebuildSearchIndex(payload: Payload, options: { root?: string; records?: SearchRecord[] } = {}): Promise<{ records: number; path: string }> {
  const next = running.then(() => build(payload, searchDir(options.root), options.records))
  running = next.catch(() => undefined)
  return next
}

// Kept on globalThis: the build runs in the server's copy of this module, the hook that queues
// the next one may run in the admin's bundle (its own copy), in the same process.
const LAST_BUILD = Symbol.for('lvb-portal.searchIndexLastBuildMs')
type BuildClock = typeof globalThis & { [LAST_BUILD]?: number }

/** How long the last build in this process took (0 before the first). */
export function lastBuildDuration(): number {
  return (globalThis as BuildClock)[LAST_BUILD] ?? 0
}

async function build(payload: Payload, dir: string, given?: SearchRecord[]): Promise<{ records: number; path: string }> {
  const startedAt = Date.now()
  const records = given ?? (await readPublicSearchRecords(payload))
  const buildsDir = path.join(dir, 'builds')
  const id = `${Date.now()}-${crypto.randomBytes(4).toString('hex')}`
  const buildDir = path.join(buildsDir, id)
  fs.mkdirSync(buildsDir, { recursive: true })

  try {
    await indexInWorker(records, buildDir)
  } catch (error) {
    fs.rmSync(buildDir, { recursive: true, force: true })
    throw error
  }

  swapCurrent(dir, id)
  removeOldBuilds(buildsDir, id)
  ;(globalThis as BuildClock)[LAST_BUILD] = Date.now() - startedAt
  return { records: records.length, path: buildDir }
}

const BATCH = 500
const WORKER_FILE = ['src', 'cms', 'search', 'pagefindWorker.mjs'].join(path.sep)

/** Runs Pagefind in a worker thread over the records, writing the bundle to `outputPath`. */
async function indexInWorker(records: SearchRecord[], outputPath: string): Promise<number> {
  // A path from the working directory (the repository, for the server and the tests), and the
  // worker constructed without `new Worker(…)` syntax: the admin's bundle includes this module
  // (via the job list) but never builds an index, and Turbopack treats any `new Worker(…)` as
  // a worker entry point to bundle, which fails for a file outside its project.
  const workerThreads = await import('node:worker_threads')
  const workerFile = path.join(process.cwd(), WORKER_FILE)
  // The worker only passes records on to Pagefind's own process: a small young generation is
  // plenty, and keeps the portal's peak RSS at start-up down (V8's default reserves 32 MB).
  const worker: import('node:worker_threads').Worker = Reflect.construct(workerThreads.Worker, [
    workerFile,
    { workerData: { outputPath }, resourceLimits: { maxYoungGenerationSizeMb: 8 } },
  ])
  const done = new Promise<number>((resolve, reject) => {
    let settled = false
    worker.once('message', (message: { written?: number; error?: string }) => {
      settled = true
      if (message.error !== undefined) reject(new Error(message.error))
      else resolve(message.written ?? 0)
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`De zoekindex-worker stopte onverwacht (code ${code}).`))
    })
  })
  // Batch by batch, letting requests run between the copies into the worker.
  for (let from = 0; from < records.length; from += BATCH) {
    worker.postMessage({ records: records.slice(from, from + BATCH) })
    await new Promise((resolve) => setImmediate(resolve))
  }
  worker.postMessage({ write: true })
  return done
}

/** Points search/pagefind at the new build in one atomic rename. */
function swapCurrent(dir: string, id: string): void {
  const link = path.join(dir, 'pagefind')
  const temporary = path.join(dir, `pagefind-${id}.tmp`)
  // Windows only allows directory junctions to absolute paths; elsewhere a relative link keeps
  // the data folder movable.
  const windows = process.platform === 'win32'
  fs.symlinkSync(windows ? path.join(dir, 'builds', id) : path.join('builds', id), temporary, windows ? 'junction' : 'dir')
  // A real folder in the link's place (not expected, but possible after manual copying) cannot
  // be replaced by rename; remove it first.
  const existing = fs.lstatSync(link, { throwIfNoEntry: false })
  if (existing && !existing.isSymbolicLink()) fs.rmSync(link, { recursive: true, force: true })
  fs.renameSync(temporary, link)
}

function removeOldBuilds(buildsDir: string, currentId: string): void {
  const now = Date.now()
  for (const name of fs.readdirSync(buildsDir)) {
    if (name === currentId) continue
    const createdAt = Number(name.split('-')[0])
    if (Number.isFinite(createdAt) && now - createdAt < KEEP_OLD_BUILDS_MS) continue
    fs.rmSync(path.join(buildsDir, name), { recursive: true, force: true })
  }
}
