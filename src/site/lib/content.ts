/**
 * The site's queries: every page reads content through these functions, on the Payload instance
 * the server hands the page (`Astro.locals.payload`), with the visitor's rights:
 *
 * - `overrideAccess: false` on every call, so the collections' read access decides (anonymous
 *   visitors see only published, public content; private fields stay hidden);
 * - `_status: published` as well where the collection has drafts, and `draft: false`, so a
 *   draft never shows even if an access rule were widened later;
 * - `depth` chosen per query: 0 where relations are not shown, 1 where one level is shown
 *   (an offering's organisation, a logo), with `populate`/`select` limiting what is loaded.
 *
 * The types are Payload's generated ones (src/payload-types.ts), narrowed to what each query
 * selects: a page sees exactly the fields its query asked for. The site reaches the CMS only
 * through the Local API.
 */
import type { Payload } from 'payload'
import type { Media, Offering, Organisation, SiteSetting } from '../../payload-types'
import { findAllDocs } from './findAll'
import { cleanSlug, findDocs, published, publishedAnd, type Found } from './publicQuery'

// ---------------------------------------------------------------------------------------------
// Types (narrowed generated types; the ones components take as props)
// ---------------------------------------------------------------------------------------------

type ID = string | number

/** Lexical rich text as stored by Payload (rendered by components/RichText.astro). */
export type RichTextValue = NonNullable<Offering['description']>

/** An upload as an <img> needs it (see `logoPopulate`). */
export type MediaDoc = Pick<Media, 'id' | 'url' | 'alt' | 'filename' | 'mimeType' | 'width' | 'height'>

/** An organisation as other documents show it (populated relation: name and slug). */
export type OrganisationRef = Pick<Organisation, 'id' | 'name' | 'slug'>

/**
 * An offering in a list (components/OfferingCard.astro), as the directory's read model gives it:
 * the organisation populated when it is public, otherwise only its ID.
 */
export type OfferingSummary = Pick<Offering, 'id' | 'title' | 'isExample' | 'ageMin' | 'ageMax' | 'waitingTimeWeeks' | 'waitingTimeUpdatedAt' | 'lastReviewedAt'> & {
  slug: string
  organisation: OrganisationRef | ID | null
  summary?: Offering['summary'] | null
  networks?: Offering['networks'] | null
  kindsOfHelp?: Offering['kindsOfHelp'] | null
  updatedAt?: string | null
}

/** The public site settings (names and taglines of both networks, contact details). */
export type SiteSettings = SiteSetting

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** The ID of a relation, populated or not. */
export function relationId(value: { id: ID } | ID | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? String(value.id) : String(value)
}

/** The populated document of a relation, or undefined when only the ID came back (not public). */
export function populated<T extends { id: ID }>(value: T | ID | null | undefined): T | undefined {
  return value !== null && typeof value === 'object' ? value : undefined
}

const organisationRefSelect = { name: true, slug: true } as const

const offeringSummarySelect = {
  title: true,
  slug: true,
  organisation: true,
  isExample: true,
  networks: true,
  summary: true,
  kindsOfHelp: true,
  ageMin: true,
  ageMax: true,
  waitingTimeWeeks: true,
  waitingTimeUpdatedAt: true,
  lastReviewedAt: true,
} as const

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

const organisationSummarySelect = { name: true, slug: true, shortDescription: true, membershipStatus: true, networks: true, logo: true } as const

/** An organisation in the list of members (components/OrganisationCard.astro). */
export type OrganisationSummary = Found<'organisations', typeof organisationSummarySelect>

const logoPopulate = { media: { url: true, filename: true, alt: true, mimeType: true, width: true, height: true } } as const

/** Members and aspirant members (former members are not listed), by name: all of them, page by page. */
export async function listMemberOrganisations(payload: Payload): Promise<OrganisationSummary[]> {
  return findAllDocs(payload, {
    collection: 'organisations',
    where: publishedAnd({ membershipStatus: { in: ['lid', 'aspirant'] } }),
    sort: 'name',
    // Depth 1 for the logo only; of the upload what an <img> needs (url is derived from filename).
    depth: 1,
    populate: logoPopulate,
    select: organisationSummarySelect,
  })
}

