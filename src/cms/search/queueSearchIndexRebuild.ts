import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { lastBuildDuration } from './searchIndex'

/** Seconds between a change and the rebuild: edits within this window share one rebuild. */
const DEBOUNCE_MS = 2_000
/** The longest wait: an edit reaches the browser's search within about a minute at any size. */
const MAX_WAIT_MS = 60_000

type Versioned = { _status?: string | null } | undefined

async function queueRebuild(req: PayloadRequest): Promise<void> {
  // In the request's transaction: the job exists only if the change is committed, and the
  // rebuild then reads the committed state.
  await req.payload.jobs.queue({
    task: 'rebuildSearchIndex',
    input: {},
    // Bounded: at least as long as the last build took, so a stream of edits keeps the indexer
    // busy at most half the time, whatever the size of the site.
    waitUntil: new Date(Date.now() + Math.min(MAX_WAIT_MS, Math.max(DEBOUNCE_MS, lastBuildDuration()))),
    req,
  })
}

/**
 * After a change to searched content, queue a rebuild of the search index (the job
 * rebuildSearchIndex). Saving a draft of something never published changes nothing public,
 * so it does not queue one (this also keeps autosave from flooding the queue).
 */
export const queueSearchIndexRebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const wasPublic = (previousDoc as Versioned)?._status === 'published'
  const isPublic = (doc as Versioned)?._status === 'published'
  const hasDrafts = (doc as Versioned)?._status !== undefined
  if (!hasDrafts || isPublic || wasPublic) await queueRebuild(req)
  return doc
}

export const queueSearchIndexRebuildAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await queueRebuild(req)
}
