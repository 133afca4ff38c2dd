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
 * The types below describe only the fields the site shows. They follow the collection configs
 * in src/cms/collections (field names in English) without importing them: the
 * site reaches the CMS only through the Local API.
 */
import type { Payload, Where } from 'payload'
import { findAllDocs } from './findAll'
import { cleanSlug, findDocs, published, publishedAnd } from './publicQuery'
import type {
  Area,
  ArticleKind,
  CareSetting,
  EventAudience,
  EventKind,
  FundingLaw,
  KindOfHelp,
  MembershipStatus,
  Network,
  TargetGroupTrait,
} from '../../domain/vocabulary'

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

type ID = string | number

/** Lexical rich text as stored by Payload (rendered by components/RichText.astro). */
export interface RichTextValue {
  root: { type: string; children: unknown[]; [key: string]: unknown }
  [key: string]: unknown
}

export interface MediaDoc {
  id: ID
  url?: string | null
  alt?: string | null
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
}

export interface Contact {
  contactPerson?: string | null
  name?: string | null
  email?: string | null
  phone?: string | null
}

/** An organisation as other documents show it (populated relation). */
export interface OrganisationRef {
  id: ID
  name: string
  slug: string
}

export interface OrganisationSummary extends OrganisationRef {
  shortDescription?: string | null
  membershipStatus: MembershipStatus
  networks?: Network[] | null
  logo?: MediaDoc | ID | null
}

export interface Organisation extends OrganisationSummary {
  description?: RichTextValue | null
  website?: string | null
  contact?: Contact | null
  address?: { street?: string | null; postcode?: string | null; city?: string | null } | null
  areas?: Area[] | null
  memberSince?: string | null
  aspirantSince?: string | null
  lastReviewedAt?: string | null
  updatedAt?: string | null
}

export interface OfferingSummary {
  id: ID
  title: string
  slug: string
  /** Populated (depth 1) when the organisation is public, otherwise only its ID. */
  organisation: OrganisationRef | ID | null
  isExample?: boolean | null
  networks?: Network[] | null
  summary?: string | null
  kindsOfHelp?: KindOfHelp[] | null
  ageMin?: number | null
  ageMax?: number | null
  waitingTimeWeeks?: number | null
  waitingTimeUpdatedAt?: string | null
  lastReviewedAt?: string | null
  updatedAt?: string | null
}

export interface Offering extends OfferingSummary {
  description?: RichTextValue | null
  targetGroupTraits?: TargetGroupTrait[] | null
  settings?: CareSetting[] | null
  fundingLaws?: FundingLaw[] | null
  areas?: Area[] | null
  howToRefer?: RichTextValue | null
  contact?: Contact | null
}

export interface ExpertSummary {
  id: ID
  name: string
  jobTitle?: string | null
  expertiseAreas?: string[] | null
  shortBio?: string | null
  availableForConsultation?: boolean | null
  networks?: Network[] | null
}

export interface EventSummary {
  id: ID
  title: string
  slug: string
  kind: EventKind
  audience?: EventAudience | null
  networks?: Network[] | null
  cancelled?: boolean | null
  startsAt: string
  endsAt?: string | null
  location?: { name?: string | null; address?: string | null } | null
  onlineUrl?: string | null
  summary?: string | null
  /** For "Vol — wachtlijst" in the agenda. */
  capacity?: number | null
  registrationEnabled?: boolean | null
}

export interface ArticleSummary {
  id: ID
  title: string
  slug: string
  kind: ArticleKind
  networks?: Network[] | null
  publishedAt?: string | null
  summary?: string | null
  externalUrl?: string | null
}

export interface Page {
  id: ID
  title: string
  slug: string
  network?: Network | null
  intro?: string | null
  content?: RichTextValue | null
  seo?: { metaDescription?: string | null } | null
}

export interface NetworkSettings {
  name?: string | null
  tagline?: string | null
  coordinator?: { name?: string | null; email?: string | null; phone?: string | null } | null
  contactEmail?: string | null
  contactPhone?: string | null
  postalAddress?: string | null
  footerText?: string | null
}

export interface SiteSettings {
  siteName?: string | null
  jeugd?: NetworkSettings | null
  volwassenen?: NetworkSettings | null
}

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

const logoPopulate = { media: { url: true, filename: true, alt: true, mimeType: true, width: true, height: true } } as const

/** Members and aspirant members (former members are not listed), by name: all of them, page by page. */
export async function listMemberOrganisations(payload: Payload): Promise<OrganisationSummary[]> {
  return findAllDocs<OrganisationSummary>(payload, {
    collection: 'organisations',
    where: publishedAnd({ membershipStatus: { in: ['lid', 'aspirant'] } }),
    sort: 'name',
    // Depth 1 for the logo only; of the upload what an <img> needs (url is derived from filename).
    depth: 1,
    populate: logoPopulate,
    select: { name: true, slug: true, shortDescription: true, membershipStatus: true, networks: true, logo: true },
  })
}

/** One published organisation with its logo (depth 1: the logo upload and links in its description). */
export async function getOrganisationBySlug(payload: Payload, slug: string | undefined): Promise<Organisation | undefined> {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs<Organisation>(payload, {
    collection: 'organisations',
    where: publishedAnd({ slug: { equals: value } }),
    depth: 1,
    populate: logoPopulate,
    select: {
      name: true,
      slug: true,
      shortDescription: true,
      membershipStatus: true,
      networks: true,
      logo: true,
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
export async function getOfferingBySlug(payload: Payload, slug: string | undefined): Promise<Offering | undefined> {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs<Offering>(payload, {
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
export async function listPublicExperts(payload: Payload, organisationId: ID): Promise<ExpertSummary[]> {
  return findAllDocs<ExpertSummary>(payload, {
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

/** Published events that have not ended yet, soonest first (depth 0). */
export async function listUpcomingEvents(payload: Payload, { limit = 3, now = new Date() } = {}): Promise<EventSummary[]> {
  return findDocs<EventSummary>(payload, {
    collection: 'events',
    where: publishedAnd({ endsAt: { greater_than_equal: now.toISOString() } }),
    sort: 'startsAt',
    depth: 0,
    limit,
    select: {
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
      capacity: true,
      registrationEnabled: true,
    },
  })
}

/** The latest published articles (news, publications, tools), newest first (depth 0). */
export async function listLatestArticles(payload: Payload, { limit = 3 } = {}): Promise<ArticleSummary[]> {
  return findDocs<ArticleSummary>(payload, {
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    depth: 0,
    limit,
    select: { title: true, slug: true, kind: true, networks: true, publishedAt: true, summary: true, externalUrl: true },
  })
}

// ---------------------------------------------------------------------------------------------
// Pages and settings
// ---------------------------------------------------------------------------------------------

/** One published content page; depth 1 so uploads and internal links in its rich text resolve. */
export async function getPageBySlug(payload: Payload, slug: string | undefined): Promise<Page | undefined> {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs<Page>(payload, {
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
  const settings = await payload.findGlobal({ slug: 'siteSettings', depth: 0, overrideAccess: false })
  return settings as unknown as SiteSettings
}
