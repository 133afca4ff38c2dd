import type { Payload } from 'payload'
import { freshDatabase } from './database'

export interface TestPayload {
  payload: Payload
  dataDir: string
  close: () => Promise<void>
}

/**
 * Boots Payload (the real config) on a fresh database for one test file. The environment is
 * set before the config is imported, because src/env.ts reads it once at import time.
 */
export async function startTestPayload(env: Record<string, string> = {}): Promise<TestPayload> {
  const database = freshDatabase()
  Object.assign(process.env, {
    DATABASE_URI: database.uri,
    DATA_DIR: database.dataDir,
    PAYLOAD_SECRET: 'test-secret-test-secret-test-secret',
    DISABLE_PAYLOAD_HMR: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
    ...env,
  })
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir: database.dataDir,
    close: async () => {
      if (database.uri.startsWith('mongodb')) await payload.db.connection?.dropDatabase?.()
      await payload.destroy()
      database.remove()
    },
  }
}
