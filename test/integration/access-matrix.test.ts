/**
 * The access-control matrix: every role × collection × operation (read, create, update, delete),
 * plus the globals (read, update), run through Payload's Local API with `overrideAccess: false`
 * and the acting user, so the collections' own access rules decide, as they do for REST, GraphQL
 * and the admin (all three call the same operations).
 *
 * Then over REST and GraphQL (Payload's own request handlers, see test/helpers/api.ts): every
 * custom endpoint for every actor (ENDPOINTS; an endpoint without a row fails the test), and the
 * ways another organisation's drafts could leak (REST, GraphQL, relationship population).
 *
 * Read the POLICY table below as the access policy: for each collection, who sees which of its
 * fixture documents, who may create, and who may update or delete which document. A group name
 * (`coordinators`, `staff`, `public`, `everyone`) stands for several actors; in a `read` entry
 * the most specific name wins.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CollectionSlug, Endpoint, GlobalSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { subscriberLinks } from '../../src/domain/newsletter/tokens'
import { apiFor, type Api, type ApiAnswer } from '../helpers/api'
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
  testPassword,
  workingGroupData,
} from '../helpers/fixtures'
import { startTestPayload, type TestPayload } from '../helpers/payload'
import { noEndpoints } from '../../src/cms/shared/requestErrors/ownCollections'
import { versionsNotFoundEndpoints } from '../../src/cms/shared/requestErrors/withoutVersions'

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
  /** Created on behalf of this actor (Payload's preferences take their owner from the request). */
  owner?: Actor
}

interface Policy {
  collection: CollectionSlug
  fixtures: Record<string, Fixture>
  /** Per actor (or group): exactly which fixtures `find` returns. */
  read: Partial<Record<Who, string[]>>
  /** Who may create, with the data the create cell submits (some data names the acting user). */
  create: { who: Who[]; data: (world: World, tag: string, actor?: Actor) => Record<string, unknown> }
  /** Per target fixture: who may update it. `change` is the update each cell sends. */
  update: Record<string, Who[]>
  /** Per fixture: who may delete a fresh copy of it. */
  delete: Record<string, Who[]>
  change?: { data: (value: string, actor: Actor) => Record<string, unknown>; changed: (doc: any, value: string, actor: Actor) => boolean }
  upload?: boolean
  /** For collections with versions: per actor, whose version history `findVersions` returns. */
  versions?: Partial<Record<Who, string[]>>
}

const published = (build: Fixture['build']): Fixture => ({ build, draft: false })
const draft = (build: Fixture['build']): Fixture => ({ build, draft: true })
const plain = (build: Fixture['build']): Fixture => ({ build })
const ownedBy = (owner: Actor, build: Fixture['build']): Fixture => ({ build, owner })
const setField = (field: string): NonNullable<Policy['change']> => ({
  data: (value) => ({ [field]: value }),
  changed: (doc, value) => doc[field] === value,
})

const orgA = (world: World) => world.id('organisations', 'A')
const orgB = (world: World) => world.id('organisations', 'B')
const P1 = (world: World) => world.id('professionals', 'P1')
const P2 = (world: World) => world.id('professionals', 'P2')

/** A polymorphic reference to the account an actor logs in with (anonymous forges the admin's). */
function accountOf(world: World, actor: Actor): { relationTo: string; value: string } {
  if (actor === 'professional') return { relationTo: 'professionals', value: P1(world) }
  return { relationTo: 'users', value: world.id('users', actor === 'anonymous' ? 'admin' : actor) }
}

/**
 * Content with drafts that only coordinators edit: pages, articles, events, … Other staff read
 * it as the public does: a draft is not theirs to read.
 */
