/**
 * The site's main navigation. Static on purpose: the layout (and the 404 page, which is rendered
 * without the database) must not depend on Payload.
 */

export interface NavItem {
  href: string
  label: string
}

export const SITE_NAME = 'Expertisenetwerk (L)VB Amsterdam'
export const SITE_SUBTITLE = 'Jeugd (L)VB Amsterdam en LVB18+'

export const mainNavigation: readonly NavItem[] = [
  { href: '/aanbod', label: 'Aanbod' },
  { href: '/organisaties', label: 'Organisaties' },
  { href: '/experts', label: 'Experts' },
  { href: '/werkgroepen', label: 'Werkgroepen' },
  { href: '/agenda', label: 'Agenda' },
  { href: '/kennis', label: 'Kennis' },
  { href: '/routekaart', label: 'Routekaart' },
  { href: '/vraag-stellen', label: 'Vraag stellen' },
  { href: '/over-het-netwerk', label: 'Over het netwerk' },
  { href: '/contact', label: 'Contact' },
]

export const footerNavigation: readonly NavItem[] = [
  { href: '/over-het-netwerk', label: 'Over het netwerk' },
  { href: '/contact', label: 'Contact' },
  { href: '/nieuwsbrief', label: 'Nieuwsbrief' },
  { href: '/lid-worden', label: 'Lid worden' },
  { href: '/account', label: 'Mijn account' },
  { href: '/privacy', label: 'Privacyverklaring' },
  { href: '/toegankelijkheid', label: 'Toegankelijkheid' },
]

/** Whether `pathname` is the item's page or a page below it (for `aria-current`). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  const path = pathname.replace(/\/+$/, '') || '/'
  return path === item.href || path.startsWith(`${item.href}/`)
}
