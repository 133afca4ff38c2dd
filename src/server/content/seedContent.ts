/**
 * Puts the network's content from `content/` into the CMS through Payload's Local API.
 *
 * Idempotent: every item is looked up by its slug (experts by name and organisation, accounts by
 * email address) and only what is missing is created, so a second run creates nothing and never
 * overwrites what coordinators changed in the meantime. The site settings are filled only while
 * they are still empty.
 *
 * Demo parts (example organisations and offerings, demo experts, working groups, events and
 * articles, and all accounts) are created only with `demo: true`; production gets the real
 * content only: the settings, the member organisations and the pages.
 *
 * `overrideAccess: true` throughout: this is a trusted server script, not a request of a user.
 */
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { CollectionSlug, Payload } from 'payload'
import type { NetworkContent, RouteMapLinkContent, Settings } from '../../domain/content/schemas'
import { loadContent } from './loadContent'

export interface SeedOptions {
  /** Also create the demo content and the demo accounts (never in production). */
  demo: boolean
  /** The password of every demo account (from DEMO_PASSWORD). */
  demoPassword: string
  log?: (msg: string) => void
  /** Another content folder than the repository's `content/` (tests). */
  contentDir?: string
}

export interface SeedResult {
  /** Number of documents created per collection (and 1 per global that was filled). */
  created: Record<string, number>
}

type RichText = ReturnType<typeof convertMarkdownToLexical>

