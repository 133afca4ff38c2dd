import { describe, expect, it } from 'vitest'
import { createContentVersion } from '../../src/domain/contentVersion'

describe('the public content version', () => {
  it('grows with every change and tells each listener what changed', () => {
    const version = createContentVersion()
    const seen: unknown[] = []
    version.subscribe((change, at) => seen.push([change, at]))
    const before = version.current()
    const after = version.raise({ kind: 'document', collection: 'offerings', id: 'a', operation: 'change' })
    expect(after).toBeGreaterThan(before)
    expect(version.current()).toBe(after)
    expect(seen).toEqual([[{ kind: 'document', collection: 'offerings', id: 'a', operation: 'change' }, after]])
  })

  it('stops telling a listener once it unsubscribed', () => {
    const version = createContentVersion()
    let calls = 0
    const stop = version.subscribe(() => calls++)
    version.raise({ kind: 'external' })
    stop()
    version.raise({ kind: 'external' })
    expect(calls).toBe(1)
  })

  it('goes on to the next listener when one throws, and reports the error', () => {
    const errors: unknown[] = []
    const version = createContentVersion((error) => errors.push(error))
    let reached = false
    version.subscribe(() => {
      throw new Error('kapot')
    })
    version.subscribe(() => {
      reached = true
    })
    version.raise({ kind: 'global', global: 'siteSettings' })
    expect(reached).toBe(true)
    expect(errors).toHaveLength(1)
  })
})
