/**
 * schema.org data for search engines (JSON-LD in the page head): the site with its search
 * (`WebSite` + `SearchAction` to /zoeken?q=), events (`Event` with place, registration as an
 * offer with its availability, the network as organiser) and organisations (`Organization`).
 * Pure functions of what the page already shows; the layout writes them with `jsonLdText`,
 * which makes sure no value can end the script element.
 */

/** The picture shared links show (public/og-image.png): 1200×630, as Open Graph expects. */
export const OG_IMAGE = {
  path: '/og-image.png',
  width: 1200,
  height: 630,
  alt: 'Expertisenetwerk (L)VB Amsterdam: samen de juiste hulp vinden voor mensen met een (licht) verstandelijke beperking.',
} as const

type JsonLd = Record<string, unknown>

const CONTEXT = 'https://schema.org'

/** JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` escaped, so `</script>` in a title cannot end it. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** Drops empty values, so the data never says `"telephone": ""`. */
function compact(data: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null && value !== ''))
}

export interface SiteInfo {
  name: string
  /** The public origin, e.g. https://lvbinamsterdam.nl */
  origin: string
}

/** The organiser of every event and the publisher of the site: the network. */
export function networkOrganization(site: SiteInfo): JsonLd {
  return { '@type': 'Organization', name: site.name, url: `${site.origin}/` }
}

/** The site and its search box. */
export function webSiteJsonLd(site: SiteInfo, description: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: `${site.origin}/`,
    description,
    inLanguage: 'nl-NL',
    publisher: networkOrganization(site),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.origin}/zoeken?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  }
}

export interface EventForJsonLd {
  title: string
  url: string
  startsAt: string
  endsAt?: string | null
  summary?: string | null
  cancelled?: boolean | null
  location?: { name?: string | null; address?: string | null } | null
  onlineUrl?: string | null
  /** Whether one can register on the site, and how it stands. */
  registration: 'open' | 'full' | 'not-open-yet' | 'closed' | 'none'
  registrationOpensAt?: string | null
  image: string
}

const AVAILABILITY: Record<EventForJsonLd['registration'], string | undefined> = {
  open: 'https://schema.org/InStock',
  full: 'https://schema.org/SoldOut',
  'not-open-yet': 'https://schema.org/PreOrder',
  closed: 'https://schema.org/Discontinued',
  none: undefined,
}

export function eventJsonLd(event: EventForJsonLd, site: SiteInfo): JsonLd {
  const place = event.location?.name || event.location?.address
  const physical = place
    ? compact({
        '@type': 'Place',
        name: event.location?.name || event.location?.address,
        address: event.location?.address ? { '@type': 'PostalAddress', streetAddress: event.location.address, addressLocality: 'Amsterdam', addressCountry: 'NL' } : undefined,
      })
    : undefined
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined
  const locations = [physical, virtual].filter(Boolean)
  const mode = physical && virtual ? 'MixedEventAttendanceMode' : virtual ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: event.url,
    image: event.image,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: event.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: locations.length === 1 ? locations[0] : locations.length > 1 ? locations : { '@type': 'Place', name: 'Amsterdam', address: { '@type': 'PostalAddress', addressLocality: 'Amsterdam', addressCountry: 'NL' } },
    isAccessibleForFree: true,
    offers: compact({
      '@type': 'Offer',
      price: '0',
      priceCurrency: 'EUR',
      url: event.url,
      availability: event.cancelled ? undefined : AVAILABILITY[event.registration],
      validFrom: event.registrationOpensAt,
    }),
    organizer: networkOrganization(site),
  })
}

export interface OrganisationForJsonLd {
  name: string
  url: string
  description?: string | null
  website?: string
  logo?: string
  email?: string | null
  telephone?: string | null
  address?: { street?: string | null; postcode?: string | null; city?: string | null } | null
}

export function organisationJsonLd(organisation: OrganisationForJsonLd, site: SiteInfo): JsonLd {
  const address = organisation.address
  return compact({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: organisation.name,
    url: organisation.url,
    description: organisation.description,
    sameAs: organisation.website ? [organisation.website] : undefined,
    logo: organisation.logo,
    email: organisation.email,
    telephone: organisation.telephone,
    address:
      address && (address.street || address.city)
        ? compact({ '@type': 'PostalAddress', streetAddress: address.street, postalCode: address.postcode, addressLocality: address.city, addressCountry: 'NL' })
        : undefined,
    memberOf: networkOrganization(site),
  })
}
