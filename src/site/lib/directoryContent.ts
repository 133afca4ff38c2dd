/**
 * Queries of the directory pages (experts, working groups, knowledge, sitemap, feed), in the
 * style of content.ts: visitor's rights (`overrideAccess: false`), published only, only the
 * fields shown, depth as small as the page allows.
 */
import type { Payload } from 'payload'
import type { ArticleKind, Network, WorkingGroupRole, WorkingGroupStatus } from '../../domain/vocabulary'
import type { ArticleSummary, MediaDoc, OrganisationRef, RichTextValue } from './content'
import { findAllDocs, findPage, type FoundPage } from './findAll'
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
  return findAllDocs<PublicExpert>(payload, {
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

/** Every published working group, newest first (the page shows them all). */
export async function listWorkingGroups(payload: Payload): Promise<WorkingGroupSummary[]> {
  return findAllDocs<WorkingGroupSummary>(payload, {
    collection: 'workingGroups',
    where: published,
    sort: '-startDate',
    depth: 0,
    select: workingGroupSummarySelect,
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

/** The latest `limit` published articles, newest first (the RSS feed: a feed says it shows the latest). */
export async function listArticles(payload: Payload, { limit }: { limit: number }): Promise<ArticleSummary[]> {
  return findDocs<ArticleSummary>(payload, {
    collection: 'articles',
    where: published,
    sort: '-publishedAt',
    depth: 0,
    select: articleSummarySelect,
    limit,
    pagination: false,
  })
}

/** One page of published articles, newest first, optionally of one kind, with the true total. */
export async function listArticlesPage(
  payload: Payload,
  { kind, page, pageSize }: { kind?: ArticleKind; page: number; pageSize: number },
): Promise<FoundPage<ArticleSummary>> {
  return findPage<ArticleSummary>(
    payload,
    {
      collection: 'articles',
      where: kind ? { and: [published, { kind: { equals: kind } }] } : published,
      sort: '-publishedAt',
      depth: 0,
      select: articleSummarySelect,
    },
    page,
    pageSize,
  )
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
