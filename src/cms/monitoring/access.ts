import { hasRole, isCoordinatorUser } from '../shared/access/roles'

/**
 * Who sees which monitoring. Coordinators and admins: everything, with the exports. Platform
 * members: the case monitoring as numbers (the platform receives the signals and the yearly
 * overview), never a row per question and nothing of events or the newsletter (personal data
 * and the coordinator's own work). Everyone else: nothing.
 */
export type MonitoringSection = 'casusvragen' | 'bijeenkomsten' | 'nieuwsbrief'

export function maySeeMonitoring(user: unknown, section: MonitoringSection): boolean {
  if (isCoordinatorUser(user)) return true
  return section === 'casusvragen' && hasRole(user, 'platformMember')
}

/** Exports hold one row per question, event or person: coordinators only. */
export function mayExportMonitoring(user: unknown): boolean {
  return isCoordinatorUser(user)
}

export const sections: { key: MonitoringSection; label: string; path: string }[] = [
  { key: 'casusvragen', label: 'Casusvragen', path: '/admin/monitoring' },
  { key: 'bijeenkomsten', label: 'Bijeenkomsten', path: '/admin/monitoring/bijeenkomsten' },
  { key: 'nieuwsbrief', label: 'Nieuwsbrief', path: '/admin/monitoring/nieuwsbrief' },
]
