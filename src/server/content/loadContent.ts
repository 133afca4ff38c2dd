/**
 * Reads the network's own content from `content/` (YAML and Markdown with YAML front matter),
 * validates every file with the zod schemas in `src/domain/content/schemas.ts`, checks the
 * references between files, and returns one typed `NetworkContent` object.
 *
 * Nothing is half-loaded: when any file is wrong, `loadContent` throws a single
 * `ContentValidationError` that lists every invalid file and field, so one run shows all
 * that needs fixing.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import YAML from 'yaml'
import { z } from 'zod'
import {
  accountSchema,
  accountsFileSchema,
  articleFrontMatterSchema,
  eventSchema,
  expertSchema,
  offeringSchema,
  organisationSchema,
  pageFrontMatterSchema,
  routeMapSchema,
  settingsSchema,
  workingGroupSchema,
  type AccountContent,
  type ArticleContent,
  type EventContent,
  type ExpertContent,
  type NetworkContent,
  type OfferingContent,
  type OrganisationContent,
  type PageContent,
  type RouteMapContent,
  type Settings,
  type WorkingGroupContent,
} from '../../domain/content/schemas'
import { validateRouteMap } from '../../domain/routeMaps/validateRouteMap'

export type { NetworkContent } from '../../domain/content/schemas'

/** The repository's `content/` folder. */
export const defaultContentDir = fileURLToPath(new URL('../../../content/', import.meta.url))

export interface ContentIssue {
  /** Path of the file relative to the content folder, with forward slashes. */
  file: string
  /** The field, as a path such as `contact.email` or `kindsOfHelp[1]`; `(bestand)` for the whole file. */
  field: string
  message: string
}

export class ContentValidationError extends Error {
  readonly issues: ContentIssue[]

  constructor(contentDir: string, issues: ContentIssue[]) {
    // Multi-line messages (YAML syntax errors with a code frame) are indented under their line.
    const lines = issues.map(
      (issue) => `  - ${issue.file} › ${issue.field}: ${issue.message.trimEnd().replaceAll('\n', '\n      ')}`,
    )
    super(
      `De content in ${contentDir} is ongeldig (${issues.length} ${issues.length === 1 ? 'fout' : 'fouten'}):\n${lines.join('\n')}`,
    )
    this.name = 'ContentValidationError'
    this.issues = issues
  }
}

/** Staff roles that belong to a member organisation (the account must name one). */
const ROLES_WITH_ORGANISATION: ReadonlySet<string> = new Set(['platformMember', 'expert', 'partnerEditor'])

const WHOLE_FILE = '(bestand)'

/** Zod's Dutch messages, for the checks that have no message of their own in the schemas. */
const dutchMessages = z.locales.nl().localeError

/** Loads and validates the content folder; throws a `ContentValidationError` listing every problem. */
export async function loadContent(contentDir: string = defaultContentDir): Promise<NetworkContent> {
  const { content, issues } = await validateContentFolder(contentDir)
  if (issues.length > 0 || !content) throw new ContentValidationError(contentDir, issues)
  return content
}

/**
 * Loads and validates the content folder without throwing: gives the content when it is
 * entirely valid, and every issue found.
 */
