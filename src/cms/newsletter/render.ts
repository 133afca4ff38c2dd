import type { Payload, PayloadRequest, Where } from 'payload'
import { renderNewsletterEmail, type Section } from '../../domain/newsletter/emailTemplate'
import { labelOf, networks as networkList, newsletterSectionKinds, type NewsletterSectionKind } from '../../domain/vocabulary'
import { serverUrl } from '../../env'
import { richTextToEmailHtml } from './emailRichText'

/**
 * Renders a newsletter edition from the database: its rich text, and the sections that pull in
 * upcoming events, recent articles and new or updated offerings. Only published, public
 * content is read (`overrideAccess: false` without a user: what an anonymous visitor may see),
 * because the edition goes to the public and into the public archive.
 */

const SITE_NAME = 'Expertisenetwerk (L)VB Amsterdam'

const dateTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' })
const date = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' })

export interface EditionSection {
  kind?: NewsletterSectionKind | null
  heading?: string | null
  limit?: number | null
  sinceDays?: number | null
}

export interface EditionSource {
  id: string | number
  title: string
  slug?: string | null
  intro?: string | null
  content?: unknown
  networks?: string[] | null
  sections?: EditionSection[] | null
}

export interface RenderedEdition {
  subject: string
  html: string
  text: string
  sections: Section[]
  webUrl: string
}

const published: Where = { _status: { equals: 'published' } }

function networksWhere(networks: string[]): Where {
  return networks.length ? { networks: { in: networks } } : {}
}

async function sectionItems(payload: Payload, section: EditionSection, networks: string[], now: Date, req?: PayloadRequest): Promise<Section> {
  const kind = section.kind ?? 'upcomingEvents'
  const limit = Math.max(1, Math.min(10, section.limit ?? 3))
  const since = new Date(now.getTime() - Math.max(1, section.sinceDays ?? 90) * 24 * 60 * 60 * 1000)
  const heading = section.heading?.trim() || labelOf(newsletterSectionKinds, kind)
  const common = { overrideAccess: false, depth: 0, limit, pagination: false, req } as const
  if (kind === 'upcomingEvents') {
    const { docs } = await payload.find({
      collection: 'events',
      ...common,
      where: { and: [published, networksWhere(networks), { endsAt: { greater_than_equal: now.toISOString() } }, { cancelled: { not_equals: true } }] },
      sort: 'startsAt',
    })
    return {
      heading,
      emptyText: 'Er staan op dit moment geen bijeenkomsten gepland.',
      items: docs.map((event) => ({
        title: event.title,
        url: `${serverUrl}/agenda/${event.slug}`,
        meta: [dateTime.format(new Date(event.startsAt)), event.location?.name].filter(Boolean).join(', '),
        summary: event.summary ?? undefined,
      })),
    }
  }
  if (kind === 'recentArticles') {
    const { docs } = await payload.find({
      collection: 'articles',
      ...common,
      where: { and: [published, networksWhere(networks), { publishedAt: { greater_than_equal: since.toISOString() } }, { publishedAt: { less_than_equal: now.toISOString() } }] },
      sort: '-publishedAt',
    })
    return {
      heading,
      emptyText: 'Er is de laatste tijd geen nieuwe kennis verschenen.',
      items: docs.map((article) => ({
        title: article.title,
        url: `${serverUrl}/kennis/${article.slug}`,
        meta: article.publishedAt ? date.format(new Date(article.publishedAt)) : undefined,
        summary: article.summary ?? undefined,
      })),
    }
  }
  const { docs } = await payload.find({
    collection: 'offerings',
    ...common,
    depth: 1,
    populate: { organisations: { name: true } },
    where: { and: [published, networksWhere(networks), { updatedAt: { greater_than_equal: since.toISOString() } }] },
    sort: '-updatedAt',
  })
  return {
    heading,
    emptyText: 'Er is de laatste tijd geen aanbod bijgekomen of bijgewerkt.',
    items: docs.map((offering) => {
      const organisation = offering.organisation && typeof offering.organisation === 'object' ? offering.organisation.name : undefined
      const isNew = new Date(offering.createdAt).getTime() >= since.getTime()
      return {
        title: offering.title,
        url: `${serverUrl}/aanbod/${offering.slug}`,
        meta: [isNew ? 'Nieuw' : 'Bijgewerkt', organisation].filter(Boolean).join(' – '),
        summary: offering.summary ?? undefined,
      }
    }),
  }
}

/** The networks an edition is for, as one phrase: "Jeugd (L)VB Amsterdam en LVB18+". */
export function networksLabel(networks: string[]): string {
  const labels = networks.map((network) => labelOf(networkList, network))
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} en ${labels.at(-1)}` : (labels[0] ?? '')
}

export async function renderEdition(payload: Payload, edition: EditionSource, options: { now?: Date; req?: PayloadRequest } = {}): Promise<RenderedEdition> {
  const now = options.now ?? new Date()
  const networks = edition.networks ?? []
  const sections: Section[] = []
  for (const section of edition.sections ?? []) sections.push(await sectionItems(payload, section, networks, now, options.req))
  const webUrl = `${serverUrl}/nieuwsbrief/archief/${edition.slug ?? ''}`
  const { html, text } = renderNewsletterEmail({
    siteName: SITE_NAME,
    siteUrl: serverUrl,
    title: edition.title,
    intro: edition.intro,
    bodyHtml: richTextToEmailHtml(edition.content, serverUrl),
    sections,
    webUrl,
    networksLabel: networksLabel(networks),
  })
  return { subject: edition.title, html, text, sections, webUrl }
}

/** Loads an edition with one level of relations (links and images in its rich text). */
export async function loadEdition(payload: Payload, id: string, req?: PayloadRequest): Promise<EditionSource> {
  return payload.findByID({ collection: 'newsletters', id, depth: 1, overrideAccess: true, req })
}
