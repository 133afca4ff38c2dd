/**
 * The access-control matrix: every role × collection × operation (read, create, update, delete),
 * plus the globals (read, update), run through Payload's Local API with `overrideAccess: false`
 * and the acting user, so the collections' own access rules decide, as they do for REST, GraphQL
 * and the admin (all three call the same operations).
 *
 * REST and GraphQL themselves need the Next server; they are not exercised here. The e2e suite
 * covers REST over HTTP; this file is the judge of the rules.
 *
 * Read the POLICY table below as the access policy: for each collection, who sees which of its
 * fixture documents, who may create, and who may update or delete which document. A group name
 * (`coordinators`, `staff`, `public`, `everyone`) stands for several actors; in a `read` entry
 * the most specific name wins.
 */
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  articleData,
  caseQuestionData,
  createTrusted,
  emailLogData,
  eventData,
  eventRegistrationData,
  expertData,
  mediaFile,
  membershipApplicationData,
  newsletterData,
  offeringData,
  organisationData,
  pageData,
  professionalData,
  routeMapData,
  signalData,
  siteSettingsData,
  staffData,
  subscriberData,
  workingGroupData,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'

// ---------------------------------------------------------------------------------------------
// Actors and groups

const actors = ['anonymous', 'professional', 'admin', 'coordinator', 'platformMember', 'expert', 'partnerEditor'] as const
type Actor = (typeof actors)[number]

const groups = {
  everyone: [...actors],
  /** Visitors of the site: no account, or a professional's site account. */
  public: ['anonymous', 'professional'],
  /** Every staff account in `users`. */
  staff: ['admin', 'coordinator', 'platformMember', 'expert', 'partnerEditor'],
  /** Those who run the network: admins and coordinators. */
  coordinators: ['admin', 'coordinator'],
  nobody: [],
} satisfies Record<string, Actor[]>
type Who = Actor | keyof typeof groups

/** More specific names win when an actor is in several entries of a `read` map. */
const specificity: Who[] = [...actors, 'coordinators', 'staff', 'public', 'everyone', 'nobody']

function expand(who: readonly Who[]): Set<Actor> {
  return new Set(who.flatMap((name) => (name in groups ? groups[name as keyof typeof groups] : [name as Actor])))
}

function resolveRead(read: Partial<Record<Who, string[]>>, actor: Actor): string[] {
  for (const name of specificity) {
    const entry = read[name]
    if (entry && expand([name]).has(actor)) return entry
  }
  throw new Error(`The read policy names nothing for ${actor}`)
}

// ---------------------------------------------------------------------------------------------
// The fixture world

interface World {
  /** The ID of a fixture document: `id('offerings', 'of organisation A')`. */
  id: (collection: string, key: string) => string
}

interface Fixture {
  build: (world: World, tag: string) => Record<string, unknown>
  /** For collections with drafts: saved as a draft (true) or published (false). */
  draft?: boolean
}

interface Policy {
  collection: CollectionSlug
  fixtures: Record<string, Fixture>
  /** Per actor (or group): exactly which fixtures `find` returns. */
  read: Partial<Record<Who, string[]>>
  /** Who may create, with the data the create cell submits. */
  create: { who: Who[]; data: (world: World, tag: string) => Record<string, unknown> }
  /** Per target fixture: who may update it. `change` is the update each cell sends. */
  update: Record<string, Who[]>
  /** Per fixture: who may delete a fresh copy of it. */
  delete: Record<string, Who[]>
  change?: { data: (value: string) => Record<string, unknown>; changed: (doc: any, value: string) => boolean }
  upload?: boolean
}

const published = (build: Fixture['build']): Fixture => ({ build, draft: false })
const draft = (build: Fixture['build']): Fixture => ({ build, draft: true })
const plain = (build: Fixture['build']): Fixture => ({ build })
const setField = (field: string): NonNullable<Policy['change']> => ({
  data: (value) => ({ [field]: value }),
  changed: (doc, value) => doc[field] === value,
})

const orgA = (world: World) => world.id('organisations', 'A')
const orgB = (world: World) => world.id('organisations', 'B')
const P1 = (world: World) => world.id('professionals', 'P1')
const P2 = (world: World) => world.id('professionals', 'P2')

/** Content with drafts that only coordinators edit: pages, articles, events, … */
function coordinatorContent(
  collection: CollectionSlug,
  build: Fixture['build'],
  titleField = 'title',
): Policy {
  return {
    collection,
    fixtures: { published: published(build), draft: draft(build) },
    read: { public: ['published'], staff: ['published', 'draft'] },
    create: { who: ['coordinators'], data: build },
    update: { published: ['coordinators'] },
    delete: { published: ['coordinators'] },
    change: setField(titleField),
  }
}

/**
 * THE ACCESS POLICY. Order matters only for setting up: a collection's fixtures may refer to
 * fixtures of collections above it.
 */
