import type { Payload } from 'payload'
import { defaultDemoPassword, demoPassword, isProductionMode } from '../../env'
import { seedContent } from './seedContent'

/**
 * Loads the network's content from content/ into an empty database (the first start). A
 * database that already holds organisations is left alone, so what coordinators deleted or
 * changed stays that way. Demo parts (example offerings, events, accounts) never in production.
 */
export async function ensureContent(payload: Payload, { log }: { log: (message: string) => void }): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'organisations', overrideAccess: true })
  if (totalDocs === 0) {
    log('Lege database: de inhoud uit content/ wordt geladen…')
    const { created } = await seedContent(payload, { demo: !isProductionMode, demoPassword, log })
    log(`Geladen: ${Object.entries(created).map(([kind, count]) => `${count} ${kind}`).join(', ')}`)
  }
  if (!isProductionMode) {
    const passwordNote = demoPassword === defaultDemoPassword ? `wachtwoord ${defaultDemoPassword} (standaard; zet DEMO_PASSWORD om het te wijzigen)` : 'wachtwoord uit DEMO_PASSWORD'
    log(`Demo-login: coordinator@example.org, ${passwordNote}`)
    log('Andere demo-accounts: admin@, platform@, expert@, partner@ en professional@example.org (zelfde wachtwoord)')
  }
}
