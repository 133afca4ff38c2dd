/**
 * Zod schemas for the network's own content in `content/` (YAML files and Markdown with YAML
 * front matter). The loader in `src/server/content/loadContent.ts` validates every file with
 * these schemas and then checks the references between files (organisation slugs and so on).
 *
 * Objects are strict: an unknown key is an error, so a typo in a field name is caught instead
 * of silently ignored. Dates are plain `YYYY-MM-DD` strings, moments ISO 8601 with an offset.
 * Closed lists come from the shared vocabulary, so content can only use values the CMS knows.
 */
import { z } from 'zod'
import {
  articleKinds,
  areas,
  careSettings,
  eventAudiences,
  eventKinds,
  fundingLaws,
  kindsOfHelp,
  membershipStatuses,
  networks,
  professionalRegisters,
  professionalStatuses,
  routeMapStepKinds,
  staffRoles,
  targetGroupTraits,
  valuesOf,
  workingGroupRoles,
  workingGroupStatuses,
} from '../vocabulary'

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Een slug bestaat uit kleine letters, cijfers en losse koppeltekens')

/** A calendar date such as 2026-11-23. */
export const dateSchema = z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' })

/** A moment with its offset, such as 2027-03-18T14:00:00+01:00. */
export const dateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Gebruik een tijdstip als 2027-03-18T14:00:00+01:00',
})

const text = z.string().trim().min(1, 'Mag niet leeg zijn')
/** Markdown text (converted to rich text by the seed). */
const markdown = z.string().trim().min(1, 'Mag niet leeg zijn')
const email = z.email({ message: 'Geen geldig e-mailadres' })
const httpsUrl = z.url({ protocol: /^https$/, message: 'Gebruik een volledige https-URL' })
const domainName = z
  .string()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'Een domeinnaam zonder www en zonder https://, bijvoorbeeld cordaan.nl')

const networkSchema = z.enum(valuesOf(networks))
const networkList = z.array(networkSchema).min(1, 'Kies minstens één netwerk')
const areaList = z.array(z.enum(valuesOf(areas))).min(1, 'Kies minstens één gebied')

/** True when the raw input has both keys with a value of the type (for cross-field checks). */
function bothAre(type: 'number' | 'string', value: unknown, first: string, second: string): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return typeof record[first] === type && typeof record[second] === type
}

/** A list without repeated values. */
function uniqueList<T extends z.ZodType>(item: T, min = 0) {
  return z
    .array(item)
    .min(min, min === 1 ? 'Vul minstens één waarde in' : `Vul minstens ${min} waarden in`)
    .refine((list) => new Set(list as unknown[]).size === list.length, 'Bevat dubbele waarden')
}

// ---------------------------------------------------------------------------------------------
// settings.yaml
// ---------------------------------------------------------------------------------------------

export const networkSettingsSchema = z.strictObject({
  name: text,
  shortName: text,
  tagline: text,
  /** One or two sentences for the home page and search engines. */
  description: text,
  coordinator: z.strictObject({
    /** A role name, never a person's name. */
    title: text,
    email,
    phone: text.optional(),
  }),
  contactEmail: email,
  contactPhone: text.optional(),
})
export type NetworkSettings = z.infer<typeof networkSettingsSchema>

export const settingsSchema = z.strictObject({
  siteName: text,
  networks: z.strictObject({
    jeugd: networkSettingsSchema,
    volwassenen: networkSettingsSchema,
  }),
  host: z.strictObject({
    name: text,
    description: text,
  }),
  postalAddress: z.strictObject({
    addressee: text,
    careOf: text.optional(),
    street: text,
    postalCode: z.string().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'Een postcode als 1000 AA'),
    city: text,
  }),
  contactEmail: email,
  contactPhone: text,
  footerText: text,
  membership: z.strictObject({
    /** The yearly contribution in whole euros. */
    contributionEuros: z.number().int().positive(),
    /** How many platform meetings and network meetings an aspirant member may attend for free. */
    aspirantPlatformMeetings: z.number().int().min(0),
    aspirantNetworkMeetings: z.number().int().min(0),
    /** Years of activity as a provider in the region a new member needs. */
    minimumYearsActive: z.number().int().min(0),
  }),
  /** How often (in months) a partner must review its offerings. */
  reviewPeriodMonths: z.number().int().positive(),
  caseHandling: z.strictObject({
    /** Working days from registration to triage. */
    triageWorkingDays: z.number().int().positive(),
    /** Calendar days from registration to an advice. */
    adviceDays: z.number().int().positive(),
    /** Months a closed case question is kept before it is deleted. */
    retentionMonths: z.number().int().positive(),
  }),
})
export type Settings = z.infer<typeof settingsSchema>

