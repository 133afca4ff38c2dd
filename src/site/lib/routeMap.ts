/**
 * The routekaart on the site: reading the published map of a network, turning the answers in
 * the URL into the view of one step (lib/routeMapView.ts), and the anonymous day counters.
 *
 * Reads go through the Local API with the visitor's rights (`overrideAccess: false`,
 * published only). The counters are the one write: a trusted server-side increment of a
 * number that holds no personal data.
 */
import type { Payload, Where } from 'payload'
import { isEmptyRouteFilter, routeFilterQuery, routeOfferingFilter, type RouteOfferingFilter } from '../../domain/routeMaps/offeringFilter'
import {
  decodeRoutePath,
  extendRoutePath,
  maxQuestionsAhead,
  parentRoutePath,
  walkRouteMap,
} from '../../domain/routeMaps/routePath'
import { routePathInWords, type RouteInWords } from '../../domain/routeMaps/pathInWords'
import { amsterdamDay } from '../../domain/routeMaps/stats'
import {
  createBatchedCounter,
  parseStepViewKey,
  STEP_VIEW_FLUSH_CONTEXT,
  stepViewCounterFor,
  stepViewKey,
} from '../../domain/routeMaps/stepViewCounter'
import { kindsOfHelp, labelOf, networks, type Network } from '../../domain/vocabulary'
import type { RouteMap } from '../../payload-types'
import { populated } from './content'
import { formatAgeRange, formatWeeks, safeHttpUrl } from './format'
import { hrefOfDoc, richTextToHtml } from './richText'
import { findAllDocs } from './findAll'
import { offeringIndex } from './offeringReadModel'
import { findDocs, published } from './publicQuery'
import { stepUrl, type RouteOfferingView, type RouteStepView } from './routeMapView'

/** What resolving a step needs of the request: the Payload instance and the content version. */
type SiteLocals = Pick<App.Locals, 'payload' | 'contentVersion'>

/** A published routekaart as the site walks it: its steps always a list (none in an unfinished map). */
export type SiteRouteMap = Omit<RouteMap, 'steps'> & { steps: NonNullable<RouteMap['steps']> }

const NETWORK_SLUGS: readonly string[] = networks.map((network) => network.value)

export function isNetworkSlug(value: string | undefined): value is Network {
  return Boolean(value && NETWORK_SLUGS.includes(value))
}

/** Every published routekaart (title and network only), for the choice on /routekaart: one or two per network. */
export async function listRouteMaps(payload: Payload) {
  return findAllDocs(payload, {
    collection: 'routeMaps',
    where: published,
    depth: 0,
    sort: 'network',
    select: { title: true, network: true, introduction: true },
  })
}

/** The published routekaart of a network (the newest if a coordinator made two). */
export async function getRouteMap(payload: Payload, network: string): Promise<SiteRouteMap | undefined> {
  if (!isNetworkSlug(network)) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'routeMaps',
    where: { and: [published, { network: { equals: network } }] },
    depth: 1,
    sort: '-updatedAt',
    limit: 1,
    populate: {
      offerings: { slug: true },
      organisations: { slug: true },
      pages: { slug: true },
      articles: { slug: true },
    },
  })
  return doc && { ...doc, steps: doc.steps ?? [] }
}

export type StepResolution =
  | { kind: 'view'; view: RouteStepView; fromStepKey?: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'broken' }

/**
 * The step the `pad` parameter leads to; `origin` is the site's public origin, for the step's
 * full address. A path that goes further than the map allows (an old link after the map
 * changed, a typo) redirects to its valid beginning.
 */
export async function resolveStep(locals: SiteLocals, map: SiteRouteMap, pad: string | null, origin: string): Promise<StepResolution> {
  const basePath = `/routekaart/${map.network}`
  const answers = decodeRoutePath(pad)
  if (!answers) return { kind: 'redirect', location: basePath }
  const walk = walkRouteMap(map, answers)
  if (!walk) return { kind: 'broken' }
  if (!walk.valid) return { kind: 'redirect', location: stepUrl(basePath, walk.path) }

  const step = walk.current
  const path = walk.path
  const parent = parentRoutePath(path)
  const view: RouteStepView = {
    network: map.network,
    networkLabel: labelOf(networks, map.network),
    mapTitle: map.title,
    introduction: path === '' ? map.introduction || undefined : undefined,
    basePath,
    path,
    url: stepUrl(basePath, path),
    shareUrl: `${origin.replace(/\/$/, '')}${stepUrl(basePath, path)}`,
    step: {
      key: step.key,
      kind: step.kind,
      title: step.title,
      explanationHtml: richTextToHtml(step.explanation, { minLevel: 3 }) || undefined,
    },
    answers:
      step.kind === 'vraag'
        ? (step.answers ?? []).map((answer, index) => ({
            number: index + 1,
            label: answer.label,
            href: stepUrl(basePath, extendRoutePath(path, index + 1)),
          }))
        : [],
    progress: { questionNumber: walk.trail.length + 1, maxAhead: Math.max(0, maxQuestionsAhead(map, step.key) - 1) },
    trail: walk.trail.map((item, index) => ({
      question: item.step.title,
      answer: item.answer.label,
      href: stepUrl(basePath, walk.trail.slice(0, index).map((earlier) => earlier.answerNumber).join('.')),
    })),
    backHref: parent === undefined ? undefined : stepUrl(basePath, parent),
    restartHref: basePath,
  }
  if (step.kind === 'uitkomst') {
    const filter = step.offeringFilter
    const offerings = isEmptyRouteFilter(filter) ? undefined : await fittingOfferings(locals, filter)
    const query = routeFilterQuery(filter)
    view.outcome = {
      links: (step.links ?? []).flatMap((link) => {
        const internal = link.doc ? hrefOfDoc(link.doc.relationTo, populated(link.doc.value)) : undefined
        const external = internal ? undefined : safeHttpUrl(link.url)
        const href = internal ?? external
        return href ? [{ label: link.label, href, external: Boolean(external) }] : []
      }),
      offerings: offerings?.shown,
      offeringsTotal: offerings?.total ?? 0,
      allOfferingsHref: offerings && query ? `/aanbod?${query}` : undefined,
      askNetworkHref: step.askNetworkCallToAction
        ? `/vraag-stellen?${new URLSearchParams({ routekaart: map.network, pad: path }).toString()}`
        : undefined,
    }
  }
  return { kind: 'view', view, fromStepKey: walk.trail.at(-1)?.step.key }
}

