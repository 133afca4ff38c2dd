/**
 * Small pure helpers of the page frame (layouts/BaseLayout.astro).
 */
import { SITE_NAME } from './navigation'

/** Longer titles are cut off in search results (and html-validate's `long-title` says so). */
export const MAX_TITLE_LENGTH = 70

/**
 * The document title: "Pagina | Expertisenetwerk (L)VB Amsterdam" when it fits in 70 characters,
 * else the page's own title (cut at a word, with an ellipsis, when that alone is too long).
 */
export function pageTitle(title: string): string {
  const withSite = `${title} | ${SITE_NAME}`
  if (withSite.length <= MAX_TITLE_LENGTH) return withSite
  if (title.length <= MAX_TITLE_LENGTH) return title
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,.;:|–-]+$/, '')}…`
}

// What Astro writes before the first island of a page (runtime/server/astro-island-styles.js).
const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>'

/**
 * Takes Astro's style for islands out of the rendered body (a <style> element is only valid in
 * the head), giving its CSS to put in the head instead.
 */
export function hoistIslandStyle(html: string): { html: string; headStyle?: string } {
  const at = html.indexOf(ISLAND_STYLE)
  if (at === -1) return { html }
  return {
    html: html.slice(0, at) + html.slice(at + ISLAND_STYLE.length),
    headStyle: ISLAND_STYLE.slice('<style>'.length, -'</style>'.length),
  }
}
