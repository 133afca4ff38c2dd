/**
 * The routekaart's anonymous view counts, kept in memory and written in batches: a page view
 * adds one to a number in memory and never waits for the database; a flush every few seconds
 * (and on every read of the counters, and on shutdown) adds the batch to the stored rows.
 *
 * Pure: the writer is handed in (the site writes through Payload), so the batching and its
 * promise to lose no count can be tested without a database.
 */

/** What one counter counts: views of a step on a day, reached from a step (or from nothing). */
export interface StepView {
  routeMapId: string
  network: string
  day: string
  stepKey: string
  fromStepKey?: string
}

/** A counter's key: a string, so that it can travel in a header and be a Map key. */
export function stepViewKey(view: StepView): string {
  return JSON.stringify([view.routeMapId, view.network, view.day, view.stepKey, view.fromStepKey ?? null])
}

export function parseStepViewKey(key: string): StepView | undefined {
  try {
    const parsed: unknown = JSON.parse(key)
    if (!Array.isArray(parsed) || parsed.length !== 5) return undefined
    const [routeMapId, network, day, stepKey, fromStepKey] = parsed as unknown[]
    if (![routeMapId, network, day, stepKey].every((part) => typeof part === 'string' && part.length > 0 && part.length <= 200)) return undefined
    if (fromStepKey !== null && (typeof fromStepKey !== 'string' || fromStepKey.length > 200)) return undefined
    return { routeMapId, network, day, stepKey, fromStepKey: fromStepKey ?? undefined } as StepView
  } catch {
    return undefined
  }
}

/**
 * Set (in Payload's request context) on the reads and writes of a flush, so the counters' read
 * hook, which flushes first so that coordinators see every view, does not wait for the flush it
 * is part of.
 */
export const STEP_VIEW_FLUSH_CONTEXT = 'stepViewFlush'

export interface BatchedCounter {
  /** Counts `n` (default 1) for `key`; returns at once. */
  add: (key: string, n?: number) => void
  /** Writes everything counted so far; resolves once it is stored (or has failed and is kept). */
  flush: () => Promise<void>
  /** Stops the timer and writes what is left; counts added later are written by `flush` only. */
  close: () => Promise<void>
  /** Counts not yet written (for tests and the shutdown log). */
  pending: () => number
}

export interface BatchedCounterOptions {
  /**
   * Stores a batch. Deletes each key from `counts` once it is stored: on an error the keys left
   * in `counts` are kept for the next flush, so a failure delays counts but loses none.
   */
  write: (counts: Map<string, number>) => Promise<void>
  intervalMs?: number
  onError?: (error: unknown) => void
}

export function createBatchedCounter({ write, intervalMs = 3000, onError = () => {} }: BatchedCounterOptions): BatchedCounter {
  let pending = new Map<string, number>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let closed = false
  // One flush at a time: two would both read a stored row and write the same sum.
  let flushing: Promise<void> = Promise.resolve()

  const writeBatch = async () => {
    if (pending.size === 0) return
    const batch = pending
    pending = new Map()
    try {
      await write(batch)
    } catch (error) {
      onError(error)
    } finally {
      // Whatever the writer did not store goes back, added to what arrived in the meantime.
      for (const [key, n] of batch) pending.set(key, (pending.get(key) ?? 0) + n)
    }
  }

  const flush = () => {
    flushing = flushing.then(writeBatch)
    return flushing
  }

  const schedule = () => {
    if (timer || closed) return
    timer = setTimeout(() => {
      timer = undefined
      void flush().then(() => {
        if (pending.size > 0) schedule()
      })
    }, intervalMs)
    timer.unref?.()
  }

  return {
    add(key, n = 1) {
      pending.set(key, (pending.get(key) ?? 0) + n)
      schedule()
    },
    flush,
    async close() {
      closed = true
      if (timer) clearTimeout(timer)
      timer = undefined
      await flush()
    },
    pending: () => [...pending.values()].reduce((sum, n) => sum + n, 0),
  }
}

/**
 * The process's one step-view counter. On `globalThis`, like the public-content version: the
 * server, the admin's bundle and the site's bundle each load their own copy of this module, but
 * must count into (and flush) the same numbers.
 */
const KEY = Symbol.for('lvb-portal.stepViewCounter')
type Holder = typeof globalThis & { [KEY]?: { owner: unknown; counter: BatchedCounter } }

/**
 * The counter that writes through `owner` (the Payload instance), created on first use. A new
 * owner (a restarted instance, the next test file) gets a new counter; the old one is flushed.
 */
export function stepViewCounterFor(owner: unknown, create: () => BatchedCounter): BatchedCounter {
  const holder = globalThis as Holder
  const current = holder[KEY]
  if (current && current.owner === owner) return current.counter
  void current?.counter.close()
  const counter = create()
  holder[KEY] = { owner, counter }
  return counter
}

/** The counter in use, if any page counted a view yet. */
export function currentStepViewCounter(): BatchedCounter | undefined {
  return (globalThis as Holder)[KEY]?.counter
}

/** Writes what is left and forgets the counter (on shutdown, before the database closes). */
export async function closeStepViewCounter(): Promise<void> {
  const holder = globalThis as Holder
  const current = holder[KEY]
  delete holder[KEY]
  await current?.counter.close()
}
