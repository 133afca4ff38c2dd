import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * A fresh, empty database for one test file: a temporary SQLite file by default, or a new
 * database on the MongoDB server named in TEST_DATABASE_URI (mongodb://…), so the same suite
 * runs against either adapter.
 */
export function freshDatabase(): { uri: string; dataDir: string; remove: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-test-'))
  const remove = () => fs.rmSync(dataDir, { recursive: true, force: true })
  const base = process.env.TEST_DATABASE_URI
  if (base && /^mongodb(\+srv)?:\/\//.test(base)) {
    const url = new URL(base)
    url.pathname = `/portal-test-${crypto.randomBytes(6).toString('hex')}`
    return { uri: url.toString(), dataDir, remove }
  }
  return { uri: `file:${path.join(dataDir, 'portal.db')}`, dataDir, remove }
}