// ---------------------------------------------------------------------------------------------
// organisations/*.yaml
// ---------------------------------------------------------------------------------------------

export const organisationSchema = z.strictObject({
  name: text,
  slug: slugSchema,
  /** The organisation's public homepage; left out when not known for certain. */
  website: httpsUrl.optional(),
  shortDescription: text.max(200, 'Houd de korte beschrijving onder 200 tekens'),
  description: markdown,
  membershipStatus: z.enum(valuesOf(membershipStatuses)),
  aspirantSince: dateSchema.optional(),
  memberSince: dateSchema.optional(),
  networks: uniqueList(networkSchema, 1),
  /** Email domains of staff, used to recognise colleagues who register. */
  emailDomains: uniqueList(domainName),
  areas: uniqueList(z.enum(valuesOf(areas)), 1),
  /** True for fictional organisations that only exist to show how the portal works (demo only). */
  isExample: z.boolean().default(false),
})
export type OrganisationContent = z.infer<typeof organisationSchema>

// ---------------------------------------------------------------------------------------------
// offerings/*.yaml
// ---------------------------------------------------------------------------------------------

export const offeringSchema = z
  .strictObject({
    isExample: z.boolean(),
    organisation: slugSchema,
    title: text,
    slug: slugSchema,
    summary: text.max(300, 'Houd de samenvatting onder 300 tekens'),
    description: markdown,
    kindsOfHelp: uniqueList(z.enum(valuesOf(kindsOfHelp)), 1),
    ageMin: z.number().int().min(0).max(99),
    ageMax: z.number().int().min(0).max(99),
    targetGroupTraits: uniqueList(z.enum(valuesOf(targetGroupTraits)), 1),
    settings: uniqueList(z.enum(valuesOf(careSettings)), 1),
    fundingLaws: uniqueList(z.enum(valuesOf(fundingLaws))),
    areas: areaList,
    howToRefer: markdown,
    waitingTimeWeeks: z.number().int().min(0).max(104),
    waitingTimeUpdatedAt: dateSchema,
    /** Generic contact details (never a person's name). */
    contact: z.strictObject({
      email,
      phone: text.optional(),
    }),
    networks: uniqueList(networkSchema, 1),
    lastReviewedAt: dateSchema,
  })
  .refine((offering) => offering.ageMin <= offering.ageMax, {
    message: 'ageMax moet groter zijn dan of gelijk aan ageMin',
    path: ['ageMax'],
    // Also report this when other fields are wrong, as long as both ages are numbers.
    when: ({ value }) => bothAre('number', value, 'ageMin', 'ageMax'),
  })
export type OfferingContent = z.infer<typeof offeringSchema>

// ---------------------------------------------------------------------------------------------
// pages/*.md (front matter; the Markdown body is added by the loader)
// ---------------------------------------------------------------------------------------------

export const pageFrontMatterSchema = z.strictObject({
  title: text,
  slug: slugSchema,
  intro: text,
  showInNavigation: z.boolean(),
  navigationOrder: z.number().int().min(0).optional(),
  network: networkSchema.optional(),
  metaDescription: text.max(160, 'Houd de metabeschrijving onder 160 tekens'),
})
export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>
export type PageContent = PageFrontMatter & { body: string }

// ---------------------------------------------------------------------------------------------
// events/*.yaml
// ---------------------------------------------------------------------------------------------

