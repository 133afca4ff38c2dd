import type { Endpoint, Where } from 'payload'
import { monitoringCsv, monitoringHtml, monitoringReport, type MonitoredQuestion } from '../../domain/caseQuestions/monitoring'
import { networks } from '../../domain/vocabulary'
import { hasRole, isCoordinatorUser } from '../access/roles'

/**
 * GET /api/caseQuestions/monitoring: the monitoring of case questions as a printable overview
 * (HTML; coordinators and platform members: numbers only, no case content) or, with
 * `?formaat=csv`, one row per question for coordinators. Filters: `?jaar=2026`, `?netwerk=jeugd`.
 */
export const caseQuestionMonitoringEndpoint: Endpoint = {
  path: '/monitoring',
  method: 'get',
  handler: async (req) => {
    const coordinator = isCoordinatorUser(req.user)
    if (!coordinator && !hasRole(req.user, 'platformMember')) {
      return Response.json({ errors: [{ message: 'Alleen voor coördinatoren en platformleden.' }] }, { status: req.user ? 403 : 401 })
    }
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const format = params.get('formaat') === 'csv' ? 'csv' : 'html'
    if (format === 'csv' && !coordinator) {
      return Response.json({ errors: [{ message: 'De export is alleen voor coördinatoren.' }] }, { status: 403 })
    }
    const year = Number(params.get('jaar'))
    const network = params.get('netwerk') ?? ''
    const conditions: Where[] = []
    if (Number.isInteger(year) && year >= 2000 && year <= 2100) {
      conditions.push({ createdAt: { greater_than_equal: `${year}-01-01T00:00:00.000+01:00` } })
      conditions.push({ createdAt: { less_than: `${year + 1}-01-01T00:00:00.000+01:00` } })
    }
    if (networks.some((n) => n.value === network)) conditions.push({ network: { equals: network } })

    // Aggregates over all questions: read as the system, and hand out only coded facts.
    const questions = await req.payload.find({
      collection: 'caseQuestions',
      where: conditions.length ? { and: conditions } : {},
      pagination: false,
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      select: {
        reference: true, network: true, status: true, urgency: true, createdAt: true, triageDueAt: true, adviceDueAt: true,
        context: { age: true, problems: true }, statusHistory: true, advice: { givenAt: true }, followUp: { pickedUp: true },
        closing: { cooperationRating: true, effectRating: true, closedAt: true }, isReturningCase: true,
      },
      req,
    })
    const docs = questions.docs as unknown as MonitoredQuestion[]
    const suffix = `${Number.isInteger(year) && year > 0 ? `-${year}` : ''}${network ? `-${network}` : ''}`
    if (format === 'csv') {
      return new Response(monitoringCsv(docs), {
        headers: {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="casusvragen${suffix}.csv"`,
          'cache-control': 'private, no-store',
        },
      })
    }
    const openSignals = await req.payload.count({
      collection: 'signals',
      where: { status: { in: ['open', 'geagendeerd'] }, ...(network ? { network: { equals: network } } : {}) },
      overrideAccess: true,
      req,
    })
    const norms = await req.payload.findGlobal({ slug: 'caseHandling', overrideAccess: true, depth: 0, req })
    const title = `Monitoring casusvragen${Number.isInteger(year) && year > 0 ? ` ${year}` : ''}${network ? ` – ${networks.find((n) => n.value === network)?.label}` : ''}`
    const html = monitoringHtml(monitoringReport(docs, openSignals.totalDocs), title, {
      triageWorkingDays: norms.triageWorkingDays ?? 5,
      adviceDays: norms.adviceDays ?? 14,
    })
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } })
  },
}
