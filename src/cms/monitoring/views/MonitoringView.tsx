import type { AdminViewServerProps } from 'payload'
import { AdminFrame } from '../../shared/components/admin/AdminFrame'
import { notFound, redirect } from 'next/navigation'
import { parseMonitoringFilters } from '../../../domain/monitoring/period'
import { maySeeMonitoring, sections, type MonitoringSection } from '../access'
import { AttendanceList } from './AttendanceList'
import { CaseMonitoring } from './CaseMonitoring'
import { EventMonitoring } from './EventMonitoring'
import { NewsletterMonitoring } from './NewsletterMonitoring'
import '../monitoring.css'

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * /admin/monitoring[/bijeenkomsten[/:id]|/nieuwsbrief]: the monitoring views of the admin.
 * Whoever may not see a part gets the admin's "no access" page.
 */
export async function MonitoringView(view: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = view
  const { req } = initPageResult
  const segments = ((await params)?.segments ?? []) as string[]
  const [, part, eventId, ...rest] = segments
  const section: MonitoringSection | undefined = part === undefined ? 'casusvragen' : part === 'bijeenkomsten' || part === 'nieuwsbrief' ? part : undefined
  if (!section || rest.length > 0 || (eventId !== undefined && section !== 'bijeenkomsten')) notFound()
  if (!maySeeMonitoring(req.user, section)) {
    redirect(`${req.payload.config.routes.admin}${req.payload.config.admin.routes.unauthorized}`)
  }
  const query = (searchParams ?? {}) as Record<string, string | string[] | undefined>
  const filters = parseMonitoringFilters({ jaar: single(query.jaar), netwerk: single(query.netwerk) })
  const visibleSections = sections.map((s) => s.key).filter((key) => maySeeMonitoring(req.user, key))
  const props = { req, filters, visibleSections }

  return (
    <AdminFrame view={view}>
        {section === 'casusvragen' && <CaseMonitoring {...props} />}
        {section === 'bijeenkomsten' && eventId === undefined && <EventMonitoring {...props} />}
        {section === 'bijeenkomsten' && eventId !== undefined && (
          <AttendanceList req={req} eventId={eventId} saved={single(query.opgeslagen)} visibleSections={visibleSections} />
        )}
        {section === 'nieuwsbrief' && <NewsletterMonitoring {...props} />}
    </AdminFrame>
  )
}