function coordinatorContent(
  collection: CollectionSlug,
  build: Fixture['build'],
  titleField = 'title',
): Policy {
  return {
    collection,
    fixtures: { published: published(build), draft: draft(build) },
    read: { everyone: ['published'], coordinators: ['published', 'draft'] },
    versions: { coordinators: ['published', 'draft'], everyone: [] },
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
    // Staff of other organisations read pages as the public does; the draft organisation is nobody's own.
    read: { everyone: ['A', 'B'], coordinators: ['A', 'B', 'draft'] },
    versions: { coordinators: ['A', 'B', 'draft'], partnerEditor: ['A'], platformMember: ['B'], everyone: [] },
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
      // A platform member of organisation B: sees B's content as its own people do, not A's.
      platformMember: plain((w, tag) => staffData(tag, ['platformMember'], orgB(w))),
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
      'draft of organisation B': draft((w, tag) => offeringData(tag, orgB(w))),
    },
    // Drafts are read by coordinators and by the organisation's own staff only.
    read: {
      everyone: ['of organisation A', 'of organisation B'],
      coordinators: ['of organisation A', 'draft of organisation A', 'of organisation B', 'draft of organisation B'],
      partnerEditor: ['of organisation A', 'draft of organisation A', 'of organisation B'],
      platformMember: ['of organisation A', 'of organisation B', 'draft of organisation B'],
    },
    versions: {
      coordinators: ['of organisation A', 'draft of organisation A', 'of organisation B', 'draft of organisation B'],
      partnerEditor: ['of organisation A', 'draft of organisation A'],
      platformMember: ['of organisation B', 'draft of organisation B'],
      everyone: [],
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
      'without public profile of organisation B': published((w, tag) => expertData(tag, orgB(w), false)),
      'draft of organisation B': draft((w, tag) => expertData(tag, orgB(w), true)),
    },
    // The public sees published experts who agreed to a public profile; coordinators see all;
    // other staff see all of their own organisation's experts and the public ones of others.
    read: {
      everyone: ['of organisation A', 'of organisation B'],
      coordinators: [
        'of organisation A', 'without public profile of organisation A', 'draft of organisation A',
        'of organisation B', 'without public profile of organisation B', 'draft of organisation B',
      ],
      partnerEditor: ['of organisation A', 'without public profile of organisation A', 'draft of organisation A', 'of organisation B'],
      platformMember: ['of organisation A', 'of organisation B', 'without public profile of organisation B', 'draft of organisation B'],
    },
    versions: {
      coordinators: [
        'of organisation A', 'without public profile of organisation A', 'draft of organisation A',
        'of organisation B', 'without public profile of organisation B', 'draft of organisation B',
      ],
      partnerEditor: ['of organisation A', 'without public profile of organisation A', 'draft of organisation A'],
      platformMember: ['of organisation B', 'without public profile of organisation B', 'draft of organisation B'],
      everyone: [],
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
    collection: 'editorInvitations',
    fixtures: {
      'for organisation A': plain((w, tag) => editorInvitationData(tag, orgA(w), w.id('users', 'partnerEditor'))),
      'for organisation B': plain((w, tag) => editorInvitationData(tag, orgB(w))),
    },
    // Invitations to addresses outside an organisation's domains: the coordinator decides; the
    // organisation's own editor follows theirs. Made only by POST /api/users/invite.
    read: { coordinators: ['for organisation A', 'for organisation B'], partnerEditor: ['for organisation A'], everyone: [] },
    create: { who: ['nobody'], data: (w, tag) => editorInvitationData(tag, orgA(w)) },
    update: { 'for organisation A': ['coordinators'], 'for organisation B': ['coordinators'] },
    delete: { 'for organisation A': ['admin'] },
    change: setField('decisionNote'),
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

  // Payload's own collections (access set in src/cms/shared/access/payloadCollections.ts).
  {
    collection: 'payload-locked-documents',
    fixtures: {
      // On the draft organisation, which no other cell saves (saving a document removes its locks).
      'held by the coordinator': plain((w) => ({
        document: { relationTo: 'organisations', value: w.id('organisations', 'draft') },
        user: { relationTo: 'users', value: w.id('users', 'coordinator') },
      })),
      'held by the partner editor on organisation A': plain((w) => ({
        document: { relationTo: 'organisations', value: orgA(w) },
        user: { relationTo: 'users', value: w.id('users', 'partnerEditor') },
      })),
    },
    // A lock blocks others' saves (423): only staff hold one, in their own name, on what they may
    // edit; they see the locks on what they may edit. Coordinators may take over or remove any.
    read: {
      coordinators: ['held by the coordinator', 'held by the partner editor on organisation A'],
      partnerEditor: ['held by the coordinator', 'held by the partner editor on organisation A'],
      everyone: [],
    },
    create: {
      who: ['coordinators', 'partnerEditor'],
      data: (w, _tag, actor) => ({ document: { relationTo: 'organisations', value: orgA(w) }, user: accountOf(w, actor ?? 'anonymous') }),
    },
    update: { 'held by the coordinator': ['coordinators'] },
    delete: { 'held by the coordinator': ['coordinators'], 'held by the partner editor on organisation A': ['coordinators', 'partnerEditor'] },
    change: {
      // Taking a lock over: the acting user becomes its holder.
      data: (_value, actor) => ({ user: accountOf(world, actor) }),
      changed: (doc, _value, actor) => String(doc.user?.value?.id ?? doc.user?.value) === accountOf(world, actor).value,
    },
  },
  {
    collection: 'payload-preferences',
    fixtures: { 'of the coordinator': ownedBy('coordinator', () => ({ key: 'matrix', value: { columns: ['name'] } })) },
    // Own preferences only, admins included; professionals never use the admin.
    read: { coordinator: ['of the coordinator'], everyone: [] },
    create: { who: ['staff'], data: (_w, tag) => ({ key: `matrix-${tag}`, value: { columns: ['title'] } }) },
    update: { 'of the coordinator': ['coordinator'] },
    delete: { 'of the coordinator': ['coordinator'] },
    change: setField('key'),
  },
  {
    collection: 'payload-jobs',
    fixtures: { queued: plain(() => ({ taskSlug: 'sendEmail', input: { emailLogId: 'matrix' }, waitUntil: '2099-01-01T00:00:00.000Z' })) },
    // Job inputs are internal: admins may look; the queue itself is written by server code only.
    read: { admin: ['queued'], everyone: [] },
    create: { who: ['nobody'], data: () => ({ taskSlug: 'sendEmail', input: { emailLogId: 'matrix' }, waitUntil: '2099-01-01T00:00:00.000Z' }) },
    update: { queued: ['nobody'] },
    delete: { queued: ['nobody'] },
    change: setField('queue'),
  },
  {
    collection: 'payload-migrations',
    fixtures: { applied: plain((_w, tag) => ({ name: `matrix-${tag}`, batch: 99 })) },
    read: { admin: ['applied'], everyone: [] },
    create: { who: ['nobody'], data: (_w, tag) => ({ name: `matrix-${tag}`, batch: 98 }) },
    update: { applied: ['nobody'] },
    delete: { applied: ['nobody'] },
    change: setField('name'),
  },
  {
    collection: 'payload-kv',
    fixtures: { entry: plain((_w, tag) => ({ key: `matrix-${tag}`, data: { value: 1 } })) },
    read: { everyone: [] },
    create: { who: ['nobody'], data: (_w, tag) => ({ key: `matrix-created-${tag}`, data: { value: 2 } }) },
    update: { entry: ['nobody'] },
    delete: { entry: ['nobody'] },
    change: setField('key'),
  },
]

/** An invitation waiting for the coordinator (as the invite endpoint makes it). */
function editorInvitationData(tag: string, organisation: string, invitedBy?: string) {
  const slug = tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return { name: `Collega ${tag}`, email: `buiten-${slug}@elders.example`, organisation, ...(invitedBy ? { invitedBy } : {}), status: 'wacht-op-goedkeuring' }
}

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
  if (fixture.owner) {
    const doc = await payload.create({ collection: policy.collection, data: fixture.build(world, tag) as never, user: users.get(fixture.owner) as never, overrideAccess: true, depth: 0 })
    return String(doc.id)
  }
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
    for (const [key, fixture] of Object.entries(policy.fixtures)) {
      if (!fixture.owner) ids.set(`${policy.collection}/${key}`, await createFixture(policy, key, key))
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
  for (const policy of POLICY) {
    for (const [key, fixture] of Object.entries(policy.fixtures)) {
      if (fixture.owner) ids.set(`${policy.collection}/${key}`, await createFixture(policy, key, key))
    }
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

// Version cells: whose version history `findVersions` returns; other histories also not by ID.
const versionCells = POLICY.filter((policy) => policy.versions).flatMap((policy) =>
  actors.map((actor) => {
    const visible = resolveRead(policy.versions!, actor)
    return { name: `${actor} reads versions of ${policy.collection}: ${visible.length ? visible.join('; ') : 'none'}`, policy, actor, visible }
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
    // Payload's own collections too: their default access lets any logged-in account in.
    expect(POLICY.map((policy) => policy.collection).sort()).toEqual(payload.config.collections.map((c) => c.slug).sort())
    // Every collection with versions says who reads its version history.
    for (const collection of payload.config.collections.filter((c) => c.versions)) {
      expect(policyOf(collection.slug).versions, `${collection.slug} has no versions policy`).toBeDefined()
    }
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

  describe('versions', () => {
    it.each(versionCells)('$name', async ({ policy, actor, visible }) => {
      const fixtureKeys = Object.keys(policy.fixtures)
      const result = await attempt(() => payload.findVersions({ collection: policy.collection, ...as(actor), pagination: false }))
      if (visible.length === 0) {
        if (result.ok) expect(result.value.docs).toEqual([])
        else expectRefused(result)
      } else {
        expectSucceeded(result)
        const parents = new Set(result.ok ? result.value.docs.map((doc) => String(doc.parent)) : [])
        const seen = fixtureKeys.filter((key) => parents.has(world.id(policy.collection, key)))
        expect(seen.sort()).toEqual([...visible].sort())
      }
      for (const key of fixtureKeys.filter((key) => !visible.includes(key))) {
        const { docs } = await payload.findVersions({ collection: policy.collection, where: { parent: { equals: world.id(policy.collection, key) } }, limit: 1, ...trusted })
        expectRefused(await attempt(() => payload.findVersionByID({ collection: policy.collection, id: String(docs[0].id), ...as(actor) })))
      }
    })
  })

  describe('create', () => {
    it.each(createCells)('$name', async ({ policy, actor, allowed }) => {
      const tag = `created by ${actor}`
      const result = await attempt(() =>
        payload.create({
          collection: policy.collection,
          data: policy.create.data(world, tag, actor) as never,
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
      const result = await attempt(() => payload.update({ collection: policy.collection, id, data: change.data(value, actor) as never, ...as(actor) }))
      const after = await trustedDoc(policy.collection, id)
      if (allowed) {
        expectSucceeded(result)
        expect(change.changed(after, value, actor), 'the change was saved').toBe(true)
      } else {
        expectRefused(result)
        expect(change.changed(after, value, actor), 'the document is unchanged').toBe(false)
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
      expectRefused(await attempt(() => payload.update({ collection, id, data: policy().change!.data('Gekaapt', 'partnerEditor') as never, ...editor() })))
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

  it('P1 never reads a draft advice on their question, and reads it once released', async () => {
    const id = world.id('caseQuestions', 'asked by P1, assigned to them')
    await payload.update({ collection: 'caseQuestions', id, data: { advice: { advice: 'Concept van de expert' } } as never, ...trusted })
    const draftView: any = await payload.findByID({ collection: 'caseQuestions', id, ...as('professional') })
    expect(draftView.advice).toBeUndefined()
    const found = await payload.find({ collection: 'caseQuestions', where: { 'advice.advice': { exists: true } }, ...as('professional') }).catch(() => ({ docs: [] }))
    expect(found.docs).toEqual([])
    for (const actor of ['coordinator', 'expert', 'platformMember'] as const) {
      expect(((await payload.findByID({ collection: 'caseQuestions', id, ...as(actor) })) as any).advice?.advice).toBe('Concept van de expert')
    }
    await payload.update({ collection: 'caseQuestions', id, data: { status: 'beantwoord-door-coordinator' } as never, ...trusted })
    expect(((await payload.findByID({ collection: 'caseQuestions', id, ...as('professional') })) as any).advice?.advice).toBe('Concept van de expert')
    await payload.update({ collection: 'caseQuestions', id, data: { status: 'in-behandeling', advice: { advice: null } } as never, ...trusted })
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

      // Those who may edit it do see the draft: coordinators (pages), the organisation's editor (offerings).
      const staffView = await payload.findByID({ collection, id, ...as(collection === 'pages' ? 'coordinator' : 'partnerEditor'), draft: true })
      expect(titleOf(staffView)).toBe(secret)
    })
  }
})

// ---------------------------------------------------------------------------------------------
// Who asked: the assigned staff get the asker's contact through the question, nothing more

describe('the asker of a case question', () => {
  const question = () => world.id('caseQuestions', 'asked by P1, assigned to them')
  const other = () => world.id('caseQuestions', 'asked by P2, not assigned to them')

  it('the assigned platform member and expert see name, organisation and preferred contact, not the account link', async () => {
    const p1: any = await trustedDoc('professionals', P1(world))
    for (const actor of ['platformMember', 'expert'] as const) {
      const doc: any = await payload.findByID({ collection: 'caseQuestions', id: question(), ...as(actor) })
      expect(Object.keys(doc.asker ?? {}).sort()).toEqual(['contact', 'email', 'name', 'organisation'])
      expect(doc.asker.name).toBe(p1.name)
      expect(doc.asker.organisation).toBe(p1.organisationName)
      expect(doc.asker.contact).toContain(p1.email)
      expect(doc.askedBy).toBeUndefined()
      // Field-level, not a wider read of professionals: the accounts themselves stay closed.
      expectRefused(await attempt(() => payload.findByID({ collection: 'professionals', id: P1(world), ...as(actor) })))
    }
  })

  it('coordinators see the asker and the account; nobody else gets the asker', async () => {
    const doc: any = await payload.findByID({ collection: 'caseQuestions', id: question(), ...as('coordinator') })
    expect(doc.asker?.name).toBeTruthy()
    expect(String(doc.askedBy)).toBe(P1(world))
    const own: any = await payload.findByID({ collection: 'caseQuestions', id: question(), ...as('professional') })
    expect(own.asker).toBeUndefined()
    for (const actor of ['platformMember', 'expert', 'partnerEditor', 'anonymous'] as const) {
      expectRefused(await attempt(() => payload.findByID({ collection: 'caseQuestions', id: other(), ...as(actor) })))
    }
    // Lists carry no contact details (the admin's list shows no asker).
    for (const actor of ['coordinator', 'platformMember', 'expert'] as const) {
      const { docs } = await payload.find({ collection: 'caseQuestions', ...as(actor), pagination: false })
      expect(docs.every((entry: any) => !entry.asker?.email)).toBe(true)
    }
  })

  it('over REST and GraphQL the same: the asker for the assigned expert, 403 on the professional', async () => {
    await startApi()
    const rest = await api.rest('get', `/caseQuestions/${question()}`, { token: tokenOf('expert') })
    expect(rest.status).toBe(200)
    expect(rest.body.asker?.name).toBeTruthy()
    expect(rest.body.askedBy).toBeUndefined()
    expect((await api.rest('get', `/professionals/${P1(world)}`, { token: tokenOf('expert') })).status).toBe(403)
    const graphql = await api.graphql(`{ CaseQuestion(id: "${question()}") { asker { name email } } }`, { token: tokenOf('partnerEditor') })
    expect(graphql.text).not.toContain('@example.org')
  })
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

// ---------------------------------------------------------------------------------------------
// Over HTTP: REST and GraphQL as Payload answers them, with each actor's login token

let api: Api
const tokens = new Map<Actor, string | undefined>()
const tokenOf = (actor: Actor) => tokens.get(actor)

async function startApi() {
  if (api) return
  api = await apiFor(payload)
  tokens.set('anonymous', undefined)
  tokens.set('professional', await api.login('professionals', String(users.get('professional')!.email), testPassword))
  for (const actor of groups.staff) tokens.set(actor, await api.login('users', String(users.get(actor)!.email), testPassword))
}

const isSuccess = (status: number) => status >= 200 && status < 300

/** The one-click unsubscribe route of src/server.ts, on a real Node server (it reads the raw request). */
async function oneClick(token: string, actor: Actor): Promise<number> {
  const { handleOneClickUnsubscribe } = await import('../../src/cms/newsletter/oneClickUnsubscribe')
  const server = http.createServer((req, res) => void handleOneClickUnsubscribe(payload, req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const { port } = server.address() as AddressInfo
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' }
    // A logged-in person's token changes nothing: the signed link is the only key.
    if (tokenOf(actor)) headers.authorization = `JWT ${tokenOf(actor)}`
    const response = await fetch(`http://127.0.0.1:${port}/nieuwsbrief/afmelden/one-click?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers,
      body: 'List-Unsubscribe=One-Click',
    })
    return response.status
  } finally {
    server.close()
  }
}

interface EndpointRow {
  /** The configured endpoint: `<collection slug> <method> <path>`, or `site <path>` for the site's own. */
  endpoint: string
  /** What this row does with it. */
  name: string
  /** Who gets a 2xx; everyone else 401, 403 or 404 (400 for a refused token), never a 5xx. */
  who: Who[]
  send: (actor: Actor) => Promise<number | ApiAnswer>
  /** What must hold afterwards, e.g. that nothing of another account came back. */
  verify?: (actor: Actor, answer: ApiAnswer | undefined) => Promise<void> | void
}

const post = (path: string, body?: unknown) => (actor: Actor) => api.rest('post', path, { token: tokenOf(actor), body: body ?? {} })
const get = (path: string) => (actor: Actor) => api.rest('get', path, { token: tokenOf(actor) })

/** A new site account that still has to confirm its address, and its confirmation token. */
async function unverifiedAccount(tag: string): Promise<string> {
  const { status: _status, _verified, ...data } = professionalData(`onbevestigd ${tag}`)
  const created = await payload.create({ collection: 'professionals', data: data as never, overrideAccess: true, depth: 0 })
  const stored = (await payload.db.findOne({ collection: 'professionals', where: { id: { equals: created.id } } })) as { _verificationToken?: string }
  return String(stored._verificationToken)
}

async function preferenceHolders(key: string): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'payload-preferences', where: { key: { equals: key } }, ...trusted, pagination: false })
  return docs.map((doc: any) => String(doc.user?.value?.id ?? doc.user?.value))
}

/**
 * THE ENDPOINT POLICY: every endpoint of ours and every one Payload adds beyond its standard
 * routes (jobs, preferences), per actor.
 */
const ENDPOINTS: EndpointRow[] = [
  // The monitoring: the views (/admin/monitoring) are pages; these are their exports and the attendance list.
  { endpoint: 'caseQuestions get /monitoring', name: 'monitoring export per question (CSV)', who: ['coordinators'], send: get('/caseQuestions/monitoring?jaar=2031') },
  { endpoint: 'root get /monitoring/bijeenkomsten', name: 'monitoring export per event (CSV)', who: ['coordinators'], send: get('/monitoring/bijeenkomsten?jaar=2031') },
  {
    endpoint: 'root get /monitoring/bijeenkomsten/:id/presentielijst',
    name: 'attendance list of an event (CSV)',
    who: ['coordinators'],
    send: (actor) => get(`/monitoring/bijeenkomsten/${world.id('events', 'published')}/presentielijst`)(actor),
  },
  {
    endpoint: 'root post /monitoring/bijeenkomsten/:id/presentie',
    name: 'save the attendance of an event',
    who: ['coordinators'],
    send: (actor) => post(`/monitoring/bijeenkomsten/${world.id('events', 'published')}/presentie`, { deelnemer: [], aanwezig: [] })(actor),
  },
  { endpoint: 'root get /monitoring/nieuwsbrief', name: 'monitoring export per newsletter (CSV)', who: ['coordinators'], send: get('/monitoring/nieuwsbrief?jaar=2031') },
  { endpoint: 'organisations get /freshness-overview', name: 'freshness overview', who: ['coordinators'], send: get('/organisations/freshness-overview') },
  { endpoint: 'organisations get /freshness-overview', name: 'freshness overview as CSV', who: ['coordinators'], send: get('/organisations/freshness-overview?format=csv') },
  { endpoint: 'organisations post /freshness-reminders', name: 'run the freshness reminders', who: ['coordinators'], send: post('/organisations/freshness-reminders') },
  { endpoint: 'organisations post /partner-digest', name: 'send the partner digest', who: ['coordinators'], send: post('/organisations/partner-digest') },
  ...(['organisations', 'offerings', 'experts'] as const).map((collection) => ({
    endpoint: `${collection} post /:id/confirm-current`,
    name: `confirm an item of organisation A as current`,
    who: ['coordinators', 'partnerEditor'] as Who[],
    send: (actor: Actor) => post(`/${collection}/${collection === 'organisations' ? orgA(world) : world.id(collection, 'of organisation A')}/confirm-current`)(actor),
  })),
  {
    endpoint: 'users post /invite',
    name: 'invite a partner editor for organisation A',
    who: ['coordinators', 'partnerEditor'],
    send: (actor) => post('/users/invite', { name: `Collega van ${actor}`, email: `uitgenodigd-door-${actor.toLowerCase()}@example.org`, organisation: orgA(world) })(actor),
  },
  { endpoint: 'subscribers get /export', name: 'subscribers as CSV', who: ['coordinators'], send: get('/subscribers/export') },
  { endpoint: 'newsletters get /:id/voorbeeld', name: 'preview of an edition', who: ['coordinators'], send: (actor) => get(`/newsletters/${world.id('newsletters', 'concept')}/voorbeeld`)(actor) },
  { endpoint: 'professionals post /verify/:token', name: 'confirm an address with an unknown token', who: ['nobody'], send: post('/professionals/verify/0123456789abcdef0123456789abcdef01234567') },
  {
    endpoint: 'professionals post /verify/:token',
    name: 'confirm an address with its own token (the token is the key, not the login)',
    who: ['everyone'],
    send: async (actor) => post(`/professionals/verify/${await unverifiedAccount(actor)}`)(actor),
  },
  { endpoint: 'payload-jobs get /run', name: 'run queued jobs', who: ['coordinators'], send: get('/payload-jobs/run?queue=matrix-leeg') },
  { endpoint: 'payload-jobs get /handle-schedules', name: 'queue scheduled jobs', who: ['coordinators'], send: get('/payload-jobs/handle-schedules?queue=matrix-leeg') },
  {
    endpoint: 'payload-preferences post /:key',
    name: 'store an own preference',
    who: ['staff', 'professional'],
    send: (actor) => post('/payload-preferences/matrix-rest', { value: { door: actor } })(actor),
    verify: async (actor) => {
      // Never someone else's: the coordinator's own preference under this key is untouched.
      const own = await payload.find({ collection: 'payload-preferences', where: { key: { equals: 'matrix-rest' } }, ...trusted, pagination: false })
      const ofCoordinator: any = own.docs.find((doc: any) => String(doc.user?.value?.id ?? doc.user?.value) === world.id('users', 'coordinator'))
      if (actor !== 'coordinator') expect(ofCoordinator?.value?.door).not.toBe(actor)
    },
  },
  {
    endpoint: 'payload-preferences get /:key',
    name: 'read a preference: only one’s own comes back',
    who: ['everyone'],
    send: get('/payload-preferences/matrix-rest'),
    verify: (actor, answer) => {
      const value = answer?.body?.value
      if (actor === 'coordinator') expect(value).toEqual({ door: 'coordinator' })
      else expect(value?.door ?? null).toBe(actor === 'anonymous' ? null : actor)
    },
  },
  {
    endpoint: 'payload-preferences delete /:key',
    name: 'delete an own preference, never another’s',
    who: ['staff', 'professional'],
    send: async (actor) => {
      // The coordinator's own preference under the same key is there before every attempt.
      const holders = await preferenceHolders('matrix-rest')
      if (!holders.includes(world.id('users', 'coordinator'))) {
        await payload.create({ collection: 'payload-preferences', data: { key: 'matrix-rest', value: { door: 'coordinator' } } as never, user: users.get('coordinator') as never, ...trusted })
      }
      return api.rest('delete', '/payload-preferences/matrix-rest', { token: tokenOf(actor) })
    },
    verify: async (actor) => {
      const holders = await preferenceHolders('matrix-rest')
      if (actor !== 'anonymous') expect(holders).not.toContain(accountOf(world, actor).value)
      if (actor !== 'coordinator') expect(holders).toContain(world.id('users', 'coordinator'))
    },
  },
  {
    endpoint: 'site /nieuwsbrief/afmelden/one-click',
    name: 'one-click unsubscribe with a signed link',
    who: ['everyone'],
    send: async (actor) => {
      const subscriber = await createTrusted(payload, 'subscribers', subscriberData(`one-click ${actor}`))
      return oneClick(new URL(subscriberLinks(payload.secret, payload.config.serverURL, subscriber).oneClickUrl).searchParams.get('token')!, actor)
    },
  },
  {
    endpoint: 'site /nieuwsbrief/afmelden/one-click',
    name: 'one-click unsubscribe with a forged link',
    who: ['nobody'],
    send: (actor) => oneClick(`${Buffer.from(JSON.stringify({ p: 'afmelden', s: world.id('subscribers', 'active'), e: 0 })).toString('base64url')}.vervalst`, actor),
  },
]

/** Payload's standard routes (CRUD, auth, uploads, globals), which the cells above already judge. */
async function payloadStandardEndpoints(): Promise<Set<unknown>> {
  const dist = path.dirname(createRequire(import.meta.url).resolve('payload'))
  const standard = new Set<unknown>()
  for (const file of ['collections/endpoints/index.js', 'auth/endpoints/index.js', 'uploads/endpoints/index.js', 'globals/endpoints/index.js']) {
    const module = (await import(pathToFileURL(path.join(dist, file)).href)) as Record<string, unknown>
    for (const value of Object.values(module)) {
      for (const endpoint of Array.isArray(value) ? value : [value]) standard.add(endpoint)
    }
  }
  // Our 404s for routes that do not exist (versions of unversioned content, collections without
  // REST) stand in for Payload's own routes.
  for (const endpoint of [...versionsNotFoundEndpoints, ...noEndpoints]) standard.add(endpoint)
  return standard
}

const endpointCells = ENDPOINTS.flatMap((row) => {
  const allowed = expand(row.who)
  return actors.map((actor) => ({ name: `${actor} ${allowed.has(actor) ? 'can' : 'cannot'} ${row.name} (${row.endpoint})`, row, actor, allowed: allowed.has(actor) }))
})

describe('endpoints', () => {
  beforeAll(startApi)

  it('every endpoint of the configuration has a row', async () => {
    const standard = await payloadStandardEndpoints()
    const configured: string[] = []
    const collect = (owner: string, endpoints: Endpoint[] | false | undefined) => {
      for (const endpoint of endpoints || []) if (!standard.has(endpoint)) configured.push(`${owner} ${endpoint.method} ${endpoint.path}`)
    }
    collect('root', payload.config.endpoints)
    for (const collection of payload.config.collections) collect(collection.slug, collection.endpoints)
    for (const global of payload.config.globals) collect(`globals/${global.slug}`, global.endpoints)
    // The check can fail: Payload's standard routes were recognised, ours were not.
    expect(configured).toContain('users post /invite')
    expect(configured).not.toContain('users post /login')
    const covered = new Set(ENDPOINTS.map((row) => row.endpoint))
    expect(configured.filter((endpoint) => !covered.has(endpoint)), 'endpoints without a row in ENDPOINTS').toEqual([])
    const stale = [...covered].filter((endpoint) => !endpoint.startsWith('site ') && !configured.includes(endpoint))
    expect(stale, 'rows for endpoints that do not exist').toEqual([])
  })

  it.each(endpointCells)('$name', async ({ row, actor, allowed }) => {
    const result = await row.send(actor)
    const status = typeof result === 'number' ? result : result.status
    const detail = typeof result === 'number' ? '' : result.text.slice(0, 300)
    if (allowed) expect(isSuccess(status), `${status} ${detail}`).toBe(true)
    else expect([400, 401, 403, 404], `${status} ${detail}`).toContain(status)
    await row.verify?.(actor, typeof result === 'number' ? undefined : result)
  })
})

// ---------------------------------------------------------------------------------------------
// Edit locks over REST: nobody but staff, and only in their own name

describe('edit locks over REST', () => {
  beforeAll(startApi)
  const lockOn = (document: { relationTo: string; value: string }, actor: Actor) => ({ document, user: accountOf(world, actor) })

  it('a professional or a visitor cannot lock a coordinator’s page (no 423 for the coordinator)', async () => {
    const page = { relationTo: 'pages', value: world.id('pages', 'published') }
    for (const actor of ['professional', 'anonymous'] as const) {
      const answer = await api.rest('post', '/payload-locked-documents', { token: tokenOf(actor), body: lockOn(page, actor) })
      expect(answer.status, answer.text).toBe(403)
    }
    const { totalDocs } = await payload.count({ collection: 'payload-locked-documents', where: { 'document.value': { equals: page.value } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    const saved = await api.rest('patch', `/pages/${page.value}`, { token: tokenOf('coordinator'), body: { title: 'Opgeslagen zonder slot' } })
    expect(saved.status, saved.text).toBe(200)
  })

  it('staff cannot lock what they may not edit, nor in someone else’s name, nor list others’ locks on it', async () => {
    const page = { relationTo: 'pages', value: world.id('pages', 'published') }
    expect((await api.rest('post', '/payload-locked-documents', { token: tokenOf('partnerEditor'), body: lockOn(page, 'partnerEditor') })).status).toBe(403)
    const orgAPage = { relationTo: 'organisations', value: orgA(world) }
    const forged = await api.rest('post', '/payload-locked-documents', { token: tokenOf('partnerEditor'), body: lockOn(orgAPage, 'coordinator') })
    expect(forged.status).toBe(403)
    const coordinatorLock = await payload.create({ collection: 'payload-locked-documents', data: lockOn(page, 'coordinator') as never, ...trusted })
    const listed = await api.rest('get', '/payload-locked-documents?limit=100', { token: tokenOf('partnerEditor') })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { id: string }) => String(doc.id))).not.toContain(String(coordinatorLock.id))
    expect((await api.rest('delete', `/payload-locked-documents/${coordinatorLock.id}`, { token: tokenOf('partnerEditor') })).status).not.toBe(200)
    expect(await trustedDoc('payload-locked-documents', String(coordinatorLock.id))).not.toBeNull()
  })

  it('a partner editor locks, keeps and releases their own lock; a coordinator can take it over', async () => {
    const orgAPage = { relationTo: 'organisations', value: orgA(world) }
    const created = await api.rest('post', '/payload-locked-documents', { token: tokenOf('partnerEditor'), body: lockOn(orgAPage, 'partnerEditor') })
    expect(created.status, created.text).toBe(201)
    const id = String(created.body.doc.id)
    expect((await api.rest('patch', `/payload-locked-documents/${id}`, { token: tokenOf('partnerEditor'), body: { user: accountOf(world, 'partnerEditor') } })).status).toBe(200)
    const takenOver = await api.rest('patch', `/payload-locked-documents/${id}`, { token: tokenOf('coordinator'), body: { user: accountOf(world, 'coordinator') } })
    expect(takenOver.status, takenOver.text).toBe(200)
    // Now the coordinator's: the editor can no longer take it back or remove it.
    expect((await api.rest('patch', `/payload-locked-documents/${id}`, { token: tokenOf('partnerEditor'), body: { user: accountOf(world, 'partnerEditor') } })).status).not.toBe(200)
    expect((await api.rest('delete', `/payload-locked-documents/${id}`, { token: tokenOf('partnerEditor') })).status).not.toBe(200)
    expect((await api.rest('delete', `/payload-locked-documents/${id}`, { token: tokenOf('coordinator') })).status).toBe(200)
  })

  it('job inputs are for admins to read only, over REST as well', async () => {
    for (const actor of actors) {
      const answer = await api.rest('get', '/payload-jobs?limit=5', { token: tokenOf(actor) })
      expect(answer.status, `${actor}: ${answer.text.slice(0, 200)}`).toBe(actor === 'admin' ? 200 : 403)
    }
  })
})

// ---------------------------------------------------------------------------------------------
// Partners see only what is theirs: another organisation's drafts, versions and private experts
// stay out of reach over REST, GraphQL and relationship population

describe('partners see only what is theirs', () => {
  beforeAll(startApi)
  const secretTitle = 'GEHEIM CONCEPT VAN ORGANISATIE B'
  let publishedWithDraft: string

  beforeAll(async () => {
    // A published offering of B with a newer, unpublished draft.
    publishedWithDraft = await createTrusted(payload, 'offerings', offeringData('B met concept', orgB(world)), { draft: false })
    await payload.update({ collection: 'offerings', id: publishedWithDraft, data: { title: secretTitle } as never, draft: true, ...trusted })
  })

  const hidden = () => [world.id('offerings', 'draft of organisation B'), world.id('experts', 'without public profile of organisation B'), world.id('experts', 'draft of organisation B')]

  it('over REST: no draft, private expert or version of organisation B, also when asking for drafts', async () => {
    const token = tokenOf('partnerEditor')
    for (const collection of ['offerings', 'experts'] as const) {
      for (const query of ['?limit=200', '?limit=200&draft=true', `?limit=200&draft=true&where[organisation][equals]=${orgB(world)}`]) {
        const answer = await api.rest('get', `/${collection}${query}`, { token })
        expect(answer.status).toBe(200)
        expect(answer.text).not.toContain(secretTitle)
        for (const id of hidden()) expect(answer.body.docs.map((doc: { id: string }) => String(doc.id))).not.toContain(id)
      }
    }
    for (const id of hidden()) {
      const collection = id === world.id('offerings', 'draft of organisation B') ? 'offerings' : 'experts'
      expect([403, 404]).toContain((await api.rest('get', `/${collection}/${id}?draft=true`, { token })).status)
    }
    const byId = await api.rest('get', `/offerings/${publishedWithDraft}?draft=true`, { token })
    expect(byId.status).toBe(200)
    expect(byId.body.title).not.toBe(secretTitle)
    // Version history: B's versions neither listed nor by ID.
    const versions = await api.rest('get', '/offerings/versions?limit=500', { token })
    expect(versions.status).toBe(200)
    expect(versions.text).not.toContain(secretTitle)
    expect(versions.body.docs.every((doc: { parent: string }) => String(doc.parent) !== publishedWithDraft)).toBe(true)
    const { docs } = await payload.findVersions({ collection: 'offerings', where: { parent: { equals: publishedWithDraft } }, ...trusted })
    for (const version of docs) expect([403, 404]).toContain((await api.rest('get', `/offerings/versions/${version.id}`, { token })).status)
    // The check can fail: a coordinator does see the draft.
    const coordinatorView = await api.rest('get', `/offerings/${publishedWithDraft}?draft=true`, { token: tokenOf('coordinator') })
    expect(coordinatorView.body.title).toBe(secretTitle)
  })

  it('over GraphQL: the same', async () => {
    const token = tokenOf('partnerEditor')
    const answer = await api.graphql(
      `{ Offerings(draft: true, limit: 200) { docs { id title } }
         Experts(draft: true, limit: 200) { docs { id name } }
         Offering(id: "${publishedWithDraft}", draft: true) { title } }`,
      { token },
    )
    expect(answer.status).toBe(200)
    expect(answer.text).not.toContain(secretTitle)
    for (const id of hidden()) expect(answer.text).not.toContain(id)
    const versions = await api.graphql('{ versionsOfferings(limit: 500) { docs { parent { id } version { title } } } }', { token })
    expect(versions.text).not.toContain(secretTitle)
    const byId = await api.graphql(`{ Expert(id: "${world.id('experts', 'without public profile of organisation B')}") { name } }`, { token })
    expect(byId.body?.data?.Expert ?? null).toBeNull()
    // The check can fail: the coordinator gets the draft through the same query.
    const coordinator = await api.graphql(`{ Offering(id: "${publishedWithDraft}", draft: true) { title } }`, { token: tokenOf('coordinator') })
    expect(coordinator.body.data.Offering.title).toBe(secretTitle)
  })

  it('through relationships: a published route map and working group do not carry B’s drafts along', async () => {
    const routeMap = await createTrusted(
      payload,
      'routeMaps',
      {
        ...routeMapData('met verwijzingen naar B'),
        steps: [
          {
            key: 'start',
            kind: 'uitkomst',
            title: 'Uitkomst',
            links: [
              { label: 'Concept van B', doc: { relationTo: 'offerings', value: world.id('offerings', 'draft of organisation B') } },
              { label: 'Aanbod van B met concept', doc: { relationTo: 'offerings', value: publishedWithDraft } },
            ],
          },
        ],
      },
      { draft: false },
    )
    const group = await createTrusted(
      payload,
      'workingGroups',
      { ...workingGroupData('met concept-organisatie'), members: [{ organisation: world.id('organisations', 'draft'), role: 'lid' }] },
      { draft: false },
    )
    const token = tokenOf('partnerEditor')
    const draftOrganisationName = (await trustedDoc('organisations', world.id('organisations', 'draft'))).name
    const draftOfferingTitle = (await trustedDoc('offerings', world.id('offerings', 'draft of organisation B'))).title
    for (const query of ['?depth=2', '?depth=2&draft=true']) {
      for (const answer of [await api.rest('get', `/routeMaps/${routeMap}${query}`, { token }), await api.rest('get', `/workingGroups/${group}${query}`, { token })]) {
        expect(answer.status).toBe(200)
        expect(answer.text).not.toContain(secretTitle)
        expect(answer.text).not.toContain(draftOfferingTitle)
        expect(answer.text).not.toContain(draftOrganisationName)
      }
    }
    const local = await payload.findByID({ collection: 'routeMaps', id: routeMap, overrideAccess: false, user: users.get('partnerEditor') as never, depth: 2, draft: true })
    expect(JSON.stringify(local)).not.toContain(secretTitle)
    const graph = await api.graphql(
      `{ RouteMap(id: "${routeMap}", draft: true) { steps { links { doc { relationTo value { ... on Offering { id title } } } } } }
         WorkingGroup(id: "${group}", draft: true) { members { organisation { name } } } }`,
      { token },
    )
    expect(graph.text).not.toContain(secretTitle)
    expect(graph.text).not.toContain(draftOfferingTitle)
    expect(graph.text).not.toContain(draftOrganisationName)
    // The check can fail: for the coordinator the same route map does carry the draft.
    const coordinator = await api.rest('get', `/routeMaps/${routeMap}?depth=2&draft=true`, { token: tokenOf('coordinator') })
    expect(coordinator.text).toContain(draftOfferingTitle)
  })

  it('staff-only details of B’s documents stay hidden from A’s editor, shown to B’s own staff', async () => {
    const expertB = world.id('experts', 'of organisation B')
    await payload.update({ collection: 'experts', id: expertB, data: { account: world.id('users', 'expert') } as never, ...trusted })
    await payload.update({ collection: 'organisations', id: orgB(world), data: { emailDomains: ['organisatie-b.nl'] } as never, ...trusted })
    const asEditorA = await api.rest('get', `/experts/${expertB}`, { token: tokenOf('partnerEditor') })
    expect(asEditorA.body.account).toBeUndefined()
    expect((await api.rest('get', `/organisations/${orgB(world)}`, { token: tokenOf('partnerEditor') })).body.emailDomains).toBeUndefined()
    const asMemberB = await api.rest('get', `/experts/${expertB}`, { token: tokenOf('platformMember') })
    expect(String(asMemberB.body.account?.id ?? asMemberB.body.account)).toBe(world.id('users', 'expert'))
    expect((await api.rest('get', `/organisations/${orgB(world)}`, { token: tokenOf('platformMember') })).body.emailDomains).toEqual(['organisatie-b.nl'])
  })
})

// Keeps the cell count visible in the output.
describe('size of the matrix', () => {
  it(`has ${readCells.length} read, ${versionCells.length} version, ${createCells.length} create, ${updateCells.length} update, ${deleteCells.length} delete, ${globalCells.length} global and ${endpointCells.length} endpoint cells`, () => {
    expect(readCells.length + versionCells.length + createCells.length + updateCells.length + deleteCells.length + globalCells.length + endpointCells.length).toBeGreaterThan(500)
  })
})
