import { describe, expect, it } from 'vitest'
import { createBatchedCounter, parseStepViewKey, stepViewKey } from '../../src/domain/routeMaps/stepViewCounter'

/** A store that adds batches like the database rows do, and can be told to fail or to stall. */
function store() {
  const stored = new Map<string, number>()
  let failNext = false
  let stall: Promise<void> | undefined
  return {
    stored,
    failOnce: () => (failNext = true),
    stallWith: (gate: Promise<void>) => (stall = gate),
    write: async (counts: Map<string, number>) => {
      if (stall) await stall
      for (const [key, n] of counts) {
        if (failNext) {
          failNext = false
          throw new Error('database weg')
        }
        stored.set(key, (stored.get(key) ?? 0) + n)
        counts.delete(key)
      }
    },
  }
}

describe('the batched step-view counter', () => {
  it('counts in memory and writes the sum per key in one flush', async () => {
    const db = store()
    const counter = createBatchedCounter({ write: db.write, intervalMs: 60_000 })
    for (let i = 0; i < 5; i++) counter.add('a')
    counter.add('b', 3)
    expect(db.stored.size).toBe(0)
    expect(counter.pending()).toBe(8)
    await counter.flush()
    expect(Object.fromEntries(db.stored)).toEqual({ a: 5, b: 3 })
    expect(counter.pending()).toBe(0)
    await counter.close()
  })

  it('keeps what a failed write did not store and writes it with the next flush', async () => {
    const db = store()
    const counter = createBatchedCounter({ write: db.write, intervalMs: 60_000 })
    counter.add('a', 2)
    counter.add('b', 4)
    db.failOnce()
    await counter.flush()
    expect(counter.pending()).toBe(6)
    counter.add('a')
    await counter.flush()
    expect(Object.fromEntries(db.stored)).toEqual({ a: 3, b: 4 })
    await counter.close()
  })

  it('loses no count that arrives while a flush is writing, nor at close', async () => {
    const db = store()
    const counter = createBatchedCounter({ write: db.write, intervalMs: 5 })
    let open!: () => void
    db.stallWith(new Promise<void>((resolve) => (open = resolve)))
    let added = 0
    for (let i = 0; i < 50; i++, added++) counter.add(`stap-${i % 7}`)
    const flushing = counter.flush()
    // These arrive during the (stalled) write of the first batch.
    for (let i = 0; i < 30; i++, added++) counter.add(`stap-${i % 3}`)
    open()
    await flushing
    for (let i = 0; i < 20; i++, added++) counter.add('laatste')
    await counter.close()
    expect([...db.stored.values()].reduce((sum, n) => sum + n, 0)).toBe(added)
    expect(counter.pending()).toBe(0)
  })

  it('flushes by itself after the interval', async () => {
    const db = store()
    const counter = createBatchedCounter({ write: db.write, intervalMs: 10 })
    counter.add('a')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(db.stored.get('a')).toBe(1)
    await counter.close()
  })
})

describe('a step-view key', () => {
  it('round-trips, with and without a previous step', () => {
    const view = { routeMapId: 'm1', network: 'jeugd', day: '2026-11-30', stepKey: 'start' }
    expect(parseStepViewKey(stepViewKey(view))).toEqual({ ...view, fromStepKey: undefined })
    expect(parseStepViewKey(stepViewKey({ ...view, fromStepKey: 'vorige' }))).toEqual({ ...view, fromStepKey: 'vorige' })
  })

  it('refuses anything else', () => {
    for (const bad of ['', 'x', '[]', '["a","b","c","d"]', '[1,2,3,4,5]', '["a","b","c","",null]', `["a","b","c","${'x'.repeat(300)}",null]`]) {
      expect(parseStepViewKey(bad)).toBeUndefined()
    }
  })
})
