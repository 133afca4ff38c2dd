/**
 * A bound on the work done at once: at most `maxActive` renders run, at most `maxQueued` wait
 * for a turn (first come, first served), and none waits longer than `maxWaitMs`. Past that the
 * caller answers 503 with Retry-After instead of piling up work and memory. A waiter whose
 * client went away leaves the queue without ever starting.
 */
export interface LimiterOptions {
  maxActive: number
  maxQueued: number
  maxWaitMs: number
}

export type Turn = { kind: 'granted'; release: () => void } | { kind: 'busy' } | { kind: 'gone' }

export interface Limiter {
  /** Waits for a turn; `gone` aborts the wait (the client left). Call `release` when done. */
  acquire: (gone?: AbortSignal) => Promise<Turn>
  readonly active: number
  readonly queued: number
}

interface Waiter {
  grant: (turn: Turn) => void
  cleanup: () => void
}

export function createLimiter({ maxActive, maxQueued, maxWaitMs }: LimiterOptions): Limiter {
  let active = 0
  const queue: Waiter[] = []

  const release = () => {
    active -= 1
    const next = queue.shift()
    if (next) {
      next.cleanup()
      active += 1
      next.grant(granted())
    }
  }

  const granted = (): Turn => {
    let released = false
    return {
      kind: 'granted',
      release: () => {
        if (released) return
        released = true
        release()
      },
    }
  }

  return {
    get active() {
      return active
    },
    get queued() {
      return queue.length
    },
    acquire(gone) {
      if (gone?.aborted) return Promise.resolve({ kind: 'gone' })
      if (active < maxActive) {
        active += 1
        return Promise.resolve(granted())
      }
      if (queue.length >= maxQueued) return Promise.resolve({ kind: 'busy' })
      return new Promise<Turn>((resolve) => {
        const leave = (turn: Turn) => {
          const index = queue.indexOf(waiter)
          if (index >= 0) queue.splice(index, 1)
          waiter.cleanup()
          resolve(turn)
        }
        const onGone = () => leave({ kind: 'gone' })
        const timer = setTimeout(() => leave({ kind: 'busy' }), maxWaitMs)
        const waiter: Waiter = {
          grant: resolve,
          cleanup: () => {
            clearTimeout(timer)
            gone?.removeEventListener('abort', onGone)
          },
        }
        gone?.addEventListener('abort', onGone, { once: true })
        queue.push(waiter)
      })
    },
  }
}

/** An AbortSignal that fires when the client of `res` goes away before the answer is complete. */
export function clientGone(res: { once: (event: 'close', listener: () => void) => unknown; writableFinished: boolean; destroyed: boolean }): AbortSignal {
  const controller = new AbortController()
  if (res.destroyed) controller.abort()
  else res.once('close', () => !res.writableFinished && controller.abort())
  return controller.signal
}
