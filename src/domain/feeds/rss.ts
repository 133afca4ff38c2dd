/**
 * An RSS 2.0 feed (with an atom:link to itself, as validators ask). Dates in RFC 822 as RSS
 * wants them; GUIDs are the items' permanent URLs.
 */
import { escapeXml } from './xml'

export interface RssItem {
  title: string
  url: string
  description?: string | null
  publishedAt?: string | Date | null
  category?: string | null
}

export interface RssChannel {
  title: string
  /** The site page the feed belongs to. */
  url: string
  /** The feed's own address. */
  feedUrl: string
  description: string
  language?: string
  items: readonly RssItem[]
}

function rfc822(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toUTCString()
}

export function buildRss(channel: RssChannel): string {
  const latest = channel.items.map((item) => rfc822(item.publishedAt)).find(Boolean)
  const items = channel.items.map((item) => {
    const parts = [
      `<title>${escapeXml(item.title)}</title>`,
      `<link>${escapeXml(item.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
    ]
    if (item.description) parts.push(`<description>${escapeXml(item.description)}</description>`)
    if (item.category) parts.push(`<category>${escapeXml(item.category)}</category>`)
    const date = rfc822(item.publishedAt)
    if (date) parts.push(`<pubDate>${date}</pubDate>`)
    return `<item>${parts.join('')}</item>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.url)}</link>`,
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language ?? 'nl-NL')}</language>`,
    latest ? `<lastBuildDate>${latest}</lastBuildDate>` : '',
    ...items,
    '</channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n')
}
