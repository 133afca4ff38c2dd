import { describe, expect, it } from 'vitest'
import { buildRss } from '../../src/domain/feeds/rss'
import { buildSitemap } from '../../src/domain/feeds/sitemap'
import { escapeXml } from '../../src/domain/feeds/xml'

describe('feeds', () => {
  it('escapes XML and drops forbidden control characters', () => {
    expect(escapeXml(`<a href="x">'Tom' & Jerry</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; Jerry&lt;/a&gt;')
  })

  it('drops a control character from a text with nothing else to escape', () => {
    expect(escapeXml('plain\u0001text')).toBe('plaintext')
    expect(escapeXml('https://example.org/aanbod/a')).toBe('https://example.org/aanbod/a')
  })

  it('writes lastmod in UTC, whether the date comes as the database writes it or otherwise', () => {
    const xml = buildSitemap([
      { url: 'https://example.org/a', lastModified: '2026-11-02T10:00:00.000Z' },
      { url: 'https://example.org/b', lastModified: '2026-11-02T11:00:00+01:00' },
      { url: 'https://example.org/c', lastModified: 'geen datum' },
    ])
    expect(xml).toContain('<loc>https://example.org/a</loc><lastmod>2026-11-02T10:00:00.000Z</lastmod>')
    expect(xml).toContain('<loc>https://example.org/b</loc><lastmod>2026-11-02T10:00:00.000Z</lastmod>')
    expect(xml).toContain('<url><loc>https://example.org/c</loc></url>')
  })

  it('builds an RSS 2.0 channel with items, GUIDs and RFC 822 dates', () => {
    const xml = buildRss({
      title: 'Kennis & nieuws',
      url: 'https://example.org/kennis',
      feedUrl: 'https://example.org/kennis/rss.xml',
      description: 'Nieuws',
      items: [
        { title: 'Eerste <bericht>', url: 'https://example.org/kennis/a', description: 'Over A', publishedAt: '2026-11-02T10:00:00.000Z', category: 'Nieuws' },
        { title: 'Tweede', url: 'https://example.org/kennis/b' },
      ],
    })
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    expect(xml).toContain('<title>Kennis &amp; nieuws</title>')
    expect(xml).toContain('<title>Eerste &lt;bericht&gt;</title>')
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/kennis/a</guid>')
    expect(xml).toContain('<pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate>')
    expect(xml).toContain('<lastBuildDate>Mon, 02 Nov 2026 10:00:00 GMT</lastBuildDate>')
    expect(xml.match(/<item>/g)).toHaveLength(2)
  })

  it('builds a sitemap without duplicates', () => {
    const xml = buildSitemap([
      { url: 'https://example.org/' },
      { url: 'https://example.org/aanbod/a?x=1&y=2', lastModified: '2026-11-02T10:00:00.000Z' },
      { url: 'https://example.org/' },
    ])
    expect(xml.match(/<url>/g)).toHaveLength(2)
    expect(xml).toContain('<loc>https://example.org/aanbod/a?x=1&amp;y=2</loc><lastmod>2026-11-02T10:00:00.000Z</lastmod>')
  })
})
