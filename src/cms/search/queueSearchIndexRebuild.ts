import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { lastBuildDuration } from './searchIndex'

/** Seconds between a change and the rebuild: edits within this window share one rebuild. */
const DEBOUNCE_MS = 2_000
/** The longest wait: an edit reaches the browser's search within about a minute at any size. */
const MAX_WAIT_MS = 60_000

/** What the hook reads of a searched document: collections with drafts have `_status`. */
type Versioned = { id: string | number; _status?: string | null }

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
// Structural: added to every searched collection by the search index plugin.
export const queueSearchIndexRebuildAfterChange: CollectionAfterChangeHook<Versioned> = async ({ doc, previousDoc, req }) => {
  const wasPublic = previousDoc?._status === 'published'
  const isPublic = doc?._status === 'published'
  const hasDrafts = doc?._status !== undefined
  if (!hasDrafts || isPublic || wasPublic) await queueRebuild(req)
  return doc
}

// Generic: added to every searched collection; it reads nothing of the document.
export const queueSearchIndexRebuildAfterDelete: CollectionAfterDeleteHook = async ({ req }) => {
  await queueRebuild(req)
}