const POLICY: Policy[] = [
  {
    collection: 'organisations',
    fixtures: {
      A: published((_w, tag) => organisationData(tag)),
      B: published((_w, tag) => organisationData(tag)),
      draft: draft((_w, tag) => organisationData(tag)),
    },
    read: { public: ['A', 'B'], staff: ['A', 'B', 'draft'] },
    create: { who: ['coordinators'], data: (_w, tag) => organisationData(tag) },
    // A partner editor keeps their own organisation's page current, no other.
    update: { A: ['coordinators', 'partnerEditor'], B: ['coordinators'] },
    delete: { B: ['coordinators'] },
    change: setField('name'),
  },
  {
    collection: 'users',
    fixtures: {
      admin: plain((_w, tag) => staffData(tag, ['admin'])),
      coordinator: plain((_w, tag) => staffData(tag, ['coordinator'])),
      platformMember: plain((_w, tag) => staffData(tag, ['platformMember'])),
      expert: plain((_w, tag) => staffData(tag, ['expert'])),
      partnerEditor: plain((w, tag) => staffData(tag, ['partnerEditor'], orgA(w))),
    },
    // Coordinators and platform members see the staff directory; others only themselves.
    read: {
      coordinators: ['admin', 'coordinator', 'platformMember', 'expert', 'partnerEditor'],
      platformMember: ['admin', 'coordinator', 'platformMember', 'expert', 'partnerEditor'],
      expert: ['expert'],
      partnerEditor: ['partnerEditor'],
      public: [],
    },
    create: { who: ['coordinators'], data: (_w, tag) => staffData(tag, ['expert']) },
    update: { platformMember: ['coordinators', 'platformMember'], expert: ['coordinators', 'expert'] },
    delete: { expert: ['coordinators'] },
    change: setField('name'),
  },
  {
    collection: 'professionals',
    fixtures: {
      P1: plain((_w, tag) => professionalData(tag, 'goedgekeurd')),
      P2: plain((_w, tag) => professionalData(tag, 'wacht-op-goedkeuring')),
    },
    // A professional sees only their own account; no staff but coordinators see accounts.
    read: { coordinators: ['P1', 'P2'], professional: ['P1'], everyone: [] },
    // Registration on the site is open; the status fields are guarded per field (tested below).
    create: {
      who: ['everyone'],
      data: (_w, tag) => {
        const { status: _status, _verified, ...registration } = professionalData(tag)
        return registration
      },
    },
    update: { P1: ['coordinators', 'professional'], P2: ['coordinators'] },
    delete: { P2: ['coordinators'] },
    change: setField('name'),
  },
  {
    collection: 'offerings',
    fixtures: {
      'of organisation A': published((w, tag) => offeringData(tag, orgA(w))),
      'draft of organisation A': draft((w, tag) => offeringData(tag, orgA(w))),
      'of organisation B': published((w, tag) => offeringData(tag, orgB(w))),
    },
    read: {
      public: ['of organisation A', 'of organisation B'],
      staff: ['of organisation A', 'draft of organisation A', 'of organisation B'],
    },
    create: { who: ['coordinators', 'partnerEditor'], data: (w, tag) => offeringData(tag, orgA(w)) },
    update: { 'of organisation A': ['coordinators', 'partnerEditor'], 'of organisation B': ['coordinators'] },
    // Partner editors retire their items by unpublishing them (versions kept); deleting is for coordinators.
    delete: { 'of organisation A': ['coordinators'], 'of organisation B': ['coordinators'] },
    change: setField('title'),
  },
  {
    collection: 'experts',
    fixtures: {
      'of organisation A': published((w, tag) => expertData(tag, orgA(w), true)),
      'without public profile of organisation A': published((w, tag) => expertData(tag, orgA(w), false)),
      'draft of organisation A': draft((w, tag) => expertData(tag, orgA(w), true)),
      'of organisation B': published((w, tag) => expertData(tag, orgB(w), true)),
    },
    // The public sees published experts who agreed to a public profile; staff see all.
    read: {
      public: ['of organisation A', 'of organisation B'],
      staff: ['of organisation A', 'without public profile of organisation A', 'draft of organisation A', 'of organisation B'],
    },
    create: { who: ['coordinators', 'partnerEditor'], data: (w, tag) => expertData(tag, orgA(w)) },
    update: { 'of organisation A': ['coordinators', 'partnerEditor'], 'of organisation B': ['coordinators'] },
    // Partner editors retire their items by unpublishing them (versions kept); deleting is for coordinators.
    delete: { 'of organisation A': ['coordinators'], 'of organisation B': ['coordinators'] },
    change: setField('name'),
  },
  coordinatorContent('workingGroups', (_w, tag) => workingGroupData(tag), 'name'),
  coordinatorContent('events', (_w, tag) => eventData(tag)),
  {
    collection: 'eventRegistrations',
    fixtures: { registered: plain((w, tag) => eventRegistrationData(tag, w.id('events', 'published'))) },
    // Personal data: coordinators only. Visitors register through the site's endpoint, never the API.
    read: { coordinators: ['registered'], everyone: [] },
    create: { who: ['nobody'], data: (w, tag) => eventRegistrationData(tag, w.id('events', 'published')) },
    update: { registered: ['coordinators'] },
    delete: { registered: ['coordinators'] },
    change: setField('name'),
  },
  coordinatorContent('articles', (_w, tag) => articleData(tag)),
  coordinatorContent('pages', (_w, tag) => pageData(tag)),
  {
    collection: 'media',
    fixtures: { document: plain(() => ({})) },
    read: { everyone: ['document'] },
    create: { who: ['staff'], data: () => ({}) },
    update: { document: ['coordinators'] },
    delete: { document: ['coordinators'] },
    change: setField('caption'),
    upload: true,
  },
  coordinatorContent('routeMaps', (_w, tag) => routeMapData(tag)),
  {
    collection: 'routeMapStats',
    fixtures: {
      counter: plain((w) => ({ routeMap: w.id('routeMaps', 'published'), network: 'jeugd', day: '2026-11-23', stepKey: 'start', views: 3 })),
    },
    // Anonymous counters: written by the site server-side only, read by coordinators.
    read: { coordinators: ['counter'], everyone: [] },
    create: { who: ['nobody'], data: (w) => ({ routeMap: w.id('routeMaps', 'published'), day: '2026-11-24', stepKey: 'start', views: 1 }) },
    update: { counter: ['nobody'] },
    delete: { counter: ['admin'] },
    change: setField('stepKey'),
  },
  {
    collection: 'caseQuestions',
    fixtures: {
      'asked by P1, assigned to them': plain((w) =>
        caseQuestionData(P1(w), { platformMember: w.id('users', 'platformMember'), experts: [w.id('users', 'expert')] }),
      ),
      'asked by P2, not assigned to them': plain((w) => caseQuestionData(P2(w))),
    },
    // Coordinators; the assigned platform member and expert; the professional who asked.
    read: {
      coordinators: ['asked by P1, assigned to them', 'asked by P2, not assigned to them'],
      platformMember: ['asked by P1, assigned to them'],
      expert: ['asked by P1, assigned to them'],
      professional: ['asked by P1, assigned to them'],
      partnerEditor: [],
      anonymous: [],
    },
    // Professionals whose account is approved (P1), and coordinators.
    create: { who: ['coordinators', 'professional'], data: (w) => caseQuestionData(P1(w)) },
    update: {
      'asked by P1, assigned to them': ['coordinators', 'platformMember', 'expert'],
      'asked by P2, not assigned to them': ['coordinators'],
    },
    delete: { 'asked by P1, assigned to them': ['admin'] },
    change: setField('notes'),
  },
  {
    collection: 'signals',
    fixtures: { open: plain((_w, tag) => signalData(tag)) },
    read: { coordinators: ['open'], platformMember: ['open'], everyone: [] },
    create: { who: ['coordinators'], data: (_w, tag) => signalData(tag) },
    update: { open: ['coordinators'] },
    delete: { open: ['coordinators'] },
    change: setField('title'),
  },
  {
    collection: 'membershipApplications',
    fixtures: { submitted: plain((_w, tag) => membershipApplicationData(tag)) },
    read: { coordinators: ['submitted'], platformMember: ['submitted'], everyone: [] },
    create: { who: ['coordinators'], data: (_w, tag) => membershipApplicationData(tag) },
    // Platform members take part in the discussion: they add comments (other fields: coordinators).
    update: { submitted: ['coordinators', 'platformMember'] },
    delete: { submitted: ['coordinators'] },
    change: {
      data: (value) => ({ platformComments: [{ comment: value }] }),
      changed: (doc, value) => (doc.platformComments ?? []).some((row: { comment?: string }) => row.comment === value),
    },
  },
  {
    collection: 'newsletters',
    fixtures: {
      sent: plain((_w, tag) => newsletterData(tag, 'verzonden')),
      concept: plain((_w, tag) => newsletterData(tag, 'concept')),
    },
    // Sent editions are the public archive; concepts are for coordinators.
    read: { coordinators: ['sent', 'concept'], everyone: ['sent'] },
    create: { who: ['coordinators'], data: (_w, tag) => newsletterData(tag) },
    update: { concept: ['coordinators'] },
    delete: { concept: ['coordinators'] },
    change: setField('title'),
  },
  {
    collection: 'subscribers',
    fixtures: { active: plain((_w, tag) => subscriberData(tag)) },
    // Personal data; subscribing goes through the site's double opt-in, never the API.
    read: { coordinators: ['active'], everyone: [] },
    create: { who: ['nobody'], data: (_w, tag) => subscriberData(tag) },
    update: { active: ['coordinators'] },
    delete: { active: ['coordinators'] },
    change: setField('name'),
  },
  {
    collection: 'newsletterDeliveries',
    fixtures: { sent: plain((w, tag) => newsletterDeliveryData(tag, w.id('newsletters', 'sent'))) },
    // One recipient's copy of an edition: written by the sending jobs only, read by coordinators.
    read: { coordinators: ['sent'], everyone: [] },
    create: { who: ['nobody'], data: (w, tag) => newsletterDeliveryData(tag, w.id('newsletters', 'sent')) },
    update: { sent: ['nobody'] },
    delete: { sent: ['admin'] },
    change: setField('lastError'),
  },
  {
    collection: 'emailLog',
    fixtures: { sent: plain((_w, tag) => emailLogData(tag)) },
    // A record of what was sent: written by the mail job only, read by coordinators.
    read: { coordinators: ['sent'], everyone: [] },
    create: { who: ['nobody'], data: (_w, tag) => emailLogData(tag) },
    update: { sent: ['nobody'] },
    delete: { sent: ['admin'] },
    change: setField('subject'),
  },
  {
    collection: 'caseAuditLog',
    fixtures: { entry: plain(() => ({ action: 'bekeken', reference: 'CV-2026-9999', actor: 'systeem' })) },
    // Who viewed or changed a case question: written by its hooks only, read by coordinators.
    read: { coordinators: ['entry'], everyone: [] },
    create: { who: ['nobody'], data: () => ({ action: 'bekeken', reference: 'CV-2026-9998' }) },
    update: { entry: ['nobody'] },
    delete: { entry: ['admin'] },
    change: setField('actor'),
  },
]