export const eventSchema = z
  .strictObject({
    title: text,
    slug: slugSchema,
    kind: z.enum(valuesOf(eventKinds)),
    audience: z.enum(valuesOf(eventAudiences)),
    networks: uniqueList(networkSchema, 1),
    startsAt: dateTimeSchema,
    endsAt: dateTimeSchema,
    /** Where it takes place; an online meeting names that here too ("Online"). */
    location: z.strictObject({
      name: text,
      address: text.optional(),
    }),
    onlineUrl: httpsUrl.optional(),
    /** Mentions that it is an example for demo events: the CMS has no example flag for events. */
    summary: text.max(300, 'Houd de samenvatting onder 300 tekens'),
    programme: markdown,
    /** Maximum number of registrations; left out for no limit. */
    capacity: z.number().int().positive().optional(),
    registrationEnabled: z.boolean(),
    /** Demo content: only seeded with the demo option. */
    isExample: z.boolean(),
  })
  .refine((event) => Date.parse(event.endsAt) > Date.parse(event.startsAt), {
    message: 'endsAt moet na startsAt liggen',
    path: ['endsAt'],
    when: ({ value }) => bothAre('string', value, 'startsAt', 'endsAt'),
  })
export type EventContent = z.infer<typeof eventSchema>

// ---------------------------------------------------------------------------------------------
// working-groups/*.yaml
// ---------------------------------------------------------------------------------------------

export const workingGroupSchema = z
  .strictObject({
    name: text,
    slug: slugSchema,
    theme: text,
    networks: uniqueList(networkSchema, 1),
    /** The concrete, time-bound assignment from the platform, and what the group delivers (Markdown). */
    assignment: markdown,
    /** The member organisations, each with its role in the group (no names of people). */
    members: z
      .array(
        z.strictObject({
          organisation: slugSchema,
          role: z.enum(valuesOf(workingGroupRoles)).default('lid'),
        }),
      )
      .min(1, 'Vul minstens één lid in'),
    status: z.enum(valuesOf(workingGroupStatuses)),
    startDate: dateSchema,
    endDate: dateSchema.optional(),
    /** The advice or analysis delivered to the platform (Markdown), once there is one. */
    outcome: markdown.optional(),
    /** Demo content: only seeded with the demo option. */
    isExample: z.boolean(),
  })
  .refine((group) => !group.endDate || group.endDate >= group.startDate, {
    message: 'endDate moet op of na startDate liggen',
    path: ['endDate'],
    when: ({ value }) => bothAre('string', value, 'startDate', 'endDate'),
  })
export type WorkingGroupContent = z.infer<typeof workingGroupSchema>

// ---------------------------------------------------------------------------------------------
// articles/*.md (front matter; the Markdown body is added by the loader)
// ---------------------------------------------------------------------------------------------

export const articleFrontMatterSchema = z.strictObject({
  title: text,
  slug: slugSchema,
  kind: z.enum(valuesOf(articleKinds)),
  publishedAt: dateSchema,
  summary: text.max(300, 'Houd de samenvatting onder 300 tekens'),
  networks: uniqueList(networkSchema, 1),
  author: text.optional(),
  externalUrl: httpsUrl.optional(),
  /** Demo content: only seeded with the demo option. */
  isExample: z.boolean(),
})
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>
export type ArticleContent = ArticleFrontMatter & { body: string }

// ---------------------------------------------------------------------------------------------
// experts/*.yaml
// ---------------------------------------------------------------------------------------------

export const expertSchema = z.strictObject({
  name: text,
  /** Identifies the expert within content/ (accounts refer to it); the CMS has no slug for experts. */
  slug: slugSchema,
  organisation: slugSchema,
  jobTitle: text,
  networks: uniqueList(networkSchema, 1),
  /** Free-text specialisms, such as "LVB en verslaving". */
  expertiseAreas: uniqueList(text, 1),
  shortBio: text.max(600, 'Houd de korte bio onder 600 tekens'),
  availableForConsultation: z.boolean(),
  /** Only with the expert's consent (AVG): shown on the public site. */
  publicProfile: z.boolean(),
  /** Demo content: only seeded with the demo option. */
  isExample: z.boolean(),
})
export type ExpertContent = z.infer<typeof expertSchema>

// ---------------------------------------------------------------------------------------------
// accounts.yaml (demo accounts; passwords come from DEMO_PASSWORD at seed time)
// ---------------------------------------------------------------------------------------------

export const staffAccountSchema = z.strictObject({
  type: z.literal('staff'),
  email,
  name: text,
  roles: uniqueList(z.enum(valuesOf(staffRoles)), 1),
  /** Organisation slug; required for platform members, experts and partner editors. */
  organisation: slugSchema.optional(),
  /** Expert slug, for an account with the expert role. */
  expert: slugSchema.optional(),
})
export type StaffAccountContent = z.infer<typeof staffAccountSchema>