export async function validateContentFolder(
  contentDir: string = defaultContentDir,
): Promise<{ content?: NetworkContent; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = []
  const reader = new ContentReader(contentDir, issues)

  if (!existsSync(contentDir)) {
    issues.push({ file: '.', field: WHOLE_FILE, message: `De map ${contentDir} bestaat niet` })
    return { issues }
  }

  const settings = await reader.yamlFile('settings.yaml', settingsSchema)
  const organisations = await reader.yamlFolder('organisations', organisationSchema)
  const offerings = await reader.yamlFolder('offerings', offeringSchema)
  const events = await reader.yamlFolder('events', eventSchema)
  const workingGroups = await reader.yamlFolder('working-groups', workingGroupSchema)
  const experts = await reader.yamlFolder('experts', expertSchema)
  const pages = await reader.markdownFolder('pages', pageFrontMatterSchema)
  const articles = await reader.markdownFolder('articles', articleFrontMatterSchema)
  const routeMaps = await reader.yamlFolder('route-maps', routeMapSchema)
  const accountsFile = await reader.yamlFile('accounts.yaml', accountsFileSchema)
  // Each account on its own, so the valid ones can still be checked against the other files.
  const accounts = (accountsFile?.data.accounts ?? []).flatMap((raw, index) => {
    const account = reader.validateAt('accounts.yaml', ['accounts', index], raw, accountSchema)
    return account ? [{ index, data: account.data }] : []
  })

  checkReferences(
    {
      organisations,
      offerings,
      events,
      workingGroups,
      experts,
      pages,
      articles,
      routeMaps,
      accounts: accountsFile ? { file: 'accounts.yaml', data: accounts } : undefined,
    },
    issues,
  )

  if (issues.length > 0 || !settings || !accountsFile) return { issues }
  const data = <T>(items: Loaded<T>[]): T[] => items.map((item) => item.data)
  return {
    issues,
    content: {
      settings: settings.data as Settings,
      organisations: data(organisations) as OrganisationContent[],
      offerings: data(offerings) as OfferingContent[],
      pages: data(pages) as PageContent[],
      events: data(events) as EventContent[],
      workingGroups: data(workingGroups) as WorkingGroupContent[],
      articles: data(articles) as ArticleContent[],
      experts: data(experts) as ExpertContent[],
      accounts: accounts.map((account) => account.data),
      routeMaps: data(routeMaps) as RouteMapContent[],
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Reading and validating files
// ---------------------------------------------------------------------------------------------

interface Loaded<T> {
  /** Path relative to the content folder. */
  file: string
  data: T
}

class ContentReader {
  constructor(
    private readonly root: string,
    private readonly issues: ContentIssue[],
  ) {}

  async yamlFile<S extends z.ZodType>(file: string, schema: S): Promise<Loaded<z.output<S>> | undefined> {
    const source = await this.read(file)
    if (source === undefined) return undefined
    const raw = this.parseYaml(file, source)
    if (raw === undefined) return undefined
    return this.validate(file, raw, schema)
  }

  async yamlFolder<S extends z.ZodType>(folder: string, schema: S): Promise<Loaded<z.output<S>>[]> {
    const loaded: Loaded<z.output<S>>[] = []
    for (const file of await this.list(folder, ['.yaml', '.yml'])) {
      const item = await this.yamlFile(file, schema)
      if (item) {
        this.checkSlugMatchesFileName(item)
        loaded.push(item)
      }
    }
    return loaded
  }

  async markdownFolder<S extends z.ZodType>(
    folder: string,
    schema: S,
  ): Promise<Loaded<z.output<S> & { body: string }>[]> {
    const loaded: Loaded<z.output<S> & { body: string }>[] = []
    for (const file of await this.list(folder, ['.md'])) {
      const source = await this.read(file)
      if (source === undefined) continue
      let parsed: matter.GrayMatterFile<string>
      try {
        // The `yaml` package instead of gray-matter's js-yaml: dates stay strings, the same
        // YAML rules as the .yaml files.
        parsed = matter(source, { engines: { yaml: (input: string) => (YAML.parse(input) ?? {}) as object } })
      } catch (error) {
        this.issue(file, WHOLE_FILE, `De front matter is geen geldige YAML: ${messageOf(error)}`)
        continue
      }
      const body = parsed.content.trim()
      if (body === '') this.issue(file, 'body', 'De tekst onder de front matter is leeg')
      const item = this.validate(file, parsed.data, schema)
      if (item && body !== '') {
        this.checkSlugMatchesFileName(item)
        loaded.push({ file, data: { ...(item.data as object), body } as z.output<S> & { body: string } })
      }
    }
    return loaded
  }

  private validate<S extends z.ZodType>(file: string, raw: unknown, schema: S): Loaded<z.output<S>> | undefined {
    return this.validateAt(file, [], raw, schema)
  }

  /** Validates a part of a file; `at` is where that part sits, for the field names in issues. */
  validateAt<S extends z.ZodType>(
    file: string,
    at: PropertyKey[],
    raw: unknown,
    schema: S,
  ): Loaded<z.output<S>> | undefined {
    const result = schema.safeParse(raw, { error: dutchMessages })
    if (result.success) return { file, data: result.data }
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          this.issue(file, fieldPath([...at, ...issue.path, key]), 'Onbekend veld (tikfout?)')
        }
      } else {
        this.issue(file, fieldPath([...at, ...issue.path]), issue.message)
      }
    }
    return undefined
  }

  private checkSlugMatchesFileName(item: Loaded<unknown>): void {
    const slug = (item.data as { slug?: unknown }).slug
    const expected = path.posix.basename(item.file).replace(/\.(ya?ml|md)$/, '')
    if (typeof slug === 'string' && slug !== expected) {
      this.issue(item.file, 'slug', `De slug "${slug}" moet gelijk zijn aan de bestandsnaam "${expected}"`)
    }
  }

  private parseYaml(file: string, source: string): unknown {
    const document = YAML.parseDocument(source, { prettyErrors: true })
    if (document.errors.length > 0) {
      for (const error of document.errors) this.issue(file, WHOLE_FILE, `Geen geldige YAML: ${error.message}`)
      return undefined
    }
    return document.toJS() ?? {}
  }

  private async read(file: string): Promise<string | undefined> {
    try {
      return await readFile(path.join(this.root, file), 'utf8')
    } catch (error) {
      this.issue(file, WHOLE_FILE, `Kan het bestand niet lezen: ${messageOf(error)}`)
      return undefined
    }
  }

  private async list(folder: string, extensions: string[]): Promise<string[]> {
    // A missing folder is an empty one (Git does not keep empty folders).
    if (!existsSync(path.join(this.root, folder))) return []
    const names = await readdir(path.join(this.root, folder))
    const files = names.filter((name) => !name.startsWith('.') && extensions.includes(path.extname(name)))
    for (const name of names) {
      if (!name.startsWith('.') && !files.includes(name)) {
        this.issue(`${folder}/${name}`, WHOLE_FILE, `Verwacht een bestand met ${extensions.join(' of ')}`)
      }
    }
    return files.sort().map((name) => `${folder}/${name}`)
  }

  private issue(file: string, field: string, message: string): void {
    this.issues.push({ file, field, message })
  }
}

