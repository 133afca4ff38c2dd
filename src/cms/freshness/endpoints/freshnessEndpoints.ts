import { overviewCsv, parseSortDirection, parseSortKey } from '../../../domain/freshness/overview'
import { freshnessOverview } from '../freshnessOverview'
import { sendChangesDigest } from '../sendChangesDigest'
import { sendFreshnessReminders } from '../sendFreshnessReminders'
import { authorisedEndpoint, coordinatorsOnly } from '../../shared/endpoints'

/**
 * GET /api/organisations/freshness-overview[?sort=overdue&dir=desc&format=csv]: the freshness
 * overview per organisation as JSON or as a CSV download. Coordinators only.
 */
export const freshnessOverviewEndpoint = authorisedEndpoint({
  ...coordinatorsOnly,
  path: '/freshness-overview',
  method: 'get',
  handler: async (req) => {
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const key = parseSortKey(params.get('sort'))
    const rows = await freshnessOverview(req.payload, { key, direction: parseSortDirection(params.get('dir'), key) }, req)
    if (params.get('format') === 'csv') {
      const day = new Date().toISOString().slice(0, 10)
      return new Response(overviewCsv(rows), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="actualiteit-partners-${day}.csv"`,
        },
      })
    }
    return Response.json({ rows })
  },
})

/**
 * POST /api/organisations/freshness-reminders: run the daily reminder check now (coordinators),
 * e.g. after lowering the review period. Sends nothing twice (the run records what it sent).
 */
export const runFreshnessRemindersEndpoint = authorisedEndpoint({
  ...coordinatorsOnly,
  path: '/freshness-reminders',
  method: 'post',
  handler: async (req) => Response.json(await sendFreshnessReminders(req.payload, new Date(), req)),
})

/** POST /api/organisations/partner-digest: send the weekly digest of partner changes now (coordinators). */
export const runPartnerDigestEndpoint = authorisedEndpoint({
  ...coordinatorsOnly,
  path: '/partner-digest',
  method: 'post',
  handler: async (req) => Response.json(await sendChangesDigest(req.payload, new Date(), req)),
})