export const professionalAccountSchema = z
  .strictObject({
    type: z.literal('professional'),
    email,
    name: text,
    /** The employer, as the professional types it (often not a member organisation). */
    organisationName: text,
    jobTitle: text,
    professionalRegister: z.enum(valuesOf(professionalRegisters)),
    /** Required unless the register is "geen". */
    registerNumber: text.optional(),
    networks: uniqueList(networkSchema, 1),
    status: z.enum(valuesOf(professionalStatuses)),
  })
  .refine((account) => account.professionalRegister === 'geen' || Boolean(account.registerNumber), {
    message: 'Verplicht, behalve bij professionalRegister "geen"',
    path: ['registerNumber'],
  })
export type ProfessionalAccountContent = z.infer<typeof professionalAccountSchema>

export const accountSchema = z.discriminatedUnion('type', [staffAccountSchema, professionalAccountSchema])
export type AccountContent = z.infer<typeof accountSchema>

/** The file itself; the loader validates each account with `accountSchema` on its own. */
export const accountsFileSchema = z.strictObject({
  accounts: z.array(z.unknown()).min(1, 'Vul minstens één account in'),
})

// ---------------------------------------------------------------------------------------------
// route-maps/*.yaml (one routekaart per network; the loader also checks the routes)
// ---------------------------------------------------------------------------------------------

const stepKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Een stapsleutel bestaat uit kleine letters, cijfers en losse koppeltekens')

/** A link of an outcome: to a page, organisation, offering or article of the site, or an external https address. */
export const routeMapLinkSchema = z
  .strictObject({
    label: text,
    page: slugSchema.optional(),
    organisation: slugSchema.optional(),
    offering: slugSchema.optional(),
    article: slugSchema.optional(),
    url: httpsUrl.optional(),
  })
  .refine((link) => [link.page, link.organisation, link.offering, link.article, link.url].filter(Boolean).length === 1, {
    message: 'Geef precies één doel: page, organisation, offering, article of url',
  })
export type RouteMapLinkContent = z.infer<typeof routeMapLinkSchema>

export const routeMapStepSchema = z.strictObject({
  key: stepKeySchema,
  kind: z.enum(valuesOf(routeMapStepKinds)),
  title: text,
  /** Markdown. */
  explanation: markdown.optional(),
  answers: z.array(z.strictObject({ label: text, next: stepKeySchema })).optional(),
  links: z.array(routeMapLinkSchema).optional(),
  /** The fitting offerings, in the vocabulary of the offerings' facets. */
  offerings: z
    .strictObject({
      kindsOfHelp: uniqueList(z.enum(valuesOf(kindsOfHelp))).optional(),
      targetGroupTraits: uniqueList(z.enum(valuesOf(targetGroupTraits))).optional(),
      settings: uniqueList(z.enum(valuesOf(careSettings))).optional(),
      fundingLaws: uniqueList(z.enum(valuesOf(fundingLaws))).optional(),
      areas: uniqueList(z.enum(valuesOf(areas))).optional(),
      age: z.number().int().min(0).max(99).optional(),
      networks: uniqueList(networkSchema).optional(),
    })
    .optional(),
  /** Show "Stel je vraag aan het netwerk" at this outcome. */
  askNetwork: z.boolean().default(false),
})
export type RouteMapStepContent = z.infer<typeof routeMapStepSchema>

export const routeMapSchema = z.strictObject({
  title: text,
  /** Equal to the file name; by convention the network. */
  slug: slugSchema,
  network: networkSchema,
  introduction: text.optional(),
  startStepKey: stepKeySchema,
  steps: z.array(routeMapStepSchema).min(1, 'Vul minstens één stap in'),
})
export type RouteMapContent = z.infer<typeof routeMapSchema>

// ---------------------------------------------------------------------------------------------
// Everything together
// ---------------------------------------------------------------------------------------------

export interface NetworkContent {
  settings: Settings
  organisations: OrganisationContent[]
  offerings: OfferingContent[]
  pages: PageContent[]
  events: EventContent[]
  workingGroups: WorkingGroupContent[]
  articles: ArticleContent[]
  experts: ExpertContent[]
  accounts: AccountContent[]
  routeMaps: RouteMapContent[]
}
