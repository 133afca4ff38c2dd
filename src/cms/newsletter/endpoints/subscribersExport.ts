import { subscribersCsv } from '../subscriptions'
import { authorisedEndpoint, coordinatorsOnly } from '../../shared/endpoints'

/** GET /api/subscribers/export: every subscriber as a CSV file, for coordinators only. */
export const subscribersExport = authorisedEndpoint({
  path: '/export',
  method: 'get',
  ...coordinatorsOnly,
  handler: async (req) => {
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
})