const SHOWN_OFFERINGS = 8

/**
 * Published offerings that fit the outcome's filter: the first few for the page, and the true
 * count. Read from the directory's read model with the directory's own rules, so "show all"
 * (/aanbod with the same parameters) lists exactly these.
 */
async function fittingOfferings(locals: SiteLocals, filter: RouteOfferingFilter | null | undefined): Promise<{ shown: RouteOfferingView[]; total: number }> {
  const index = await offeringIndex(locals)
  const result = index.query(
    { ...routeOfferingFilter(filter), sort: 'naam' },
    SHOWN_OFFERINGS,
  )
  return {
    total: result.info.total,
    shown: result.items.map(({ offering, organisation }) => ({
      title: offering.title,
      href: `/aanbod/${offering.slug}`,
      organisation: organisation ? { name: organisation.name, href: `/organisaties/${organisation.slug}` } : undefined,
      summary: offering.summary ?? undefined,
      kinds: (offering.kindsOfHelp ?? []).map((kind) => labelOf(kindsOfHelp, kind)),
      ages: formatAgeRange(offering.ageMin, offering.ageMax) || undefined,
      waiting: formatWeeks(offering.waitingTimeWeeks) || undefined,
      isExample: Boolean(offering.isExample),
    })),
  }
}

// ---------------------------------------------------------------------------------------------
// Anonymous counters
// ---------------------------------------------------------------------------------------------

/**
 * Adds one view of a step (reached from `fromStepKey`) to today's counter, in memory: written in
 * batches (lib: src/domain/routeMaps/stepViewCounter.ts), so a page view never waits for the
 * database. Returns the counter's key, which the page hands to the page cache (a page served from
 * the cache counts again with it).
 */
export function countStepView(payload: Payload, map: SiteRouteMap, stepKey: string, fromStepKey: string | undefined): string {
  const key = stepViewKey({ routeMapId: String(map.id), network: map.network, day: amsterdamDay(new Date()), stepKey, fromStepKey })
  stepViewCounterFor(payload, () => createStepViewCounter(payload)).add(key)
  return key
}

function createStepViewCounter(payload: Payload) {
  return createBatchedCounter({
    write: (counts) => writeStepViews(payload, counts),
    onError: (error) => payload.logger.warn({ err: error }, 'Routekaart: tellingen nog niet opgeslagen (volgende poging straks)'),
  })
}

/** Adds a batch of counts to the stored day rows (one row per day, step and previous step). */
async function writeStepViews(payload: Payload, counts: Map<string, number>): Promise<void> {
  const context = { [STEP_VIEW_FLUSH_CONTEXT]: true }
  for (const [key, views] of counts) {
    const view = parseStepViewKey(key)
    // Keys are made by countStepView from a published map, so a key naming no network is not ours.
    if (!view || !isNetworkSlug(view.network)) {
      counts.delete(key)
      continue
    }
    const where: Where = {
      and: [
        { routeMap: { equals: view.routeMapId } },
        { day: { equals: view.day } },
        { stepKey: { equals: view.stepKey } },
        view.fromStepKey ? { fromStepKey: { equals: view.fromStepKey } } : { fromStepKey: { exists: false } },
      ],
    }
    // Trusted write: visitors cannot create counters through the API (access: nobody).
    const { docs } = await payload.find({ collection: 'routeMapStats', where, depth: 0, limit: 1, overrideAccess: true, context })
    const existing = docs.at(0)
    if (existing) {
      await payload.update({
        collection: 'routeMapStats',
        id: existing.id,
        data: { views: (existing.views ?? 0) + views },
        overrideAccess: true,
        depth: 0,
        context,
      })
    } else {
      await payload.create({
        collection: 'routeMapStats',
        data: {
          routeMap: view.routeMapId,
          network: view.network,
          day: view.day,
          stepKey: view.stepKey,
          fromStepKey: view.fromStepKey,
          views,
        },
        overrideAccess: true,
        depth: 0,
        context,
      })
    }
    counts.delete(key)
  }
}

/**
 * The questions and answers of a routekaart path of `network`, for the case-question form's
 * "je kwam via de routekaart"; undefined when the network has no published map or the path
 * means nothing on it.
 */
export async function routeInWords(payload: Payload, network: string, path: string): Promise<RouteInWords[] | undefined> {
  const map = await getRouteMap(payload, network)
  return map ? routePathInWords(map, path) : undefined
}