export async function seedContent(payload: Payload, options: SeedOptions): Promise<SeedResult> {
  const log = options.log ?? (() => undefined)
  const content = await loadContent(options.contentDir)
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  // Hard-wrapped lines join into one paragraph or list item, as in CommonMark (checked).
  const richText = (markdown: string): RichText => convertMarkdownToLexical({ editorConfig, markdown })

  if (options.demo && !options.demoPassword) {
    throw new Error('Voor de demo-accounts is een wachtwoord nodig (DEMO_PASSWORD).')
  }

  const created: Record<string, number> = {}
  const count = (kind: string) => {
    created[kind] = (created[kind] ?? 0) + 1
  }
  const wanted = <T extends { isExample?: boolean }>(items: T[]) => items.filter((item) => options.demo || !item.isExample)

  // --- Settings (globals) -------------------------------------------------------------------
  if (await seedGlobals(payload, content.settings)) {
    count('siteSettings')
    count('caseHandling')
    log('Website-instellingen en casusbehandeling ingevuld.')
  }

  // --- Organisations ------------------------------------------------------------------------
  const organisationIds = new Map<string, string>()
  for (const organisation of content.organisations) {
    const existing = await findIdBySlug(payload, 'organisations', organisation.slug)
    if (existing) {
      organisationIds.set(organisation.slug, existing)
      continue
    }
    if (!wanted([organisation]).length) continue
    const doc = await payload.create({
      collection: 'organisations',
      overrideAccess: true,
      data: {
        _status: 'published',
        name: organisation.name,
        slug: organisation.slug,
        shortDescription: organisation.shortDescription,
        description: richText(organisation.description),
        website: organisation.website,
        areas: organisation.areas,
        networks: organisation.networks,
        membershipStatus: organisation.membershipStatus,
        aspirantSince: dateOnly(organisation.aspirantSince),
        memberSince: dateOnly(organisation.memberSince),
        emailDomains: organisation.emailDomains,
      },
    })
    organisationIds.set(organisation.slug, String(doc.id))
    count('organisations')
  }
  // An item of a (demo) organisation that was not created is skipped, never created without it.
  const organisationId = (slug: string): string | undefined => organisationIds.get(slug)

  // --- Offerings ----------------------------------------------------------------------------
  for (const offering of wanted(content.offerings)) {
    const organisation = organisationId(offering.organisation)
    if (!organisation || (await findIdBySlug(payload, 'offerings', offering.slug))) continue
    await payload.create({
      collection: 'offerings',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: offering.title,
        slug: offering.slug,
        organisation,
        isExample: offering.isExample,
        networks: offering.networks,
        summary: offering.summary,
        description: richText(offering.description),
        kindsOfHelp: offering.kindsOfHelp,
        ageMin: offering.ageMin,
        ageMax: offering.ageMax,
        targetGroupTraits: offering.targetGroupTraits,
        settings: offering.settings,
        fundingLaws: offering.fundingLaws,
        areas: offering.areas,
        howToRefer: richText(offering.howToRefer),
        waitingTimeWeeks: offering.waitingTimeWeeks,
        waitingTimeUpdatedAt: dateOnly(offering.waitingTimeUpdatedAt),
        contact: { email: offering.contact.email, phone: offering.contact.phone },
        lastReviewedAt: dateOnly(offering.lastReviewedAt),
      },
    })
    count('offerings')
  }

  // --- Accounts (demo only) -----------------------------------------------------------------
  // Before the experts, so a demo expert can be linked to its account when it is created.
  const userIdsByExpert = new Map<string, string>()
  if (options.demo) {
    for (const account of content.accounts) {
      const email = account.email.toLowerCase()
      if (account.type === 'staff') {
        const organisation = account.organisation ? organisationId(account.organisation) : undefined
        if (account.organisation && !organisation) continue
        let userId = await findIdByEmail(payload, 'users', email)
        if (!userId) {
          const user = await payload.create({
            collection: 'users',
            overrideAccess: true,
            data: {
              email,
              password: options.demoPassword,
              name: account.name,
              roles: account.roles,
              organisation,
              isDemoAccount: true,
            },
          })
          userId = String(user.id)
          count('users')
        }
        if (account.expert) userIdsByExpert.set(account.expert, userId)
      } else if (!(await findIdByEmail(payload, 'professionals', email))) {
        await payload.create({
          collection: 'professionals',
          overrideAccess: true,
          // A demo account is ready to use: verified and approved, without a verification email.
          disableVerificationEmail: true,
          data: {
            email,
            password: options.demoPassword,
            _verified: true,
            name: account.name,
            organisationName: account.organisationName,
            jobTitle: account.jobTitle,
            professionalRegister: account.professionalRegister,
            registerNumber: account.registerNumber,
            networks: account.networks,
            status: account.status,
            approvedAt: account.status === 'goedgekeurd' ? new Date().toISOString() : undefined,
          },
        })
        count('professionals')
      }
    }
  }

  // --- Experts ------------------------------------------------------------------------------
  for (const expert of wanted(content.experts)) {
    const organisation = organisationId(expert.organisation)
    if (!organisation) continue
    const account = userIdsByExpert.get(expert.slug)
    const { docs } = await payload.find({
      collection: 'experts',
      overrideAccess: true,
      depth: 0,
      limit: 1,
      where: { and: [{ name: { equals: expert.name } }, { organisation: { equals: organisation } }] },
    })
    const existing = docs[0]
    if (existing) {
      // Link an account made after the expert (a demo run after a run without demo).
      if (account && !existing.account) {
        await payload.update({
          collection: 'experts',
          id: existing.id,
          overrideAccess: true,
          data: { account, _status: existing._status ?? 'published' },
        })
      }
      continue
    }
    await payload.create({
      collection: 'experts',
      overrideAccess: true,
      data: {
        _status: 'published',
        name: expert.name,
        organisation,
        account,
        publicProfile: expert.publicProfile,
        availableForConsultation: expert.availableForConsultation,
        networks: expert.networks,
        jobTitle: expert.jobTitle,
        expertiseAreas: expert.expertiseAreas,
        shortBio: expert.shortBio,
      },
    })
    count('experts')
  }

  // --- Working groups -----------------------------------------------------------------------
  for (const group of wanted(content.workingGroups)) {
    if (await findIdBySlug(payload, 'workingGroups', group.slug)) continue
    const members = group.members.flatMap((member) => {
      const organisation = organisationId(member.organisation)
      return organisation ? [{ organisation, role: member.role }] : []
    })
    await payload.create({
      collection: 'workingGroups',
      overrideAccess: true,
      data: {
        _status: 'published',
        name: group.name,
        slug: group.slug,
        theme: group.theme,
        networks: group.networks,
        status: group.status,
        startDate: dateOnly(group.startDate),
        endDate: dateOnly(group.endDate),
        assignment: richText(group.assignment),
        members,
        outcome: group.outcome ? richText(group.outcome) : undefined,
      },
    })
    count('workingGroups')
  }

  // --- Events -------------------------------------------------------------------------------
  for (const event of wanted(content.events)) {
    if (await findIdBySlug(payload, 'events', event.slug)) continue
    await payload.create({
      collection: 'events',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: event.title,
        slug: event.slug,
        kind: event.kind,
        audience: event.audience,
        networks: event.networks,
        startsAt: new Date(event.startsAt).toISOString(),
        endsAt: new Date(event.endsAt).toISOString(),
        location: { name: event.location.name, address: event.location.address },
        onlineUrl: event.onlineUrl,
        summary: event.summary,
        programme: richText(event.programme),
        registrationEnabled: event.registrationEnabled,
        capacity: event.capacity,
      },
    })
    count('events')
  }

  // --- Articles -----------------------------------------------------------------------------
  for (const article of wanted(content.articles)) {
    if (await findIdBySlug(payload, 'articles', article.slug)) continue
    await payload.create({
      collection: 'articles',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: article.title,
        slug: article.slug,
        kind: article.kind,
        networks: article.networks,
        publishedAt: dateOnly(article.publishedAt),
        author: article.author,
        summary: article.summary,
        content: richText(article.body),
        externalUrl: article.externalUrl,
      },
    })
    count('articles')
  }

  // --- Pages --------------------------------------------------------------------------------
  for (const page of content.pages) {
    if (await findIdBySlug(payload, 'pages', page.slug)) continue
    await payload.create({
      collection: 'pages',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: page.title,
        slug: page.slug,
        network: page.network,
        intro: page.intro,
        content: richText(page.body),
        showInNavigation: page.showInNavigation,
        navigationOrder: page.navigationOrder,
        seo: { metaDescription: page.metaDescription },
      },
    })
    count('pages')
  }

  // --- Route maps (published; after pages, organisations and offerings, which they link to) --
  for (const map of content.routeMaps) {
    if (await findIdBySlug(payload, 'routeMaps', map.slug)) continue
    const steps = []
    for (const step of map.steps) {
      const links = []
      for (const link of step.links ?? []) {
        const target = await linkTarget(payload, link)
        // A link to content that was not seeded (demo content in production) is left out.
        if (target) links.push({ label: link.label, ...target })
      }
      steps.push({
        key: step.key,
        kind: step.kind,
        title: step.title,
        explanation: step.explanation ? richText(step.explanation) : undefined,
        answers: step.kind === 'vraag' ? (step.answers ?? []).map((answer) => ({ label: answer.label, nextStepKey: answer.next })) : undefined,
        links: step.kind === 'uitkomst' ? links : undefined,
        offeringFilter: step.kind === 'uitkomst' && step.offerings ? step.offerings : undefined,
        askNetworkCallToAction: step.kind === 'uitkomst' ? step.askNetwork : false,
      })
    }
    await payload.create({
      collection: 'routeMaps',
      overrideAccess: true,
      data: {
        _status: 'published',
        title: map.title,
        slug: map.slug,
        network: map.network,
        introduction: map.introduction,
        startStepKey: map.startStepKey,
        steps,
      },
    })
    count('routeMaps')
  }

  const total = Object.values(created).reduce((sum, n) => sum + n, 0)
  log(total === 0 ? 'Content: alles stond er al, niets aangemaakt.' : `Content: ${total} items aangemaakt.`)
  return { created }
}

