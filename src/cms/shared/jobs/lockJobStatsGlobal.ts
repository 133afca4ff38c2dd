import type { Payload } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { nobody } from '../access/nobody'

/**
 * Scheduled tasks (the event reminders) make Payload add its `payload-jobs-stats` global, where
 * the scheduler keeps when each task was last queued. Payload gives it the default access (any
 * logged-in account, professionals included, may read and change it), and changing it could stop
 * the reminders. The scheduler writes it through the database adapter, not the API, so the API
 * may refuse everyone: admins may look, nobody may change it. The global only exists after
 * sanitising the config, hence this runs on init.
 */
export function lockJobStatsGlobal(payload: Payload): void {
  const global = payload.config.globals.find((candidate) => candidate.slug === 'payload-jobs-stats')
  if (!global) return
  global.access = { ...global.access, read: isAdmin, readVersions: nobody, update: nobody }
}