/** A delivery row without a subscriber (as after a removal), so deleting subscribers leaves it alone. */
function newsletterDeliveryData(tag: string, newsletter: string) {
  const slug = tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { newsletter, email: `bezorging-${slug}@example.org`, key: `${newsletter}:${slug}`, status: 'verzonden', attempts: 1 }
}

interface GlobalPolicy {
  global: GlobalSlug
  read: Who[]
  update: Who[]
  change: { data: (actor: Actor) => Record<string, unknown>; changed: (doc: any, actor: Actor) => boolean }
}

const GLOBAL_POLICY: GlobalPolicy[] = [
  {
    global: 'siteSettings',
    read: ['everyone'],
    update: ['coordinators'],
    change: {
      data: (actor) => ({ jeugd: { tagline: `Bijgewerkt door ${actor}` } }),
      changed: (doc, actor) => doc.jeugd?.tagline === `Bijgewerkt door ${actor}`,
    },
  },
  {
    global: 'caseHandling',
    read: ['staff'],
    update: ['coordinators'],
    change: {
      data: (actor) => ({ triageWorkingDays: 10 + actors.indexOf(actor) }),
      changed: (doc, actor) => doc.triageWorkingDays === 10 + actors.indexOf(actor),
    },
  },
  {
    // Instances sharing a database tell each other of public changes through it; server code only.
    global: 'publicContentVersion',
    read: ['nobody'],
    update: ['nobody'],
    change: {
      data: (actor) => ({ token: `Bijgewerkt door ${actor}` }),
      changed: (doc, actor) => doc.token === `Bijgewerkt door ${actor}`,
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Running the cells

let cms: TestPayload
let payload: Payload
const ids = new Map<string, string>()
const users = new Map<Actor, Record<string, unknown> | undefined>()

const world: World = {
  id: (collection, key) => {
    const id = ids.get(`${collection}/${key}`)
    if (!id) throw new Error(`No fixture ${collection}/${key} (yet)`)
    return id
  },
}

const policyOf = (collection: string) => POLICY.find((policy) => policy.collection === collection)!

async function createFixture(policy: Policy, key: string, tag: string): Promise<string> {
  const fixture = policy.fixtures[key]
  return createTrusted(payload, policy.collection, fixture.build(world, tag), {
    draft: fixture.draft,
    file: policy.upload ? mediaFile(tag) : undefined,
  })
}

/** Runs an operation and reports either its result or the error it threw. */
async function attempt<T>(operation: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: any }> {
  try {
    return { ok: true, value: await operation() }
  } catch (error) {
    return { ok: false, error }
  }
}

/** A refusal by access control: 403 Forbidden, or 404 for a document the user may not see. */
function expectRefused(result: { ok: boolean; error?: any }) {
  expect(result.ok, 'the operation should have been refused').toBe(false)
  expect([403, 404], `refused with ${result.error?.name}: ${result.error?.message}`).toContain(result.error?.status)
}

function expectSucceeded(result: { ok: boolean; error?: any }) {
  if (!result.ok) throw new Error(`expected success, got ${result.error?.name}: ${result.error?.message}`)
}

const as = (actor: Actor) => ({ overrideAccess: false as const, user: users.get(actor) as never, depth: 0 })
const trusted = { overrideAccess: true as const, depth: 0 }

async function trustedDoc(collection: CollectionSlug, id: string): Promise<any> {
  return payload.findByID({ collection, id, ...trusted, disableErrors: true })
}

beforeAll(async () => {
  cms = await startTestPayload()
  payload = cms.payload
  for (const policy of POLICY) {
    for (const key of Object.keys(policy.fixtures)) {
      ids.set(`${policy.collection}/${key}`, await createFixture(policy, key, key))
    }
  }
  await payload.updateGlobal({ slug: 'siteSettings', data: siteSettingsData as never, ...trusted })
  await payload.updateGlobal({ slug: 'caseHandling', data: {} as never, ...trusted })

  users.set('anonymous', undefined)
  users.set('professional', {
    ...(await payload.findByID({ collection: 'professionals', id: world.id('professionals', 'P1'), ...trusted })),
    collection: 'professionals',
  })
  for (const actor of groups.staff) {
    users.set(actor, { ...(await payload.findByID({ collection: 'users', id: world.id('users', actor), ...trusted })), collection: 'users' })
  }
})

afterAll(async () => {
  await cms?.close()
})

// Read cells: exactly the expected fixtures come back from `find`; the others also not by ID.
const readCells = POLICY.flatMap((policy) =>
  actors.map((actor) => {
    const visible = resolveRead(policy.read, actor)
    return { name: `${actor} reads ${policy.collection}: ${visible.length ? visible.join('; ') : 'nothing'}`, policy, actor, visible }
  }),
)

// Create cells.
const createCells = POLICY.flatMap((policy) => {
  const allowed = expand(policy.create.who)
  return actors.map((actor) => ({
    name: `${actor} ${allowed.has(actor) ? 'can' : 'cannot'} create ${policy.collection}`,
    policy,
    actor,
    allowed: allowed.has(actor),
  }))
})

// Update cells: one per target document.
const updateCells = POLICY.flatMap((policy) =>
  Object.entries(policy.update).flatMap(([target, who]) => {
    const allowed = expand(who)
    return actors.map((actor) => ({
      name: `${actor} ${allowed.has(actor) ? 'can' : 'cannot'} update ${policy.collection} ${target}`,
      policy,
      target,
      actor,
      allowed: allowed.has(actor),
    }))
  }),
)

// Delete cells: each on its own fresh copy of the fixture.
const deleteCells = POLICY.flatMap((policy) =>
  Object.entries(policy.delete).flatMap(([template, who]) => {
    const allowed = expand(who)
    return actors.map((actor) => ({
      name: `${actor} ${allowed.has(actor) ? 'can' : 'cannot'} delete ${policy.collection} ${template}`,
      policy,
      template,
      actor,
      allowed: allowed.has(actor),
    }))
  }),
)

const globalCells = GLOBAL_POLICY.flatMap((policy) =>
  actors.flatMap((actor) => [
    { name: `${actor} ${expand(policy.read).has(actor) ? 'can' : 'cannot'} read global ${policy.global}`, policy, actor, operation: 'read' as const, allowed: expand(policy.read).has(actor) },
    { name: `${actor} ${expand(policy.update).has(actor) ? 'can' : 'cannot'} update global ${policy.global}`, policy, actor, operation: 'update' as const, allowed: expand(policy.update).has(actor) },
  ]),
)

describe('the access matrix', () => {
  it('covers every collection and global of the configuration', () => {
    expect(POLICY.map((policy) => policy.collection).sort()).toEqual(
      payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-')).sort(),
    )
    // Payload's own globals (payload-jobs-stats, for scheduled jobs) are not content.
    expect(GLOBAL_POLICY.map((policy) => policy.global).sort()).toEqual(
      payload.config.globals.map((g) => g.slug).filter((slug) => !slug.startsWith('payload-')).sort(),
    )
  })

  describe('read', () => {
    it.each(readCells)('$name', async ({ policy, actor, visible }) => {
      const fixtureKeys = Object.keys(policy.fixtures)
      const result = await attempt(() => payload.find({ collection: policy.collection, ...as(actor), pagination: false }))
      if (visible.length === 0) {
        // Either refused outright or nothing at all comes back (not even documents made by other cells).
        if (result.ok) expect(result.value.docs.map((doc) => doc.id)).toEqual([])
        else expectRefused(result)
      } else {
        expectSucceeded(result)
        const returned = new Set(result.ok ? result.value.docs.map((doc) => String(doc.id)) : [])
        const seen = fixtureKeys.filter((key) => returned.has(world.id(policy.collection, key)))
        expect(seen.sort()).toEqual([...visible].sort())
      }
      for (const key of fixtureKeys.filter((key) => !visible.includes(key))) {
        const byId = await attempt(() => payload.findByID({ collection: policy.collection, id: world.id(policy.collection, key), ...as(actor) }))
        expectRefused(byId)
      }
    })
  })

  describe('create', () => {
    it.each(createCells)('$name', async ({ policy, actor, allowed }) => {
      const tag = `created by ${actor}`
      const result = await attempt(() =>
        payload.create({
          collection: policy.collection,
          data: policy.create.data(world, tag) as never,
          file: policy.upload ? mediaFile(tag) : undefined,
          ...as(actor),
        }),
      )
      if (allowed) expectSucceeded(result)
      else expectRefused(result)
    })
  })

  describe('update', () => {
    it.each(updateCells)('$name', async ({ policy, target, actor, allowed }) => {
      const id = world.id(policy.collection, target)
      const value = `Bijgewerkt door ${actor}`
      const change = policy.change!
      const result = await attempt(() => payload.update({ collection: policy.collection, id, data: change.data(value) as never, ...as(actor) }))
      const after = await trustedDoc(policy.collection, id)
      if (allowed) {
        expectSucceeded(result)
        expect(change.changed(after, value), 'the change was saved').toBe(true)
      } else {
        expectRefused(result)
        expect(change.changed(after, value), 'the document is unchanged').toBe(false)
      }
    })
  })

  describe('delete', () => {
    it.each(deleteCells)('$name', async ({ policy, template, actor, allowed }) => {
      const id = await createFixture(policy, template, `${template} deleted by ${actor}`)
      const result = await attempt(() => payload.delete({ collection: policy.collection, id, ...as(actor) }))
      const after = await trustedDoc(policy.collection, id)
      if (allowed) {
        expectSucceeded(result)
        expect(after, 'the document is gone').toBeNull()
      } else {
        expectRefused(result)
        expect(after, 'the document is still there').not.toBeNull()
      }
    })
  })

  describe('globals', () => {
    it.each(globalCells)('$name', async ({ policy, actor, operation, allowed }) => {
      if (operation === 'read') {
        const result = await attempt(() => payload.findGlobal({ slug: policy.global, ...as(actor) }))
        if (allowed) expectSucceeded(result)
        else expectRefused(result)
        return
      }
      const result = await attempt(() => payload.updateGlobal({ slug: policy.global, data: policy.change.data(actor) as never, ...as(actor) }))
      const after = await payload.findGlobal({ slug: policy.global, ...trusted })
      if (allowed) {
        expectSucceeded(result)
        expect(policy.change.changed(after, actor)).toBe(true)
      } else {
        expectRefused(result)
        expect(policy.change.changed(after, actor)).toBe(false)
      }
    })
  })
})

// ---------------------------------------------------------------------------------------------
// Cross-organisation attempts by the partner editor of organisation A, spelled out

describe('partner editor of organisation A, across organisations', () => {
  const editor = () => as('partnerEditor')

  it('cannot update organisation B', async () => {
    const result = await attempt(() => payload.update({ collection: 'organisations', id: orgB(world), data: { name: 'Overgenomen' }, ...editor() }))
    expectRefused(result)
    expect((await trustedDoc('organisations', orgB(world))).name).not.toBe('Overgenomen')
  })

  it('cannot change the membership status of their own organisation', async () => {
    await attempt(() => payload.update({ collection: 'organisations', id: orgA(world), data: { membershipStatus: 'oud-lid' } as never, ...editor() }))
    expect((await trustedDoc('organisations', orgA(world))).membershipStatus).toBe('lid')
  })

  for (const collection of ['offerings', 'experts'] as const) {
    const policy = () => policyOf(collection)

    it(`cannot update ${collection} of organisation B`, async () => {
      const id = world.id(collection, 'of organisation B')
      expectRefused(await attempt(() => payload.update({ collection, id, data: policy().change!.data('Gekaapt') as never, ...editor() })))
    })

    it(`cannot delete ${collection} of organisation B`, async () => {
      const id = world.id(collection, 'of organisation B')
      expectRefused(await attempt(() => payload.delete({ collection, id, ...editor() })))
      expect(await trustedDoc(collection, id)).not.toBeNull()
    })

    it(`cannot create ${collection} for organisation B`, async () => {
      const data = policy().create.data(world, `${collection} for B by editor A`)
      const result = await attempt(() => payload.create({ collection, data: { ...data, organisation: orgB(world) } as never, ...editor() }))
      expectRefused(result)
      const { totalDocs } = await payload.find({ collection, where: { organisation: { equals: orgB(world) } }, ...trusted, limit: 0 })
      const names = (await payload.find({ collection, where: { organisation: { equals: orgB(world) } }, ...trusted, pagination: false })).docs
      expect(totalDocs).toBeGreaterThan(0)
      expect(names.some((doc: any) => (doc.title ?? doc.name)?.includes('for B by editor A'))).toBe(false)
    })

    it(`cannot move ${collection} of organisation A to organisation B`, async () => {
      const id = await createFixture(policy(), 'of organisation A', `${collection} to move`)
      // Refused (field access drops the change, the hook refuses it): either way it stays in A.
      await attempt(() => payload.update({ collection, id, data: { organisation: orgB(world) } as never, ...editor() }))
      expect(String((await trustedDoc(collection, id)).organisation)).toBe(orgA(world))
    })

    it(`can create ${collection} for their own organisation, and a coordinator can move it`, async () => {
      const data = policy().create.data(world, `${collection} own by editor A`)
      const created = await payload.create({ collection, data: data as never, ...editor() })
      expect(String(created.organisation)).toBe(orgA(world))
      await payload.update({ collection, id: created.id, data: { organisation: orgB(world) } as never, ...as('coordinator') })
      expect(String((await trustedDoc(collection, String(created.id))).organisation)).toBe(orgB(world))
    })
  }

  it('cannot move their own account to organisation B or give themselves a role', async () => {
    const id = world.id('users', 'partnerEditor')
    await attempt(() => payload.update({ collection: 'users', id, data: { organisation: orgB(world), roles: ['coordinator'] } as never, ...editor() }))
    const after = await trustedDoc('users', id)
    expect(String(after.organisation)).toBe(orgA(world))
    expect(after.roles).toEqual(['partnerEditor'])
  })

  it('cannot link a staff account to an expert (which would open case questions to it)', async () => {
    const id = world.id('experts', 'of organisation A')
    await attempt(() => payload.update({ collection: 'experts', id, data: { account: world.id('users', 'partnerEditor') } as never, ...editor() }))
    expect((await trustedDoc('experts', id)).account ?? null).toBeNull()
  })
})

// ---------------------------------------------------------------------------------------------
// Professionals: their own account and questions only, never the admin

describe('professionals', () => {
  it('P1 reads their own account but never P2’s', async () => {
    const own = await payload.findByID({ collection: 'professionals', id: P1(world), ...as('professional') })
    expect(String(own.id)).toBe(P1(world))
    expectRefused(await attempt(() => payload.findByID({ collection: 'professionals', id: P2(world), ...as('professional') })))
    const { docs } = await payload.find({ collection: 'professionals', ...as('professional'), pagination: false })
    expect(docs.map((doc) => String(doc.id))).toEqual([P1(world)])
  })

  it('P1 reads their own case question but never P2’s, and never the internal notes', async () => {
    const { docs } = await payload.find({ collection: 'caseQuestions', ...as('professional'), pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc: any) => String(doc.askedBy) === P1(world))).toBe(true)
    expect(docs.every((doc: any) => doc.notes === undefined)).toBe(true)
    const ofP2 = world.id('caseQuestions', 'asked by P2, not assigned to them')
    expectRefused(await attempt(() => payload.findByID({ collection: 'caseQuestions', id: ofP2, ...as('professional') })))
  })

  it.each(['users', 'emailLog', 'subscribers', 'membershipApplications', 'signals', 'eventRegistrations'] as const)(
    'P1 cannot read %s',
    async (collection) => {
      const result = await attempt(() => payload.find({ collection, ...as('professional') }))
      if (result.ok) expect(result.value.docs).toEqual([])
      else expectRefused(result)
    },
  )

  it('never have access to the admin', async () => {
    const professional = users.get('professional')
    const staff = users.get('coordinator')
    const adminAccess = (collection: string, user: unknown) =>
      payload.collections[collection as CollectionSlug].config.access.admin?.({ req: { user, payload } } as never)
    expect(payload.config.admin.user).toBe('users')
    expect(await adminAccess('professionals', professional)).toBe(false)
    expect(await adminAccess('users', professional)).toBe(false)
    // The check can fail: staff do get in.
    expect(await adminAccess('users', staff)).toBe(true)
  })

  it('cannot approve themselves', async () => {
    const p2 = { ...(await payload.findByID({ collection: 'professionals', id: P2(world), ...trusted })), collection: 'professionals' }
    await attempt(() => payload.update({ collection: 'professionals', id: P2(world), data: { status: 'goedgekeurd' } as never, overrideAccess: false, user: p2 as never }))
    expect((await trustedDoc('professionals', P2(world))).status).toBe('wacht-op-goedkeuring')
  })

  it('who are not approved cannot send a case question', async () => {
    const p2 = { ...(await payload.findByID({ collection: 'professionals', id: P2(world), ...trusted })), collection: 'professionals' }
    expectRefused(await attempt(() => payload.create({ collection: 'caseQuestions', data: caseQuestionData(P2(world)) as never, overrideAccess: false, user: p2 as never })))
  })

  it('always ask on their own behalf', async () => {
    const created = await payload.create({ collection: 'caseQuestions', data: caseQuestionData(P2(world)) as never, ...as('professional') })
    expect(String(created.askedBy)).toBe(P1(world))
  })

  it('who register anonymously cannot approve or verify themselves', async () => {
    const data = professionalData('registers approved', 'goedgekeurd')
    const created = await payload.create({ collection: 'professionals', data: data as never, ...as('anonymous') })
    const after = await trustedDoc('professionals', String(created.id))
    expect(after.status).toBe('wacht-op-verificatie')
    expect(after._verified).not.toBe(true)
  })

  it('who are logged in cannot create an already verified account for someone else', async () => {
    const data = professionalData('verified by a peer') // asks for _verified: true
    const result = await attempt(() => payload.create({ collection: 'professionals', data: data as never, ...as('professional') }))
    if (result.ok) expect((await trustedDoc('professionals', String((result.value as { id: string }).id)))._verified).not.toBe(true)
  })

  it('cannot mark their own unverified account as verified', async () => {
    const unverified = await payload.create({ collection: 'professionals', data: { ...professionalData('unverified self'), _verified: false } as never, ...trusted })
    const self = { ...unverified, collection: 'professionals' }
    await attempt(() => payload.update({ collection: 'professionals', id: unverified.id, data: { _verified: true } as never, overrideAccess: false, user: self as never }))
    expect((await trustedDoc('professionals', String(unverified.id)))._verified).not.toBe(true)
  })
})

// ---------------------------------------------------------------------------------------------
// Roles handed out only by those allowed to

describe('staff accounts', () => {
  it('a coordinator cannot make someone an admin', async () => {
    const result = await attempt(() => payload.create({ collection: 'users', data: staffData('would-be admin', ['admin']) as never, ...as('coordinator') }))
    expect(result.ok).toBe(false)
    const id = world.id('users', 'expert')
    await attempt(() => payload.update({ collection: 'users', id, data: { roles: ['admin'] } as never, ...as('coordinator') }))
    expect((await trustedDoc('users', id)).roles).toEqual(['expert'])
  })

  it('an expert cannot give themselves another role', async () => {
    const id = world.id('users', 'expert')
    await attempt(() => payload.update({ collection: 'users', id, data: { roles: ['coordinator'] } as never, ...as('expert') }))
    expect((await trustedDoc('users', id)).roles).toEqual(['expert'])
  })
})

// ---------------------------------------------------------------------------------------------
// Drafts never reach anonymous visitors

describe('drafts', () => {
  for (const collection of ['pages', 'offerings'] as const) {
    const titleOf = (doc: any) => doc.title as string

    it(`anonymous visitors never see a draft of ${collection}, also not when asking for drafts`, async () => {
      const policy = policyOf(collection)
      const template = collection === 'pages' ? 'published' : 'of organisation A'
      const id = await createFixture(policy, template, `${collection} with a newer draft`)
      const secret = `GEHEIM CONCEPT ${collection}`
      await payload.update({ collection, id, data: { title: secret } as never, draft: true, ...trusted })
      const draftOnlyId = world.id(collection, collection === 'pages' ? 'draft' : 'draft of organisation A')

      for (const draftParam of [false, true]) {
        const { docs } = await payload.find({ collection, ...as('anonymous'), draft: draftParam, pagination: false })
        expect(docs.some((doc) => titleOf(doc) === secret), `find (draft: ${draftParam}) leaks the draft`).toBe(false)
        expect(docs.some((doc) => String(doc.id) === draftOnlyId), `find (draft: ${draftParam}) returns an unpublished document`).toBe(false)

        const byId = await attempt(() => payload.findByID({ collection, id, ...as('anonymous'), draft: draftParam }))
        if (byId.ok) expect(titleOf(byId.value)).not.toBe(secret)
        expectRefused(await attempt(() => payload.findByID({ collection, id: draftOnlyId, ...as('anonymous'), draft: draftParam })))
      }

      const asked = await payload.find({ collection, ...as('anonymous'), draft: true, where: { _status: { equals: 'draft' } } })
      expect(asked.docs).toEqual([])

      // Version history holds the draft too: closed to visitors.
      expectRefused(await attempt(() => payload.findVersions({ collection, ...as('anonymous') })))
      expectRefused(await attempt(() => payload.findVersions({ collection, ...as('professional') })))

      // Staff do see the draft.
      const staffView = await payload.findByID({ collection, id, ...as('partnerEditor'), draft: true })
      expect(titleOf(staffView)).toBe(secret)
    })
  }
})

// Public documents carry a few staff-only fields: visitors get the document without them.
describe('staff-only fields of public documents', () => {
  it('stay hidden from anonymous visitors and professionals', async () => {
    const expertId = world.id('experts', 'of organisation A')
    const groupId = world.id('workingGroups', 'published')
    await payload.update({ collection: 'experts', id: expertId, data: { account: world.id('users', 'expert') } as never, ...trusted })
    await payload.update({ collection: 'organisations', id: orgA(world), data: { emailDomains: ['organisatie-a.nl'] } as never, ...trusted })
    await payload.update({
      collection: 'workingGroups',
      id: groupId,
      data: { members: [{ organisation: orgA(world), personName: 'Jan Jansen', role: 'lid' }] } as never,
      ...trusted,
    })
    for (const actor of groups.public) {
      expect((await payload.findByID({ collection: 'experts', id: expertId, ...as(actor) })).account).toBeUndefined()
      expect((await payload.findByID({ collection: 'organisations', id: orgA(world), ...as(actor) })).emailDomains).toBeUndefined()
      const group = await payload.findByID({ collection: 'workingGroups', id: groupId, ...as(actor) })
      expect(group.members?.[0]?.personName).toBeUndefined()
    }
    // Staff do see them.
    expect(String((await payload.findByID({ collection: 'experts', id: expertId, ...as('partnerEditor') })).account)).toBe(world.id('users', 'expert'))
  })
})

// Keeps the cell count visible in the output.
describe('size of the matrix', () => {
  it(`has ${readCells.length} read, ${createCells.length} create, ${updateCells.length} update, ${deleteCells.length} delete and ${globalCells.length} global cells`, () => {
    expect(readCells.length + createCells.length + updateCells.length + deleteCells.length + globalCells.length).toBeGreaterThan(500)
  })
})
