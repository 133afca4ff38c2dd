import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { collectSearchRecords, visitorQuery } from '../../domain/search/sources'
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
 */

const KEEP_OLD_BUILDS_MS = 60 * 60 * 1000

export function searchDir(root = dataDir): string {
  return path.join(root, 'search')
}

/** Reads every public document as an anonymous visitor would: access rules apply, no user. */
export async function readPublicSearchRecords(payload: Payload): Promise<SearchRecord[]> {
  return collectSearchRecords(async (source) => {
    const result = await payload.find(visitorQuery(source) as Parameters<Payload['find']>[0])
    return result.docs
  })
}

// One build at a time per process: the start-up build and a queued rebuild may overlap.
let running: Promise<unknown> = Promise.resolve()

/** Builds the index from the database and makes it current; resolves with the record count. */
export function rebuildSearchIndex(payload: Payload, options: { root?: string } = {}): Promise<{ records: number; path: string }> {
  const next = running.then(() => build(payload, searchDir(options.root)))
  running = next.catch(() => undefined)
  return next
}

async function build(payload: Payload, dir: string): Promise<{ records: number; path: string }> {
  const records = await readPublicSearchRecords(payload)
  const buildsDir = path.join(dir, 'builds')
  const id = `${Date.now()}-${crypto.randomBytes(4).toString('hex')}`
  const buildDir = path.join(buildsDir, id)
  fs.mkdirSync(buildsDir, { recursive: true })

  // Imported here, not at the top: the admin's Next bundle loads this module too (via the job
  // list) but never builds an index, and need not bundle Pagefind's native binary wrapper.
  const pagefind = await import('pagefind')
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`)
  try {
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language: 'nl',
        meta: { title: record.title, type: record.typeLabel, summary: record.summary },
        filters: { type: [record.type] },
      })
      if (added.errors.length > 0) throw new Error(`Pagefind weigerde ${record.url}: ${added.errors.join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: buildDir })
    if (written.errors.length > 0) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`)
  } catch (error) {
    fs.rmSync(buildDir, { recursive: true, force: true })
    throw error
  } finally {
    await index.deleteIndex()
  }

  swapCurrent(dir, id)
  removeOldBuilds(buildsDir, id)
  return { records: records.length, path: buildDir }
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
