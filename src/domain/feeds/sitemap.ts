/** A sitemap (sitemaps.org 0.9): one <url> per public address, with its last change when known. */
import { escapeXml } from './xml'

export interface SitemapEntry {
  url: string
  lastModified?: string | Date | null
}

/** How the database hands out dates already (UTC, milliseconds): used as it is, not parsed again. */
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

function isoDate(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  if (typeof value === 'string' && ISO_UTC.test(value)) return value
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const seen = new Set<string>()
  const urls = entries
    .filter((entry) => !seen.has(entry.url) && seen.add(entry.url))
    .map((entry) => {
      const modified = isoDate(entry.lastModified)
      return `<url><loc>${escapeXml(entry.url)}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}</url>`
    })
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>'].join('\n')
}

/** The most URLs one sitemap file may hold (sitemaps.org); beyond it a sitemap index lists the parts. */
export const MAX_SITEMAP_URLS = 50_000

/** A sitemap index (sitemaps.org 0.9): one <sitemap> per part. */
export function buildSitemapIndex(parts: readonly SitemapEntry[]): string {
  const sitemaps = parts.map((part) => {
    const modified = isoDate(part.lastModified)
    return `<sitemap><loc>${escapeXml(part.url)}</loc>${modified ? `<lastmod>${modified}</lastmod>` : ''}</sitemap>`
  })
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...sitemaps, '</sitemapindex>'].join('\n')
}
