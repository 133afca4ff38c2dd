import { newsletterStatistics, newsletterStatisticsCsv } from '../../../domain/newsletter/statistics'
import { countUnsubscribesWithoutEdition, loadEditionCounts, loadEditions } from '../load/newsletters'
import { authorisedEndpoint } from '../../shared/endpoints'
import { csvResponse, exportAccess, fileSuffix, filtersOf } from './respond'

/** GET /api/monitoring/nieuwsbrief?jaar=2026[&netwerk=jeugd]: one row per edition (coordinators). */
export const newsletterCsvEndpoint = authorisedEndpoint({
  ...exportAccess,
  path: '/monitoring/nieuwsbrief',
  method: 'get',
  handler: async (req) => {
    const filters = filtersOf(req)
    const editions = await loadEditions(req.payload, filters, req)
    const [counts, withoutEdition] = await Promise.all([
      loadEditionCounts(req.payload, editions.map((e) => String(e.id)), req),
      countUnsubscribesWithoutEdition(req.payload, filters, req),
    ])
    return csvResponse(newsletterStatisticsCsv(newsletterStatistics(editions, counts, withoutEdition)), `nieuwsbrief-${fileSuffix(filters)}.csv`)
  },
})
