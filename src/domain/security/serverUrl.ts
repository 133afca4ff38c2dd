/**
 * SERVER_URL: the one public address of the portal. Every absolute URL (canonical links, feeds,
 * sitemap, calendar, e-mail) is built from it, never from a request's Host header, so it must be
 * a plain http(s) origin. Production refuses to guess it.
 */
export interface PublicOrigin {
  /** "https://portaal.example.nl" (no trailing slash, no path) */
  origin: string
  hostname: string
  /** The port as written in the URL ('' for the scheme's default). */
  port: string
  https: boolean
}

export class ServerUrlError extends Error {
  override name = 'ServerUrlError'
}

export function parseServerUrl(raw: string | undefined, options: { production: boolean; port: number }): PublicOrigin {
  const value = raw?.trim()
  if (!value) {
    if (options.production) {
      throw new ServerUrlError(
        'SERVER_URL ontbreekt: in productiemodus is het publieke adres van het portaal verplicht (bijvoorbeeld SERVER_URL=https://www.lvbinamsterdam.nl).',
      )
    }
    return parseServerUrl(`http://localhost:${options.port}`, { ...options, production: false })
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ServerUrlError(`SERVER_URL "${value}" is geen geldig adres: gebruik de vorm https://www.voorbeeld.nl.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ServerUrlError(`SERVER_URL "${value}" moet met http:// of https:// beginnen.`)
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ServerUrlError(
      `SERVER_URL "${value}" mag alleen protocol, host en eventueel poort bevatten (geen pad, zoekvraag of inloggegevens): het portaal draait op de hoofdmap van het adres.`,
    )
  }
  return { origin: url.origin, hostname: url.hostname, port: url.port, https: url.protocol === 'https:' }
}


/** The public origin from an environment (process.env): SERVER_URL, PORTAL_MODE and PORT. */
export function publicOriginFromEnv(env: Record<string, string | undefined>): PublicOrigin {
  return parseServerUrl(env.SERVER_URL, { production: env.PORTAL_MODE === 'production', port: Number(env.PORT ?? 3000) })
}
