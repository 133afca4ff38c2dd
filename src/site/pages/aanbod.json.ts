/**
 * GET /aanbod.json?<the directory's parameters>: the directory view for a filter, for the
 * island's instant filtering. Public and read-only: it answers exactly what /aanbod renders for
 * the same URL (published offerings, visitor's rights, card fields only).
 */
import type { APIRoute } from 'astro'
import { parseOfferingFilter } from '../../domain/offerings/filter'
import { buildDirectoryView } from '../lib/offeringDirectory'
import { offeringIndex } from '../lib/offeringReadModel'

export const GET: APIRoute = async ({ url, locals }) => {
  const filter = parseOfferingFilter(url.searchParams)
  const view = buildDirectoryView(await offeringIndex(locals), filter)
  return new Response(JSON.stringify(view), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'x-robots-tag': 'noindex',
    },
  })
}
