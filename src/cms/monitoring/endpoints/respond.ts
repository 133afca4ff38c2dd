import type { PayloadRequest } from 'payload'
import { attachment } from '../../../domain/monitoring/csv'
import { parseMonitoringFilters, type MonitoringFilters } from '../../../domain/monitoring/period'
import { mayExportMonitoring } from '../access'

/** 401 without login, 403 for everyone but coordinators; undefined when the export may go ahead. */
export function refuseExport(req: PayloadRequest): Response | undefined {
  if (!req.user) return Response.json({ errors: [{ message: 'Log in om de monitoring te exporteren.' }] }, { status: 401 })
  if (!mayExportMonitoring(req.user)) return Response.json({ errors: [{ message: 'De exports van de monitoring zijn alleen voor coördinatoren.' }] }, { status: 403 })
  return undefined
}

export function filtersOf(req: PayloadRequest): MonitoringFilters {
  const params = new URL(req.url ?? '', 'http://localhost').searchParams
  return parseMonitoringFilters({ jaar: params.get('jaar'), netwerk: params.get('netwerk') })
}

/** A CSV download that no cache keeps (it holds names or case facts). */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachment(fileName),
      'cache-control': 'private, no-store',
    },
  })
}

export const fileSuffix = (filters: MonitoringFilters) => `${filters.year}${filters.network ? `-${filters.network}` : ''}`
