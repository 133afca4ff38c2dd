/**
 * The data of one routekaart step for the island (same resolution as the page). Public and
 * read-only: it shows what the page shows. `tellen=nee` skips the counter (the browser's back
 * button, which re-shows a step that was already counted).
 */
import type { APIRoute } from 'astro'
import { siteOrigin } from '../../../lib/origin'
import { countStepView, getRouteMap, resolveStep } from '../../../lib/routeMap'

export const GET: APIRoute = async ({ params, url, locals }) => {
  const payload = locals.payload
  const map = await getRouteMap(payload, params.network ?? '')
  if (!map) return json({ error: 'Deze routekaart bestaat niet.' }, 404)
  let resolution = await resolveStep(locals, map, url.searchParams.get('pad'), siteOrigin())
  if (resolution.kind === 'redirect') {
    // Follow the redirect here: the island wants the step the page would show.
    resolution = await resolveStep(locals, map, new URL(resolution.location, url).searchParams.get('pad'), siteOrigin())
  }
  if (resolution.kind !== 'view') return json({ error: 'Deze stap bestaat niet.' }, 404)
  if (url.searchParams.get('tellen') !== 'nee') countStepView(payload, map, resolution.view.step.key, resolution.fromStepKey)
  return json(resolution.view, 200)
}

function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  })
}
