import type { Endpoint } from 'payload'
import { isCoordinatorUser } from '../access/roles'
import { subscribersCsv } from '../newsletter/subscribers'

/** GET /api/subscribers/export: every subscriber as a CSV file, for coordinators only. */
export const subscribersExport: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isCoordinatorUser(req.user)) return new Response('Alleen voor coördinatoren.', { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } })
    const csv = await subscribersCsv(req.payload, req)
    const day = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="abonnees-nieuwsbrief-${day}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
