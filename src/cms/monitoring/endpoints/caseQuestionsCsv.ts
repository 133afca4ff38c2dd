import { caseMonitoringCsv } from '../../../domain/caseQuestions/monitoring'
import { caseReadAs, loadCaseNorms, loadMonitoredQuestions } from '../load/caseQuestions'
import { authorisedEndpoint } from '../../shared/endpoints'
import { csvResponse, exportAccess, fileSuffix, filtersOf } from './respond'

/**
 * GET /api/caseQuestions/monitoring?jaar=2026[&netwerk=jeugd]: one row per case question of the
 * year, in the labels people read (no free text of the case), for coordinators. The view with
 * the charts is /admin/monitoring.
 */
export const caseQuestionsCsvEndpoint = authorisedEndpoint({
  ...exportAccess,
  path: '/monitoring',
  method: 'get',
  handler: async (req) => {
    const filters = filtersOf(req)
    const [questions, norms] = await Promise.all([loadMonitoredQuestions(req.payload, filters, caseReadAs(req)), loadCaseNorms(req.payload, req)])
    return csvResponse(caseMonitoringCsv(questions, norms), `casusvragen-${fileSuffix(filters)}.csv`)
  },
})