/** One published organisation with its logo (depth 1: the logo upload and links in its description). */
export async function getOrganisationBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'organisations',
    where: publishedAnd({ slug: { equals: value } }),
    depth: 1,
    populate: logoPopulate,
    select: {
      ...organisationSummarySelect,
      description: true,
      website: true,
      contact: true,
      address: true,
      areas: true,
      memberSince: true,
      aspirantSince: true,
      lastReviewedAt: true,
      updatedAt: true,
    },
    limit: 1,
    pagination: false,
  })
  return doc
}

// ---------------------------------------------------------------------------------------------
// Offerings (lists of offerings come from the directory's read model: lib/offeringReadModel.ts)
// ---------------------------------------------------------------------------------------------

/** One published offering, with its organisation's name and slug (depth 1; links in its rich text too). */
export async function getOfferingBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'offerings',
    where: publishedAnd({ slug: { equals: value } }),
    depth: 1,
    populate: { organisations: organisationRefSelect },
    select: {
      ...offeringSummarySelect,
      description: true,
      targetGroupTraits: true,
      settings: true,
      fundingLaws: true,
      areas: true,
      howToRefer: true,
      contact: true,
      updatedAt: true,
    },
    limit: 1,
    pagination: false,
  })
  return doc
}

// ---------------------------------------------------------------------------------------------
// Experts
// ---------------------------------------------------------------------------------------------

/**
 * The public experts of one organisation: published and with consent for a public profile
 * (the access rule says the same; the condition here keeps it true if the rule changes).
 * Depth 0: no photo or account; only the fields shown are selected.
 */
export async function listPublicExperts(payload: Payload, organisationId: ID) {
  return findAllDocs(payload, {
    collection: 'experts',
    where: publishedAnd({ publicProfile: { equals: true } }, { organisation: { equals: organisationId } }),
    sort: 'name',
    depth: 0,
    select: {
      name: true,
      jobTitle: true,
      expertiseAreas: true,
      shortBio: true,
      availableForConsultation: true,
      networks: true,
    },
  })
}

// ---------------------------------------------------------------------------------------------
// Events and articles
// ---------------------------------------------------------------------------------------------

export const eventSummarySelect = {
  title: true,
  slug: true,
  kind: true,
  audience: true,
  networks: true,
  cancelled: true,
  startsAt: true,
  endsAt: true,
  location: true,
  onlineUrl: true,
  summary: true,
  /** For "Vol — wachtlijst" in the agenda. */
  capacity: true,
  registrationEnabled: true,
} as const

/** An event in a list (components/EventList.astro). */
export type EventSummary = Found<'events', typeof eventSummarySelect>

export const articleSummarySelect = { title: true, slug: true, kind: true, networks: true, publishedAt: true, summary: true, externalUrl: true } as const

/** An article in a list (components/ArticleList.astro). */
export type ArticleSummary = Found<'articles', typeof articleSummarySelect>

/** Published events that have not ended yet, soonest first (depth 0). */
export async function listUpcomingEvents(payload: Payload, { limit = 3, now = new Date() } = {}): Promise<EventSummary[]> {
  return findDocs(payload, {
    collection: 'events',
    where: publishedAnd({ endsAt: { greater_than_equal: now.toISOString() } }),
    sort: 'startsAt',
    depth: 0,
    limit,
    // The first few only, no total shown: no count query on every render.
    pagination: false,
    select: eventSummarySelect,
  })
}

/** The latest published articles (news, publications, tools), newest first (depth 0). */
export async function listLatestArticles(payload: Payload, { limit = 3 } = {}): Promise<ArticleSummary[]> {
  return findDocs(payload, {
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    depth: 0,
    limit,
    pagination: false,
    select: articleSummarySelect,
  })
}

// ---------------------------------------------------------------------------------------------
// Pages and settings
// ---------------------------------------------------------------------------------------------

/** One published content page; depth 1 so uploads and internal links in its rich text resolve. */
export async function getPageBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'pages',
    where: publishedAnd({ slug: { equals: value } }),
    depth: 1,
    limit: 1,
    pagination: false,
  })
  return doc
}

/** The public site settings (names and taglines of both networks, contact details). */
export async function getSiteSettings(payload: Payload): Promise<SiteSettings> {
  return payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false })
}
