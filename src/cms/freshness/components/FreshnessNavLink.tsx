import { isCoordinatorUser } from '../../shared/access/roles'

/** In the admin's navigation, for coordinators: the freshness overview of partner content. */
export function FreshnessNavLink({ user }: { user?: unknown }) {
  if (!isCoordinatorUser(user)) return null
  return (
    <a className="nav__link" href="/admin/actualiteit" id="nav-actualiteit">
      <span className="nav__link-label">Actualiteit partners</span>
    </a>
  )
}
