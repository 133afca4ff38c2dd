import type { PayloadRequest } from 'payload'
import { attachment } from '../../../domain/monitoring/csv'
import { parseMonitoringFilters, type MonitoringFilters } from '../../../domain/monitoring/period'
import type { EndpointAccess } from '../../shared/endpoints'
import { mayExportMonitoring } from '../access'

/** The access of the monitoring's exports and attendance list: 401 without login, 403 for everyone but coordinators. */
export const exportAccess: EndpointAccess = {
  allow: mayExportMonitoring,
  loginFirst: 'Log in om de monitoring te exporteren.',
  forbidden: 'De exports van de monitoring zijn alleen voor coördinatoren.',
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
