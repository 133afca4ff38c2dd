import type { TaskConfig } from 'payload'
import { rebuildSearchIndex } from './searchIndex'

export const REBUILD_SEARCH_INDEX = 'rebuildSearchIndex'

/**
 * Rebuilds the site's search index from the database. Queued by the hook
 * queueSearchIndexRebuild after every change to searched content; Payload's concurrency control
 * makes it a debounce: a newly queued rebuild replaces the ones still waiting (`supersedes`),
 * and two never run at once (`exclusive`), so a burst of edits costs one or two builds.
 */
export const rebuildSearchIndexTask: TaskConfig<{ input: object; output: { records: number } }> = {
  slug: REBUILD_SEARCH_INDEX,
  label: 'Zoekindex opnieuw opbouwen',
  inputSchema: [],
  outputSchema: [{ name: 'records', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 10_000 } },
  concurrency: { key: () => REBUILD_SEARCH_INDEX, exclusive: true, supersedes: true },
  handler: async ({ req }) => {
    const { records } = await rebuildSearchIndex(req.payload)
    return { output: { records } }
  },
}
