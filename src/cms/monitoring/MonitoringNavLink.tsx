import { hasRole, isCoordinatorUser } from '../shared/access/roles'

/** In the admin's navigation, for coordinators, admins and platform members: the monitoring. */
export function MonitoringNavLink({ user }: { user?: unknown }) {
  if (!isCoordinatorUser(user) && !hasRole(user, 'platformMember')) return null
  return (
    <a className="nav__link" href="/admin/monitoring" id="nav-monitoring">
      <span className="nav__link-label">Monitoring</span>
    </a>
  )
}
