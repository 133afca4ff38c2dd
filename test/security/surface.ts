import fs from 'node:fs'
import path from 'node:path'

/**
 * The portal's public surface, read from the source so that a new form, collection or global
 * is covered by the security suite without anyone remembering to add it.
 */

const pagesDir = path.resolve('src/site/pages')

function astroFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return astroFiles(full)
    return entry.name.endsWith('.astro') ? [full] : []
  })
}

/** Example values for the dynamic parts of form routes ([slug] of an upcoming event, …). */
export const routeSamples: Record<string, string> = {
  'agenda/[slug]': 'netwerkbijeenkomst-voorjaar-2027',
}

/** Every site page that handles a POST, as a URL path (dynamic parts filled from routeSamples). */
export function formPages(): string[] {
  return astroFiles(pagesDir)
    .filter((file) => /method\s*===\s*'POST'/.test(fs.readFileSync(file, 'utf8')))
    .map((file) => {
      const route = path.relative(pagesDir, file).replace(/\.astro$/, '').replace(/(^|\/)index$/, '')
      if (!route.includes('[')) return `/${route}`
      const sample = routeSamples[route]
      if (!sample) throw new Error(`Geen voorbeeldwaarde voor ${route}: voeg die toe aan routeSamples in test/security/surface.ts`)
      return `/${route.replace(/\[[^\]]+\]/, sample)}`
    })
    .sort()
}

/** Pages that act on a token from an e-mail, and the parameter that carries it. */
export const tokenPages = [
  '/nieuwsbrief/bevestigen',
  '/nieuwsbrief/voorkeuren',
  '/nieuwsbrief/afmelden',
  '/agenda/afmelden',
  '/account/bevestigen',
  '/account/wachtwoord-herstellen',
]

/** API endpoints that act on a token (verification, password reset, invitation links). */
export const tokenEndpoints = [
  { method: 'POST', path: (token: string) => `/api/professionals/verify/${encodeURIComponent(token)}` },
  { method: 'POST', path: () => '/api/professionals/reset-password', body: (token: string) => ({ token, password: 'een-nieuw-wachtwoord-2026' }) },
  { method: 'POST', path: () => '/api/users/reset-password', body: (token: string) => ({ token, password: 'een-nieuw-wachtwoord-2026' }) },
  { method: 'POST', path: (token: string) => `/nieuwsbrief/afmelden/one-click?token=${encodeURIComponent(token)}`, form: 'List-Unsubscribe=One-Click' },
]

function configKeys(block: 'collections' | 'globals'): string[] {
  const types = fs.readFileSync(path.resolve('src/payload-types.ts'), 'utf8')
  const config = types.slice(types.indexOf('export interface Config {'))
  const start = config.indexOf(`\n  ${block}: {`)
  const body = config.slice(start, config.indexOf('\n  };', start))
  return [...body.matchAll(/^ {4}'?([\w-]+)'?:/gm)].map((match) => match[1])
}

/** Every collection and global of the configuration, plugins and Payload's own included. */
export const collectionSlugs = (): string[] => configKeys('collections')
export const globalSlugs = (): string[] => configKeys('globals')
