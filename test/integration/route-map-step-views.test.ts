import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeStepViewCounter, currentStepViewCounter } from '../../src/domain/routeMaps/stepViewCounter'
import { countStepView, getRouteMap, type SiteRouteMap } from '../../src/site/lib/routeMap'
import { createTrusted, routeMapData, staffData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The routekaart's view counter on a real database: views are counted in memory and written in
 * batches, and none is lost, whether it arrives during a write, before a read or at shutdown.
 */
let cms: TestPayload
let payload: Payload
let coordinator: Record<string, unknown>
let map: SiteRouteMap

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  const userId = await createTrusted(payload, 'users', staffData('coördinator', ['coordinator']))
  coordinator = { ...(await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })), collection: 'users' }
  await createTrusted(payload, 'routeMaps', routeMapData('jeugd'), { draft: false })
  map = (await getRouteMap(payload, 'jeugd'))!
})

afterAll(async () => {
  await closeStepViewCounter()
  await cms?.close()
})

async function storedViews(where: Record<string, unknown> = {}): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'routeMapStats', where: where as never, overrideAccess: true, pagination: false, depth: 0 })
  const sums = new Map<string, number>()
  for (const doc of docs) sums.set(`${doc.stepKey}<${doc.fromStepKey ?? ''}`, (sums.get(`${doc.stepKey}<${doc.fromStepKey ?? ''}`) ?? 0) + doc.views)
  return sums
}

describe('the routekaart view counter', () => {
  it('does not write on a page view, and a coordinator reading the counters sees every view', async () => {
    const stepKey = map.steps[0].key
    const before = (await storedViews()).get(`${stepKey}<`) ?? 0
    for (let i = 0; i < 3; i++) countStepView(payload, map, stepKey, undefined)
    expect(currentStepViewCounter()?.pending()).toBe(3)
    const { docs } = await payload.find({ collection: 'routeMapStats', overrideAccess: false, user: coordinator, where: { stepKey: { equals: stepKey } } })
    expect(docs.reduce((sum, doc) => sum + doc.views, 0)).toBe(before + 3)
    expect(currentStepViewCounter()?.pending()).toBe(0)
  })

  it('loses no view across flushes while views keep arriving, nor at close', async () => {
    const before = await storedViews()
    const expected = new Map<string, number>()
    const count = (stepKey: string, from?: string) => {
      countStepView(payload, map, stepKey, from)
      expected.set(`${stepKey}<${from ?? ''}`, (expected.get(`${stepKey}<${from ?? ''}`) ?? 0) + 1)
    }
    const steps = map.steps.map((step) => step.key)
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 40; i++) count(steps[i % steps.length], i % 3 === 0 ? undefined : steps[0])
      // A flush runs while the next views arrive.
      const flushing = currentStepViewCounter()!.flush()
      for (let i = 0; i < 25; i++) count(steps[(i + round) % steps.length], steps[0])
      await flushing
    }
    for (let i = 0; i < 17; i++) count(steps[1 % steps.length], steps[0])
    await closeStepViewCounter()

    const after = await storedViews()
    for (const [key, views] of expected) expect(after.get(key), key).toBe((before.get(key) ?? 0) + views)
  })
})
