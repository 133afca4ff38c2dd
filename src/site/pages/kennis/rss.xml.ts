/** GET /kennis/rss.xml: the latest 50 published articles as RSS 2.0. */
import type { APIRoute } from 'astro'
import { buildRss } from '../../../domain/feeds/rss'
import { articleKinds, labelOf } from '../../../domain/vocabulary'
import { listArticles } from '../../lib/directoryContent'
import { absoluteUrl } from '../../lib/origin'

export const GET: APIRoute = async ({ locals }) => {
  const articles = await listArticles(locals.payload, { limit: 50 })
  const xml = buildRss({
    title: 'Kennis en nieuws: Expertisenetwerk (L)VB Amsterdam en LVB18+',
    url: absoluteUrl('/kennis'),
    feedUrl: absoluteUrl('/kennis/rss.xml'),
    description: 'Nieuws, publicaties en tools van het Expertisenetwerk Jeugd (L)VB Amsterdam en LVB18+.',
    items: articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(`/kennis/${article.slug}`),
      description: article.summary,
      publishedAt: article.publishedAt,
      category: labelOf(articleKinds, article.kind),
    })),
  })
  return new Response(xml, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  })
}
