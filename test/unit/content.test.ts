import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ContentValidationError, loadContent, validateContentFolder } from '../../src/server/content/loadContent'
import { areas, networks, valuesOf } from '../../src/domain/vocabulary'

const brokenDir = fileURLToPath(new URL('../fixtures/content-broken/', import.meta.url))

describe('the content folder', () => {
  it('loads and validates completely', async () => {
    const { issues } = await validateContentFolder()
    // Printed in full when the test fails, so the broken file is obvious.
    expect(issues).toEqual([])
  })

  it('holds the 13 members of the 2021 covenant and one example aspirant', async () => {
    const content = await loadContent()
    const members = content.organisations.filter((organisation) => organisation.membershipStatus === 'lid')
    expect(members).toHaveLength(13)
    expect(members.map((organisation) => organisation.slug)).toContain('s-heeren-loo')
    const aspirants = content.organisations.filter((organisation) => organisation.membershipStatus === 'aspirant')
    expect(aspirants.every((organisation) => organisation.isExample)).toBe(true)
    // The founders among today's members were members before the 2021 covenant.
    const founders = content.organisations.filter((o) => o.memberSince && o.memberSince < '2021-02-01')
    expect(founders.map((o) => o.slug).sort()).toEqual(['cordaan', 'leger-des-heils', 'mee-amstel-en-zaan', 'philadelphia'])
  })

  it('gives every member two or three example offerings', async () => {
    const content = await loadContent()
    for (const organisation of content.organisations.filter((o) => o.membershipStatus === 'lid')) {
      const own = content.offerings.filter((offering) => offering.organisation === organisation.slug)
      expect(own.length, organisation.slug).toBeGreaterThanOrEqual(2)
      expect(own.length, organisation.slug).toBeLessThanOrEqual(3)
    }
    expect(content.offerings.every((offering) => offering.isExample)).toBe(true)
  })

  it('keeps the settings the workflows rely on', async () => {
    const { settings } = await loadContent()
    expect(settings.membership.contributionEuros).toBe(1500)
    expect(settings.reviewPeriodMonths).toBe(6)
    expect(settings.caseHandling).toEqual({ triageWorkingDays: 5, adviceDays: 14, retentionMonths: 24 })
    expect(Object.keys(settings.networks).sort()).toEqual(valuesOf(networks).sort())
  })

  it('marks all demo content as example and has a demo account for every role', async () => {
    const content = await loadContent()
    for (const list of [content.events, content.workingGroups, content.articles, content.experts]) {
      expect(list.length).toBeGreaterThan(0)
      expect(list.every((item) => item.isExample)).toBe(true)
    }
    const roles = content.accounts.flatMap((account) => (account.type === 'staff' ? account.roles : ['professional']))
    expect(new Set(roles)).toEqual(new Set(['admin', 'coordinator', 'platformMember', 'expert', 'partnerEditor', 'professional']))
  })

  it('has the pages the site links to, with a Markdown body', async () => {
    const { pages } = await loadContent()
    const slugs = pages.map((page) => page.slug)
    for (const slug of ['over-het-netwerk', 'hoe-werkt-het-netwerk', 'het-platform', 'werkgroepen', 'expertpool', 'vraag-stellen-uitleg', 'lid-worden-uitleg', 'contact', 'privacy', 'toegankelijkheid']) {
      expect(slugs).toContain(slug)
    }
    expect(pages.every((page) => page.body.length > 100)).toBe(true)
  })

  it('uses only known areas', async () => {
    const content = await loadContent()
    const known = new Set<string>(valuesOf(areas))
    for (const offering of content.offerings) expect(offering.areas.every((area) => known.has(area))).toBe(true)
  })
})

describe('a broken content folder', () => {
  it('is refused with one error that lists every file and field', async () => {
    const error = await loadContent(brokenDir).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ContentValidationError)
    const { issues, message } = error as ContentValidationError
    const has = (file: string, field: string) =>
      expect(issues.some((issue) => issue.file === file && issue.field === field), `${file} › ${field}`).toBe(true)

    // Schema errors: wrong types, values outside the vocabulary, impossible dates, unknown keys.
    has('settings.yaml', 'networks.jeugd.coordinator.email')
    has('settings.yaml', 'membership.contributionEuros')
    has('organisations/verkeerde-slug.yaml', 'membershipStatus')
    has('offerings/kapot-aanbod.yaml', 'kindsOfHelp[1]')
    has('offerings/kapot-aanbod.yaml', 'ageMax')
    has('offerings/kapot-aanbod.yaml', 'waitingTimeUpdatedAt')
    has('offerings/kapot-aanbod.yaml', 'wachttijd')
    has('pages/zonder-titel.md', 'title')
    has('pages/ongeldige-yaml.md', '(bestand)')
    has('events/verkeerde-tijd.yaml', 'endsAt')
    has('accounts.yaml', 'accounts[1].roles[0]')
    has('accounts.yaml', 'accounts[2].type')
    // Files that are not content are named too (a missing folder is just empty).
    has('events/notities.txt', '(bestand)')
    expect(issues.some((issue) => issue.file.startsWith('articles'))).toBe(false)

    // The message is readable on its own: one line per problem, file and field first.
    expect(message).toContain('offerings/kapot-aanbod.yaml › kindsOfHelp[1]')
    for (const issue of issues) expect(message).toContain(`  - ${issue.file} › ${issue.field}: `)
  })

  it('checks references between files once the files themselves are valid', async () => {
    const { issues, content } = await validateContentFolder(brokenDir)
    expect(content).toBeUndefined()
    const fieldsOf = (file: string) => issues.filter((issue) => issue.file === file).map((issue) => issue.field)

    expect(fieldsOf('organisations/verkeerde-slug.yaml')).toContain('membershipStatus')
    expect(fieldsOf('offerings/verkeerd-netwerk.yaml')).toEqual(['networks[0]'])
    expect(fieldsOf('working-groups/onbekend-lid.yaml')).toEqual(['members[1].organisation'])
    expect(fieldsOf('experts/expert-zonder-organisatie.yaml')).toEqual(['organisation'])
    expect(fieldsOf('accounts.yaml')).toContain('accounts[0].expert')
  })
})
