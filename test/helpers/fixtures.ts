import type { Payload } from 'payload'

/**
 * Small builders of valid documents for integration tests. Each returns the `data` of one
 * document; `tag` makes titles, slugs and e-mail addresses unique, so a builder can be called
 * again for a fresh copy (e.g. one per delete attempt).
 */

export const testPassword = 'test-wachtwoord-123'

const networks = ['jeugd']

export const organisationData = (tag: string) => ({
  name: `Organisatie ${tag}`,
  membershipStatus: 'lid',
  networks,
})

export const offeringData = (tag: string, organisation: string) => ({
  title: `Aanbod ${tag}`,
  organisation,
  networks,
  summary: `Samenvatting van aanbod ${tag}.`,
  kindsOfHelp: ['behandeling'],
})

export const expertData = (tag: string, organisation: string, publicProfile = true) => ({
  name: `Expert ${tag}`,
  organisation,
  networks,
  publicProfile,
})

export const workingGroupData = (tag: string) => ({ name: `Werkgroep ${tag}`, networks })

export const eventData = (tag: string) => ({
  title: `Bijeenkomst ${tag}`,
  kind: 'netwerkbijeenkomst',
  networks,
  startsAt: '2031-03-04T14:00:00.000Z',
  endsAt: '2031-03-04T16:00:00.000Z',
  location: { name: 'Zaal 1', address: 'Dam 1, Amsterdam' },
})

export const eventRegistrationData = (tag: string, event: string) => ({
  event,
  name: `Deelnemer ${tag}`,
  email: `deelnemer-${slug(tag)}@example.org`,
  organisation: 'Buurtteam West',
})

export const articleData = (tag: string) => ({
  title: `Kennisitem ${tag}`,
  networks,
  publishedAt: '2030-01-01T00:00:00.000Z',
})

export const pageData = (tag: string) => ({ title: `Pagina ${tag}` })

export const routeMapData = (tag: string) => ({
  title: `Routekaart ${tag}`,
  network: 'jeugd',
  startStepKey: 'start',
  steps: [{ key: 'start', kind: 'uitkomst', title: 'Stel je vraag aan het netwerk' }],
})

export const signalData = (tag: string) => ({
  title: `Signaal ${tag}`,
  network: 'jeugd',
  description: 'Te weinig plekken voor begeleid wonen voor jongvolwassenen met LVB.',
})

export const membershipApplicationData = (tag: string) => ({
  organisationName: `Aanvrager ${tag}`,
  kvkNumber: '12345678',
  contactPerson: { name: 'Contactpersoon', email: `aanvraag-${slug(tag)}@example.org` },
  networks,
  offerSummary: 'Ambulante begeleiding.',
  motivation: 'Wij willen kennis delen.',
  criteria: {
    yearsActiveInRegion: { answer: 'ja' },
    qualitySystem: { answer: 'ja' },
    doesNotHarmClients: { answer: 'ja' },
    addedValue: { explanation: 'Specifieke kennis van trauma bij LVB.' },
  },
  consentGiven: true,
})

/** An edition with an introduction: an edition without content cannot be planned. */
export const newsletterData = (tag: string, status: 'concept' | 'verzonden' = 'concept') => ({
  title: `Nieuwsbrief ${tag}`,
  intro: `Het nieuws van het netwerk (${tag}).`,
  networks,
  status,
})

export const subscriberData = (tag: string) => ({
  email: `abonnee-${slug(tag)}@example.org`,
  networks,
  status: 'actief',
})

export const emailLogData = (tag: string) => ({
  to: `ontvanger-${slug(tag)}@example.org`,
  subject: `Onderwerp ${tag}`,
  status: 'verzonden',
})

export const mediaFile = (tag: string) => {
  const data = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\nxref\n0 2\ntrailer<</Root 1 0 R>>\nstartxref\n9\n%%EOF\n')
  return { data, mimetype: 'application/pdf', name: `document-${slug(tag)}.pdf`, size: data.length }
}

export const professionalData = (tag: string, status = 'goedgekeurd') => ({
  name: `Professional ${tag}`,
  email: `professional-${slug(tag)}@example.org`,
  password: testPassword,
  organisationName: 'Buurtteam West',
  jobTitle: 'Jeugdprofessional',
  professionalRegister: 'geen',
  networks,
  status,
  _verified: true,
})

export const staffData = (tag: string, roles: string[], organisation?: string) => ({
  name: `Medewerker ${tag}`,
  email: `medewerker-${slug(tag)}@example.org`,
  password: testPassword,
  roles,
  ...(organisation ? { organisation } : {}),
})

export const caseQuestionData = (askedBy: string, assigned: { platformMember?: string; experts?: string[] } = {}) => ({
  network: 'jeugd',
  question: 'Welke behandeling past bij een jongere met LVB en trauma die thuis vastloopt?',
  // The consent rule: at 14 both the parents and the young person must know.
  context: { age: 14 },
  consent: { parentsInformed: true, youngPersonInformed: true },
  askedBy,
  ...(assigned.platformMember ? { assignedPlatformMember: assigned.platformMember } : {}),
  ...(assigned.experts ? { assignedExperts: assigned.experts } : {}),
})

/** Global data that passes validation, so a later partial update validates too. */
export const siteSettingsData = {
  siteName: 'Expertisenetwerk (L)VB Amsterdam',
  jeugd: { name: 'Netwerk Jeugd (L)VB Amsterdam' },
  volwassenen: { name: 'Netwerk LVB18+' },
}

function slug(tag: string): string {
  return tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')
}

/** Creates a document as trusted server code (no access control), optionally as a draft. */
export async function createTrusted(
  payload: Payload,
  collection: string,
  data: Record<string, unknown>,
  options: { draft?: boolean; file?: ReturnType<typeof mediaFile> } = {},
): Promise<string> {
  const doc: { id: string | number } = await payload.create({
    collection: collection as never,
    data: { ...data, ...(options.draft !== undefined ? { _status: options.draft ? 'draft' : 'published' } : {}) } as never,
    draft: options.draft,
    file: options.file as never,
    overrideAccess: true,
    depth: 0,
  })
  return String(doc.id)
}
