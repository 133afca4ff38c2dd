import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ContentChange } from '../../src/domain/contentVersion'
import { createTrusted, offeringData, organisationData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The public-content version on a real database: every change the public can see raises it,
 * private records and unpublished drafts do not, and another instance's change reaches this
 * one through the token in the database.
 */
let test: TestPayload
let payload: Payload
let contentVersion: typeof import('../../src/cms/shared/publicContent/contentVersion')
let sharedVersion: typeof import('../../src/cms/shared/publicContent/sharedVersion')
let organisation: string
const changes: ContentChange[] = []

beforeAll(async () => {
  test = await startTestPayload()
  payload = test.payload
  contentVersion = await import('../../src/cms/shared/publicContent/contentVersion')
  sharedVersion = await import('../../src/cms/shared/publicContent/sharedVersion')
  organisation = await createTrusted(payload, 'organisations', { ...organisationData('Versie'), slug: 'versie' }, { draft: false })
  contentVersion.publicContentVersion().subscribe((change) => changes.push(change))
})

afterAll(async () => {
  await test?.close()
})

describe('the public content version', () => {
  it('rises when a published offering changes, and names it', async () => {
    const before = contentVersion.publicContentVersion().current()
    const id = await createTrusted(payload, 'offerings', { ...offeringData('Zichtbaar', organisation), slug: 'zichtbaar' }, { draft: false })
    expect(contentVersion.publicContentVersion().current()).toBeGreaterThan(before)
    expect(changes.at(-1)).toEqual({ kind: 'document', collection: 'offerings', id, operation: 'change' })

    const beforeDelete = contentVersion.publicContentVersion().current()
    await payload.delete({ collection: 'offerings', id, overrideAccess: true })
    expect(contentVersion.publicContentVersion().current()).toBeGreaterThan(beforeDelete)
    expect(changes.at(-1)).toEqual({ kind: 'document', collection: 'offerings', id, operation: 'delete' })
  })

  it('stays when only a draft of something never published is saved', async () => {
    const before = contentVersion.publicContentVersion().current()
    await createTrusted(payload, 'offerings', { ...offeringData('Concept', organisation), slug: 'concept' }, { draft: true })
    expect(contentVersion.publicContentVersion().current()).toBe(before)
  })

  it('rises when a public global changes', async () => {
    const before = contentVersion.publicContentVersion().current()
    await payload.updateGlobal({ slug: 'siteSettings', data: { jeugd: { name: 'Jeugd' }, volwassenen: { name: 'LVB18+' } } as never, overrideAccess: true })
    expect(contentVersion.publicContentVersion().current()).toBeGreaterThan(before)
    expect(changes.at(-1)).toEqual({ kind: 'global', global: 'siteSettings' })
  })

  it('stays when a private record changes', async () => {
    const before = contentVersion.publicContentVersion().current()
    await payload.create({
      collection: 'subscribers',
      data: { email: 'lezer@example.org', networks: ['jeugd'] } as never,
      overrideAccess: true,
    })
    expect(contentVersion.publicContentVersion().current()).toBe(before)
  })

  it('hears of another instance through the shared token, but not of its own writes', async () => {
    const stop = sharedVersion.watchSharedVersion(payload, { intervalMs: 20 })
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      // Our own change: the token we write ourselves must not count as another instance's.
      await createTrusted(payload, 'offerings', { ...offeringData('Eigen', organisation), slug: 'eigen' }, { draft: false })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(changes.at(-1)?.kind).toBe('document')

      // Another instance writes a token of its own.
      await payload.updateGlobal({ slug: 'publicContentVersion', data: { token: 'van-een-andere-instantie' }, overrideAccess: true })
      await expect.poll(() => changes.at(-1)?.kind, { timeout: 2000 }).toBe('external')
    } finally {
      stop()
    }
  })

  it('keeps the shared token from every visitor and account', async () => {
    await expect(payload.findGlobal({ slug: 'publicContentVersion', overrideAccess: false })).rejects.toThrow()
  })
})
