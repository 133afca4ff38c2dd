/**
 * One page of every page type of the public site, found on a running test server (the seeded
 * content from content/): the sections, the first item of each list, the routekaart's steps,
 * the forms and the pages behind a link from an e-mail (with a token that does not exist).
 */
export interface SitePage {
  type: string
  path: string
  /** Shown only to a logged-in professional (the session cookie is needed). */
  loggedIn?: boolean
}

/** Fetches a page as a browser would, without reusing connections (the server closes idle ones). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { headers: { connection: 'close', 'sec-fetch-site': 'same-origin', ...headers }, redirect: 'manual' })
}

/** The first link on `listPath` to a page below `prefix` ("/aanbod/…"), skipping feeds and filters. */
async function firstItem(baseUrl: string, listPath: string, prefix: string): Promise<string> {
  const html = await (await get(`${baseUrl}${listPath}`)).text()
  const pattern = new RegExp(`href="(${prefix.replace(/\//g, '\\/')}[a-z0-9-]+)"`, 'g')
  for (const match of html.matchAll(pattern)) {
    if (!/\.(ics|xml|json)$/.test(match[1])) return match[1]
  }
  throw new Error(`Geen link naar ${prefix}… op ${listPath}`)
}

export async function sitePages(baseUrl: string): Promise<SitePage[]> {
  const [offering, organisation, workingGroup, event, article] = await Promise.all([
    firstItem(baseUrl, '/aanbod', '/aanbod/'),
    firstItem(baseUrl, '/organisaties', '/organisaties/'),
    firstItem(baseUrl, '/werkgroepen', '/werkgroepen/'),
    firstItem(baseUrl, '/agenda', '/agenda/'),
    firstItem(baseUrl, '/kennis', '/kennis/'),
  ])
  return [
    { type: 'home', path: '/' },
    { type: 'aanbod', path: '/aanbod' },
    { type: 'aanbod, gefilterd', path: '/aanbod?hulp=behandeling&leeftijd=15' },
    { type: 'een aanbod', path: offering },
    { type: 'organisaties', path: '/organisaties' },
    { type: 'een organisatie', path: organisation },
    { type: 'experts', path: '/experts' },
    { type: 'werkgroepen', path: '/werkgroepen' },
    { type: 'een werkgroep', path: workingGroup },
    { type: 'agenda', path: '/agenda' },
    { type: 'een bijeenkomst', path: event },
    { type: 'kennis', path: '/kennis' },
    { type: 'een artikel', path: article },
    { type: 'routekaart', path: '/routekaart' },
    { type: 'een routekaart', path: '/routekaart/jeugd' },
    { type: 'een stap van de routekaart', path: '/routekaart/jeugd?pad=1.2' },
    { type: 'een uitkomst van de routekaart', path: '/routekaart/jeugd?pad=1.2.1.1' },
    { type: 'de crisisuitkomst van de routekaart', path: '/routekaart/jeugd?pad=1.6' },
    { type: 'zoeken', path: '/zoeken' },
    { type: 'zoekresultaten', path: '/zoeken?q=autisme' },
    { type: 'nieuwsbrief', path: '/nieuwsbrief' },
    { type: 'nieuwsbriefarchief', path: '/nieuwsbrief/archief' },
    { type: 'lid worden', path: '/lid-worden' },
    { type: 'aanvraag verzonden', path: '/lid-worden/verzonden' },
    { type: 'vraag stellen', path: '/vraag-stellen' },
    { type: 'inloggen', path: '/account/inloggen' },
    { type: 'account aanmaken', path: '/account/registreren' },
    { type: 'wachtwoord vergeten', path: '/account/wachtwoord-vergeten' },
    { type: 'wachtwoord herstellen', path: '/account/wachtwoord-herstellen?token=onbekend' },
    { type: 'e-mailadres bevestigen', path: '/account/bevestigen?token=onbekend' },
    { type: 'contact', path: '/contact' },
    { type: 'een inhoudspagina', path: '/over-het-netwerk' },
    { type: 'pagina niet gevonden', path: '/bestaat-niet' },
    { type: 'afmelden voor een bijeenkomst', path: '/agenda/afmelden?token=onbekend' },
    { type: 'afmelden voor de nieuwsbrief', path: '/nieuwsbrief/afmelden?token=onbekend' },
    { type: 'voorkeuren nieuwsbrief', path: '/nieuwsbrief/voorkeuren?token=onbekend' },
    { type: 'nieuwsbrief bevestigen', path: '/nieuwsbrief/bevestigen?token=onbekend' },
    { type: 'mijn account', path: '/account', loggedIn: true },
    { type: 'vraag stellen, ingelogd', path: '/vraag-stellen?routekaart=jeugd&pad=1.2.1.1', loggedIn: true },
    { type: 'een bijeenkomst, ingelogd', path: event, loggedIn: true },
  ]
}

/** A form posted as a browser without JavaScript posts it (same origin, urlencoded). */
export function postForm(baseUrl: string, path: string, fields: Record<string, string | string[]>, token?: string): Promise<Response> {
  const body = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one)
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      origin: baseUrl,
      'content-type': 'application/x-www-form-urlencoded',
      connection: 'close',
      ...(token ? { cookie: `payload-token=${token}` } : {}),
    },
    body: body.toString(),
    redirect: 'manual',
  })
}