/** `['contact', 'email']` → `contact.email`; `['kindsOfHelp', 1]` → `kindsOfHelp[1]`. */
function fieldPath(segments: readonly PropertyKey[]): string {
  let result = ''
  for (const segment of segments) {
    if (typeof segment === 'number') result += `[${segment}]`
    else result += result === '' ? String(segment) : `.${String(segment)}`
  }
  return result === '' ? WHOLE_FILE : result
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

// ---------------------------------------------------------------------------------------------
// References between files
// ---------------------------------------------------------------------------------------------

interface LoadedContent {
  organisations: Loaded<OrganisationContent>[]
  offerings: Loaded<OfferingContent>[]
  events: Loaded<EventContent>[]
  workingGroups: Loaded<WorkingGroupContent>[]
  experts: Loaded<ExpertContent>[]
  pages: Loaded<PageContent>[]
  articles: Loaded<ArticleContent>[]
  routeMaps: Loaded<RouteMapContent>[]
  /** The valid accounts, each with its position in the file. */
  accounts?: { file: string; data: { index: number; data: AccountContent }[] }
}

function checkReferences(content: LoadedContent, issues: ContentIssue[]): void {
  const issue = (file: string, field: string, message: string) => issues.push({ file, field, message })

  for (const [kind, items] of Object.entries({
    organisations: content.organisations,
    offerings: content.offerings,
    events: content.events,
    workingGroups: content.workingGroups,
    experts: content.experts,
    pages: content.pages,
    articles: content.articles,
    routeMaps: content.routeMaps,
  }) as [string, Loaded<{ slug: string }>[]][]) {
    const seen = new Map<string, string>()
    for (const item of items) {
      const other = seen.get(item.data.slug)
      if (other) issue(item.file, 'slug', `De slug "${item.data.slug}" wordt al gebruikt in ${other} (${kind})`)
      else seen.set(item.data.slug, item.file)
    }
  }

  const organisations = new Map(content.organisations.map((item) => [item.data.slug, item.data]))
  const experts = new Map(content.experts.map((item) => [item.data.slug, item.data]))
  const unknownOrganisation = (slug: string) => `Onbekende organisatie "${slug}" (geen organisations/${slug}.yaml)`

  for (const { file, data } of content.offerings) {
    const organisation = organisations.get(data.organisation)
    if (!organisation) {
      issue(file, 'organisation', unknownOrganisation(data.organisation))
      continue
    }
    data.networks.forEach((network, index) => {
      if (!organisation.networks.includes(network)) {
        issue(file, `networks[${index}]`, `${organisation.name} doet niet mee aan het netwerk "${network}"`)
      }
    })
  }

  for (const { file, data } of content.experts) {
    if (!organisations.has(data.organisation)) issue(file, 'organisation', unknownOrganisation(data.organisation))
  }

  for (const { file, data } of content.workingGroups) {
    data.members.forEach((member, index) => {
      if (!organisations.has(member.organisation)) {
        issue(file, `members[${index}].organisation`, unknownOrganisation(member.organisation))
      }
    })
    const seen = new Set<string>()
    data.members.forEach((member, index) => {
      if (seen.has(member.organisation)) issue(file, `members[${index}].organisation`, 'Deze organisatie staat er al bij')
      seen.add(member.organisation)
    })
  }

  for (const { file, data } of content.pages) {
    if (data.showInNavigation && data.navigationOrder === undefined) {
      issue(file, 'navigationOrder', 'Verplicht als showInNavigation aan staat')
    }
  }

  // Route maps: the same checks as on publishing in the admin, and links to existing content.
  const slugsOf = (items: Loaded<{ slug: string }>[]) => new Set(items.map((item) => item.data.slug))
  const linkTargets = {
    page: slugsOf(content.pages),
    organisation: slugsOf(content.organisations),
    offering: slugsOf(content.offerings),
    article: slugsOf(content.articles),
  }
  const networksWithMap = new Map<string, string>()
  for (const { file, data } of content.routeMaps) {
    const other = networksWithMap.get(data.network)
    if (other) issue(file, 'network', `Het netwerk "${data.network}" heeft al een routekaart in ${other}`)
    else networksWithMap.set(data.network, file)
    const steps = data.steps.map((step) => ({ ...step, answers: step.answers?.map((answer) => ({ label: answer.label, nextStepKey: answer.next })) }))
    for (const problem of validateRouteMap(steps, data.startStepKey)) {
      const index = data.steps.findIndex((step) => step.key === problem.stepKey)
      issue(file, index === -1 ? 'steps' : `steps[${index}]`, problem.message)
    }
    data.steps.forEach((step, index) => {
      if (step.kind === 'uitkomst' && step.answers?.length) issue(file, `steps[${index}].answers`, 'Een uitkomst heeft geen antwoorden')
      if (step.kind === 'vraag' && (step.links?.length || step.offerings || step.askNetwork)) {
        issue(file, `steps[${index}]`, 'links, offerings en askNetwork horen bij een uitkomst, niet bij een vraag')
      }
      step.links?.forEach((link, linkIndex) => {
        for (const kind of ['page', 'organisation', 'offering', 'article'] as const) {
          const slug = link[kind]
          if (slug && !linkTargets[kind].has(slug)) issue(file, `steps[${index}].links[${linkIndex}].${kind}`, `Onbekende ${kind} "${slug}"`)
        }
      })
    })
  }

  if (content.accounts) {
    const { file, data: accounts } = content.accounts
    const emails = new Set<string>()
    for (const { index, data: account } of accounts) {
      const at = (field: string) => `accounts[${index}].${field}`
      const email = account.email.toLowerCase()
      if (emails.has(email)) issue(file, at('email'), `Het e-mailadres ${account.email} komt twee keer voor`)
      emails.add(email)
      if (account.type !== 'staff') continue

      if (account.organisation && !organisations.has(account.organisation)) {
        issue(file, at('organisation'), unknownOrganisation(account.organisation))
      }
      const needsOrganisation = account.roles.filter((role) => ROLES_WITH_ORGANISATION.has(role))
      if (needsOrganisation.length > 0 && !account.organisation) {
        issue(file, at('organisation'), `Verplicht voor de rol ${needsOrganisation.join(', ')}`)
      }
      if (account.roles.includes('expert') && !account.expert) {
        issue(file, at('expert'), 'Verplicht voor de rol expert')
      }
      if (account.expert) {
        const expert = experts.get(account.expert)
        if (!expert) issue(file, at('expert'), `Onbekende expert "${account.expert}" (geen experts/${account.expert}.yaml)`)
        else if (account.organisation && expert.organisation !== account.organisation) {
          issue(file, at('expert'), `De expert werkt bij "${expert.organisation}", het account bij "${account.organisation}"`)
        }
        if (!account.roles.includes('expert')) issue(file, at('roles'), 'Een account met een expert heeft de rol expert nodig')
      }
    }
  }
}
