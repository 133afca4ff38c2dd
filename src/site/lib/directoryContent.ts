/**
 * Queries of the directory pages (experts, working groups, knowledge, sitemap, feed), in the
 * style of content.ts: visitor's rights (`overrideAccess: false`), published only, only the
 * fields shown, depth as small as the page allows.
 */
import type { Payload } from 'payload'
import type { ArticleKind } from '../../domain/vocabulary'
import type { Media } from '../../payload-types'
import { articleSummarySelect, type ArticleSummary } from './content'
import { findAllDocs, findPage, type FoundPage } from './findAll'
import { cleanSlug, findDocs, published, type Found } from './publicQuery'

const downloadSelect = { url: true, filename: true, mimeType: true, filesize: true, alt: true, caption: true } as const

/** A media document as a download link needs it (see `downloadSelect`). */
export type DownloadDoc = Pick<Media, 'id' | 'url' | 'filename' | 'mimeType' | 'filesize' | 'alt' | 'caption'>

// ---------------------------------------------------------------------------------------------
// Experts
// ---------------------------------------------------------------------------------------------

/** All experts with a public profile, with their organisation's name and slug (depth 1). */
export async function listAllPublicExperts(payload: Payload) {
  return findAllDocs(payload, {
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

const workingGroupSummarySelect = {
  name: true,
  slug: true,
  theme: true,
  status: true,
  networks: true,
  startDate: true,
  endDate: true,
} as const

/** A working group in the list on /werkgroepen. */
export type WorkingGroupSummary = Found<'workingGroups', typeof workingGroupSummarySelect>

/** Every published working group, newest first (the page shows them all). */
export async function listWorkingGroups(payload: Payload): Promise<WorkingGroupSummary[]> {
  return findAllDocs(payload, {
    collection: 'workingGroups',
    where: published,
    sort: '-startDate',
    depth: 0,
    select: workingGroupSummarySelect,
  })
}

export async function getWorkingGroupBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs(payload, {
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

/** The latest `limit` published articles, newest first (the RSS feed: a feed says it shows the latest). */
export async function listArticles(payload: Payload, { limit }: { limit: number }): Promise<ArticleSummary[]> {
  return findDocs(payload, {
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
  return findPage(
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
export async function getArticleBySlug(payload: Payload, slug: string | undefined) {
  const value = cleanSlug(slug)
  if (!value) return undefined
  const [doc] = await findDocs(payload, {
    collection: 'articles',
    where: { and: [published, { slug: { equals: value } }] },
    depth: 1,
    populate: { media: downloadSelect },
    limit: 1,
    pagination: false,
  })
  return doc
}