/**
 * Fills the site settings and the case-handling settings while the site settings are still
 * empty (no name for the youth network yet). Returns whether it did.
 */
async function seedGlobals(payload: Payload, settings: Settings): Promise<boolean> {
  const current = await payload.findGlobal({ slug: 'siteSettings', overrideAccess: true, depth: 0 })
  if (current.jeugd?.name) return false

  const address = settings.postalAddress
  const postalAddress = [address.addressee, address.careOf, address.street, `${address.postalCode} ${address.city}`]
    .filter(Boolean)
    .join('\n')
  const network = (key: 'jeugd' | 'volwassenen') => {
    const source = settings.networks[key]
    return {
      name: source.name,
      tagline: source.tagline,
      coordinator: { name: source.coordinator.title, email: source.coordinator.email, phone: source.coordinator.phone },
      postalAddress,
      contactEmail: source.contactEmail,
      contactPhone: source.contactPhone ?? settings.contactPhone,
      footerText: settings.footerText,
    }
  }
  await payload.updateGlobal({
    slug: 'siteSettings',
    overrideAccess: true,
    data: {
      siteName: settings.siteName,
      jeugd: network('jeugd'),
      volwassenen: network('volwassenen'),
      membershipContribution: settings.membership.contributionEuros,
      reviewPeriodMonths: settings.reviewPeriodMonths,
    },
  })
  await payload.updateGlobal({
    slug: 'caseHandling',
    overrideAccess: true,
    data: {
      triageWorkingDays: settings.caseHandling.triageWorkingDays,
      adviceDays: settings.caseHandling.adviceDays,
      retentionMonthsAfterClosing: settings.caseHandling.retentionMonths,
    },
  })
  return true
}

type SluggedCollection = Extract<
  CollectionSlug,
  'organisations' | 'offerings' | 'workingGroups' | 'events' | 'articles' | 'pages' | 'routeMaps'
>

/** A route map link as stored: a relation to a seeded document, or an external address. */
async function linkTarget(
  payload: Payload,
  link: RouteMapLinkContent,
): Promise<{ doc: { relationTo: 'pages' | 'organisations' | 'offerings' | 'articles'; value: string } } | { url: string } | undefined> {
  if (link.url) return { url: link.url }
  const targets = [
    ['pages', link.page],
    ['organisations', link.organisation],
    ['offerings', link.offering],
    ['articles', link.article],
  ] as const
  for (const [relationTo, slug] of targets) {
    if (!slug) continue
    const id = await findIdBySlug(payload, relationTo, slug)
    return id ? { doc: { relationTo, value: id } } : undefined
  }
  return undefined
}

/** The ID of the document with this slug (draft or published), or undefined. */
async function findIdBySlug(payload: Payload, collection: SluggedCollection, slug: string): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  return docs[0] ? String(docs[0].id) : undefined
}

async function findIdByEmail(
  payload: Payload,
  collection: 'users' | 'professionals',
  email: string,
): Promise<string | undefined> {
  const { docs } = await payload.find({
    collection,
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    where: { email: { equals: email } },
  })
  return docs[0] ? String(docs[0].id) : undefined
}

/**
 * A calendar date from content (2026-11-23) as a stored moment: noon UTC, so the date is the
 * same in every time zone the admin or site may show it in.
 */
function dateOnly(date: string | undefined): string | undefined {
  return date ? `${date}T12:00:00.000Z` : undefined
}

export type { NetworkContent }
