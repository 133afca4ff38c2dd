/**
 * Queries of the directory pages (experts, working groups, knowledge, sitemap, feed), in the
 * style of content.ts: visitor's rights (`overrideAccess: false`), published only, only the
 * fields shown, depth as small as the page allows.
 */
import type { Payload, Where } from 'payload'
import type { ArticleKind, Network, WorkingGroupRole, WorkingGroupStatus } from '../../domain/vocabulary'
import type { ArticleSummary, MediaDoc, OrganisationRef, RichTextValue } from './content'
import { cleanSlug, findDocs, published } from './publicQuery'

type ID = string | number
/** A media document as a download link needs it. */
export interface DownloadDoc extends MediaDoc {
  filesize?: number | null
  caption?: string | null
}

const downloadSelect = { url: true, filename: true, mimeType: true, filesize: true, alt: true, caption: true } as const

// ---------------------------------------------------------------------------------------------
// Experts
// ---------------------------------------------------------------------------------------------

export interface PublicExpert {
  id: ID
  name: string
  jobTitle?: string | null
  expertiseAreas?: string[] | null
  shortBio?: string | null
  availableForConsultation?: boolean | null
  networks?: Network[] | null
  organisation?: OrganisationRef | ID | null
}

/** All experts with a public profile, with their organisation's name and slug (depth 1). */
export async function listAllPublicExperts(payload: Payload): Promise<PublicExpert[]> {
  return findDocs<PublicExpert>(payload, {
    collection: 'experts',
    where: { and: [published, { publicProfile: { equals: true } }] },
    sort: 'name',
    depth: 1,
    populate: { organisations: { name: true, slug: true } },
    select: {
      name: true,
      jobTitle: true,
      expertiseAreas: true,
      shortBio: true,
      availableForConsultation: true,
      networks: true,
      organisation: true,
    },
    limit: 1000,
    pagination: false,
  })
}

// ---------------------------------------------------------------------------------------------
// Working groups
// ---------------------------------------------------------------------------------------------

export interface WorkingGroupSummary {
  id: ID
  name: string
  slug: string
  theme?: string | null
  status: WorkingGroupStatus
  networks?: Network[] | null
  startDate?: string | null
  endDate?: string | null
}

export interface WorkingGroup extends WorkingGroupSummary {
  assignment?: RichTextValue | null
  outcome?: RichTextValue | null
  /** Organisations only: person names are not public (the field is hidden from visitors). */
  members?: { organisation?: OrganisationRef | ID | null; role?: WorkingGroupRole | null }[] | null
  documents?: (DownloadDoc | ID)[] | null
}

const workingGroupSummarySelect = {
  name: true,
  slug: true,
  theme: true,
  status: true,
  networks: true,
  startDate: true,
  endDate: true,
} as const

export async function listWorkingGroups(payload: Payload): Promise<WorkingGroupSummary[]> {
  return findDocs<WorkingGroupSummary>(payload, {
    collection: 'workingGroups',
    where: published,
    sort: '-startDate',
    depth: 0,
    select: workingGroupSummarySelect,
    limit: 500,
    pagination: false,
  })
}

export async function getWorkingGroupBySlug(payload: Payload, slug: string | undefined): Promise<WorkingGroup | undefined> {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs<WorkingGroup>(payload, {
    collection: 'workingGroups',
    where: { and: [published, { slug: { equals: value } }] },
    depth: 1,
    populate: { organisations: { name: true, slug: true }, media: downloadSelect },
    select: {
      ...workingGroupSummarySelect,
      assignment: true,
      outcome: true,
      members: { organisation: true, role: true },
      documents: true,
    },
    limit: 1,
    pagination: false,
  })
  return doc
}

// ---------------------------------------------------------------------------------------------
// Articles (kennis)
// ---------------------------------------------------------------------------------------------

export interface Article extends ArticleSummary {
  author?: string | null
  content?: RichTextValue | null
  attachments?: (DownloadDoc | ID)[] | null
  updatedAt?: string | null
}

const articleSummarySelect = {
  title: true,
  slug: true,
  kind: true,
  networks: true,
  publishedAt: true,
  summary: true,
  externalUrl: true,
} as const

/** Published articles, newest first, optionally of one kind. */
export async function listArticles(
  payload: Payload,
  { kind, limit = 500 }: { kind?: ArticleKind; limit?: number } = {},
): Promise<ArticleSummary[]> {
  return findDocs<ArticleSummary>(payload, {
    collection: 'articles',
    where: kind ? { and: [published, { kind: { equals: kind } }] } : published,
    sort: '-publishedAt',
    depth: 0,
    select: articleSummarySelect,
    limit,
    pagination: false,
  })
}

/** One published article with its attachments (depth 1; only download fields of the media). */
export async function getArticleBySlug(payload: Payload, slug: string | undefined): Promise<Article | undefined> {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs<Article>(payload, {
    collection: 'articles',
    where: { and: [published, { slug: { equals: value } }] },
    depth: 1,
    populate: { media: downloadSelect },
    limit: 1,
    pagination: false,
  })
  return doc
}

// ---------------------------------------------------------------------------------------------
// Sitemap
// ---------------------------------------------------------------------------------------------

export interface SitemapDoc {
  slug: string
  updatedAt?: string | null
}

/** Slugs and modification dates of a collection's published documents. */
export async function listPublishedSlugs(
  payload: Payload,
  collection: 'offerings' | 'organisations' | 'workingGroups' | 'articles' | 'pages' | 'events',
  extra?: Where,
): Promise<SitemapDoc[]> {
  return findDocs<SitemapDoc>(payload, {
    collection,
    where: extra ? { and: [published, extra] } : published,
    depth: 0,
    select: { slug: true, updatedAt: true },
    sort: 'slug',
    limit: 5000,
    pagination: false,
  })
}
