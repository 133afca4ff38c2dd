import type { Endpoint } from 'payload'
import { caseMonitoringCsv } from '../../../domain/caseQuestions/monitoring'
import { caseReadAs, loadCaseNorms, loadMonitoredQuestions } from '../load/caseQuestions'
import { csvResponse, fileSuffix, filtersOf, refuseExport } from './respond'

/**
 * GET /api/caseQuestions/monitoring?jaar=2026[&netwerk=jeugd]: one row per case question of the
 * year, in the labels people read (no free text of the case), for coordinators. The view with
 * the charts is /admin/monitoring.
 */
export const caseQuestionsCsvEndpoint: Endpoint = {
  path: '/monitoring',
  method: 'get',
  handler: async (req) => {
    const refused = refuseExport(req)
    if (refused) return refused
    const filters = filtersOf(req)
    const [questions, norms] = await Promise.all([loadMonitoredQuestions(req.payload, filters, caseReadAs(req)), loadCaseNorms(req.payload, req)])
    return csvResponse(caseMonitoringCsv(questions, norms), `casusvragen-${fileSuffix(filters)}.csv`)
  },
}
