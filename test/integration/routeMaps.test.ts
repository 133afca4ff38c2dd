import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publicContentVersion } from '../../src/cms/shared/publicContent/contentVersion'
import { countStepView, getRouteMap, resolveStep, type SiteRouteMap } from '../../src/site/lib/routeMap'
import { createTrusted, offeringData, organisationData, staffData } from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

/**
 * The routekaart through Payload's Local API on a real database: publishing is refused while the
 * routes do not hold (drafts are kept), and the site's step resolution and anonymous counters.
 */
let cms: TestPayload
let payload: Payload
let coordinator: Record<string, unknown>
let mapId: string
/** What the site's pages get from the server (Astro.locals). */
const locals = () => ({ payload, contentVersion: publicContentVersion() })

const steps = [
  {
    key: 'start',
    kind: 'vraag',
    title: 'Waar gaat het over?',
    answers: [
      { label: 'Behandeling', nextStepKey: 'behandeling' },
      { label: 'Iets anders', nextStepKey: 'netwerk' },
    ],
  },
  {
    key: 'behandeling',
    kind: 'uitkomst',
    title: 'Behandeling',
    offeringFilter: { kindsOfHelp: ['behandeling'], age: 10 },
    askNetworkCallToAction: true,
  },
  { key: 'netwerk', kind: 'uitkomst', title: 'Vraag het netwerk', askNetworkCallToAction: true },
]

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  const userId = await createTrusted(payload, 'users', staffData('coördinator', ['coordinator']))
  coordinator = { ...(await payload.findByID({ collection: 'users', id: userId, overrideAccess: true })), collection: 'users' }
  const organisation = await createTrusted(payload, 'organisations', organisationData('A'), { draft: false })
  await createTrusted(payload, 'offerings', { ...offeringData('kind', organisation), title: 'Behandeling kind', ageMin: 4, ageMax: 12 }, { draft: false })
  await createTrusted(payload, 'offerings', { ...offeringData('tiener', organisation), title: 'Behandeling tiener', ageMin: 12, ageMax: 18 }, { draft: false })
  await createTrusted(payload, 'offerings', { ...offeringData('concept', organisation), title: 'Behandeling in concept' }, { draft: true })
  mapId = await createTrusted(payload, 'routeMaps', { title: 'Routekaart jeugd', network: 'jeugd', startStepKey: 'start', steps }, { draft: false })
})

afterAll(async () => cms?.close())

describe('publishing a routekaart', () => {
  it('refuses a coordinator\'s edit with an answer to a missing step, naming the step', async () => {
    const broken = structuredClone(steps)
    broken[0].answers![1].nextStepKey = 'weg'
    await expect(
      payload.update({ collection: 'routeMaps', id: mapId, data: { steps: broken } as never, overrideAccess: false, user: coordinator }),
    ).rejects.toThrow(/Antwoord "Iets anders" bij stap "start" \("Waar gaat het over\?"\) leidt naar stap "weg", maar die stap bestaat niet/)
  })

  it('refuses a cycle and a question with one answer', async () => {
    const broken = structuredClone(steps)
    broken[1] = { key: 'behandeling', kind: 'vraag', title: 'Nog een vraag', answers: [{ label: 'Terug', nextStepKey: 'start' }] } as never
    await expect(
      payload.update({ collection: 'routeMaps', id: mapId, data: { steps: broken } as never, overrideAccess: false, user: coordinator }),
    ).rejects.toThrow(/heeft maar één antwoord.*Kringloop: "start" → "behandeling" → "start"/s)
  })

  it('keeps an unfinished draft, while visitors still get the published version', async () => {
    const broken = structuredClone(steps)
    broken[0].answers![1].nextStepKey = 'weg'
    await payload.update({
      collection: 'routeMaps',
      id: mapId,
      data: { steps: broken, _status: 'draft' } as never,
      draft: true,
      overrideAccess: false,
      user: coordinator,
    })
    const map = (await getRouteMap(payload, 'jeugd')) as SiteRouteMap
    expect(map.steps[0].answers?.[1].nextStepKey).toBe('netwerk')
  })
})

describe('the site\'s view of a step', () => {
  it('resolves an outcome with the fitting published offerings, the /aanbod link and the call to action', async () => {
    const map = (await getRouteMap(payload, 'jeugd'))!
    const resolution = await resolveStep(locals(), map, '1', 'https://lvb.example')
    expect(resolution.kind).toBe('view')
    if (resolution.kind !== 'view') return
    const { view } = resolution
    expect(view.step).toMatchObject({ key: 'behandeling', kind: 'uitkomst' })
    expect(view.trail).toEqual([{ question: 'Waar gaat het over?', answer: 'Behandeling', href: '/routekaart/jeugd' }])
    expect(view.outcome?.offerings?.map((offering) => offering.title)).toEqual(['Behandeling kind'])
    expect(view.outcome?.allOfferingsHref).toBe('/aanbod?hulp=behandeling&leeftijd=10')
    expect(view.outcome?.askNetworkHref).toBe('/vraag-stellen?routekaart=jeugd&pad=1')
    expect(view.backHref).toBe('/routekaart/jeugd')
    expect(resolution.fromStepKey).toBe('start')
  })

  it('redirects a path beyond the map to its valid part', async () => {
    const map = (await getRouteMap(payload, 'jeugd'))!
    expect(await resolveStep(locals(), map, '1.1', 'https://lvb.example')).toEqual({ kind: 'redirect', location: '/routekaart/jeugd?pad=1' })
    expect(await resolveStep(locals(), map, '3', 'https://lvb.example')).toEqual({ kind: 'redirect', location: '/routekaart/jeugd' })
    expect(await resolveStep(locals(), map, 'x', 'https://lvb.example')).toEqual({ kind: 'redirect', location: '/routekaart/jeugd' })
  })

  it('has no routekaart for an unknown network', async () => {
    expect(await getRouteMap(payload, 'onbekend')).toBeUndefined()
    expect(await getRouteMap(payload, 'volwassenen')).toBeUndefined()
  })

  it('counts views per day, step and previous step, also when many arrive at once', async () => {
    const map = (await getRouteMap(payload, 'jeugd'))!
    await Promise.all(Array.from({ length: 5 }, () => countStepView(payload, map, 'start', undefined)))
    await Promise.all(Array.from({ length: 3 }, () => countStepView(payload, map, 'behandeling', 'start')))
    const { docs } = await payload.find({ collection: 'routeMapStats', overrideAccess: false, user: coordinator, sort: 'stepKey' })
    expect(docs.map((doc) => [doc.stepKey, doc.fromStepKey ?? null, doc.views])).toEqual([
      ['behandeling', 'start', 3],
      ['start', null, 5],
    ])
  })
})
