import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { isMongoUri } from '../env'
import { migrations } from './migrations'

/** MongoDB for mongodb:// and mongodb+srv:// URIs, otherwise the embedded SQLite file. */
export function databaseAdapter(uri: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) return mongooseAdapter({ url: uri })

  const file = uri.replace(/^file:/, '')
  if (uri.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url: uri },
    idType: 'uuid',
    // The site and the job runner share the file: WAL lets readers go on while a job writes.
    // NORMAL (SQLite's advice for WAL) syncs the disk at checkpoints, not at every commit: a
    // commit survives a crash of the process, only an OS crash or power cut can undo the last
    // ones. With FULL every write waited for the disk: 5-13 ms here, which capped the
    // newsletter's one checkpoint write per mail at well under 100 mails/s.
    wal: { synchronous: 'NORMAL' },
    busyTimeout: 5000,
    migrationDir: path.resolve('src/cms/migrations'),
    // In production the schema comes only from the shipped migrations, run on start.
    push: process.env.NODE_ENV !== 'production',
    prodMigrations: migrations,
  })
}
