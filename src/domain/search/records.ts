/**
 * From public documents to search records: one record per page a visitor can open, with the
 * URL of that page, a type (the filter on /zoeken), a title, a short summary and the text that
 * is searched. The same records feed the Pagefind index (instant search in the browser) and the
 * server-side search (the page without JavaScript), so both find the same things.
 *
 * Only what the public pages show goes into a record: no contact e-mail addresses, no names of
 * working-group members, no internal fields. Which documents are public is decided by the
 * queries in `searchSources` (published only, public expert profiles only), run with the
 * visitor's rights by the caller.
 */
import {
  areas,
  articleKinds,
  careSettings,
  eventKinds,
  fundingLaws,
  kindsOfHelp,
  labelOf,
  membershipStatuses,
  networks,
  type Option,
  type SearchType,
  searchTypes,
  targetGroupTraits,
  workingGroupStatuses,
} from '../vocabulary'
import { lexicalToPlainText } from './lexicalText'

export interface SearchRecord {
  url: string
  type: SearchType
  /** The Dutch label of the type, shown with each result. */
  typeLabel: string
  title: string
  /** One or two sentences shown under the title when there is no better excerpt. */
  summary: string
  /** Everything that is searched, title first, one line per part. */
  content: string
}

type Text = string | null | undefined
type Ref = { name?: Text; slug?: Text } | string | number | null | undefined

export interface OfferingDoc {
  title?: Text
  slug?: Text
  organisation?: Ref
  isExample?: boolean | null
  networks?: string[] | null
  summary?: Text
  description?: unknown
  kindsOfHelp?: string[] | null
  ageMin?: number | null
  ageMax?: number | null
  targetGroupTraits?: string[] | null
  settings?: string[] | null
  fundingLaws?: string[] | null
  areas?: string[] | null
  howToRefer?: unknown
}

export interface OrganisationDoc {
  name?: Text
  slug?: Text
  shortDescription?: Text
  description?: unknown
  membershipStatus?: Text
  networks?: string[] | null
  areas?: string[] | null
  address?: { city?: Text } | null
}

export interface ExpertDoc {
  id: string | number
  name?: Text
  jobTitle?: Text
  organisation?: Ref
  expertiseAreas?: string[] | null
  shortBio?: Text
  networks?: string[] | null
}

export interface WorkingGroupDoc {
  name?: Text
  slug?: Text
  theme?: Text
  status?: Text
  networks?: string[] | null
  assignment?: unknown
  outcome?: unknown
  members?: { organisation?: Ref }[] | null
}

export interface EventDoc {
  title?: Text
  slug?: Text
  kind?: Text
  networks?: string[] | null
  cancelled?: boolean | null
  startsAt?: Text
  location?: { name?: Text; address?: Text } | null
  summary?: Text
  programme?: unknown
}

export interface ArticleDoc {
  title?: Text
  slug?: Text
  kind?: Text
  networks?: string[] | null
  author?: Text
  summary?: Text
  content?: unknown
}

export interface PageDoc {
  title?: Text
  slug?: Text
  intro?: Text
  content?: unknown
}

// ---------------------------------------------------------------------------------------------

function clean(value: Text): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
}

function labels(list: readonly Option[], values: string[] | null | undefined): string {
  return (values ?? []).map((value) => labelOf(list, value)).join(', ')
}

/** The name of a populated relation; an unpopulated one (not public) names nothing. */
function refName(ref: Ref): string {
  return ref !== null && typeof ref === 'object' ? clean(ref.name) : ''
}

function urlOf(prefix: string, slug: Text): string | undefined {
  const value = clean(slug)
  return value ? `${prefix}${encodeURIComponent(value)}` : undefined
}

/** A sentence-sized summary: the first line of the given texts that is not empty, shortened. */
export function shorten(text: string, max = 200): string {
  const value = text.replace(/\s+/g, ' ').trim()
  if (value.length <= max) return value
  const cut = value.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`
}

function asSentence(text: string): string {
  const value = text.trim()
  return value === '' || /[.!?:;…]$/.test(value) ? value : `${value}.`
}

function record(type: SearchType, url: string | undefined, title: string, summary: string, parts: string[]): SearchRecord | undefined {
  if (!url || !title) return undefined
  return {
    url,
    type,
    typeLabel: labelOf(searchTypes, type),
    title,
    summary: shorten(summary),
    // Each part ends as a sentence, so excerpts that run across parts still read well.
    content: [title, ...parts.map((part) => asSentence(part))].filter((part) => part !== '').join('\n'),
  }
}

/** "12 tot en met 23 jaar", "vanaf 18 jaar", "tot en met 17 jaar" or ''. */
export function ageRangeText(ageMin: number | null | undefined, ageMax: number | null | undefined): string {
  const hasMin = typeof ageMin === 'number'
  const hasMax = typeof ageMax === 'number'
  if (hasMin && hasMax) return `${ageMin} tot en met ${ageMax} jaar`
  if (hasMin) return `vanaf ${ageMin} jaar`
  if (hasMax) return `tot en met ${ageMax} jaar`
  return ''
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' })

/** An event's date in words, as the agenda shows it (Europe/Amsterdam), or ''. */
export function eventDateText(startsAt: Text): string {
  if (!startsAt) return ''
  const date = new Date(startsAt)
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

// ---------------------------------------------------------------------------------------------

export function offeringRecord(doc: OfferingDoc): SearchRecord | undefined {
  const title = clean(doc.title)
  const organisation = refName(doc.organisation)
  const summary = clean(doc.summary)
  return record('aanbod', urlOf('/aanbod/', doc.slug), title, summary, [
    organisation,
    doc.isExample ? 'Voorbeeld' : '',
    summary,
    labels(kindsOfHelp, doc.kindsOfHelp),
    ageRangeText(doc.ageMin, doc.ageMax),
    labels(targetGroupTraits, doc.targetGroupTraits),
    labels(careSettings, doc.settings),
    labels(fundingLaws, doc.fundingLaws),
    labels(areas, doc.areas),
    labels(networks, doc.networks),
    lexicalToPlainText(doc.description),
    lexicalToPlainText(doc.howToRefer),
  ])
}

export function organisationRecord(doc: OrganisationDoc): SearchRecord | undefined {
  const description = lexicalToPlainText(doc.description)
  const short = clean(doc.shortDescription)
  return record('organisatie', urlOf('/organisaties/', doc.slug), clean(doc.name), short || description, [
    doc.membershipStatus ? labelOf(membershipStatuses, doc.membershipStatus) : '',
    short,
    clean(doc.address?.city),
    labels(areas, doc.areas),
    labels(networks, doc.networks),
    description,
  ])
}

export function expertRecord(doc: ExpertDoc): SearchRecord | undefined {
  const jobTitle = clean(doc.jobTitle)
  const organisation = refName(doc.organisation)
  const specialisms = (doc.expertiseAreas ?? []).map((area) => clean(area)).filter(Boolean).join(', ')
  const role = [jobTitle, organisation].filter(Boolean).join(' bij ')
  return record('expert', `/experts#expert-${encodeURIComponent(String(doc.id))}`, clean(doc.name), [role, specialisms].filter(Boolean).join('. '), [
    role,
    specialisms ? `Expertise: ${specialisms}` : '',
    clean(doc.shortBio),
    labels(networks, doc.networks),
  ])
}

export function workingGroupRecord(doc: WorkingGroupDoc): SearchRecord | undefined {
  const theme = clean(doc.theme)
  const assignment = lexicalToPlainText(doc.assignment)
  const memberOrganisations = [...new Set((doc.members ?? []).map((member) => refName(member.organisation)).filter(Boolean))]
  return record('werkgroep', urlOf('/werkgroepen/', doc.slug), clean(doc.name), theme ? `Thema: ${theme}` : assignment, [
    theme ? `Thema: ${theme}` : '',
    doc.status ? labelOf(workingGroupStatuses, doc.status) : '',
    labels(networks, doc.networks),
    assignment,
    lexicalToPlainText(doc.outcome),
    memberOrganisations.join(', '),
  ])
}

export function eventRecord(doc: EventDoc): SearchRecord | undefined {
  const kind = doc.kind ? labelOf(eventKinds, doc.kind) : ''
  const date = eventDateText(doc.startsAt)
  const lead = [doc.cancelled ? 'Geannuleerd' : '', kind, date].filter(Boolean).join(' · ')
  const summary = clean(doc.summary)
  return record('agenda', urlOf('/agenda/', doc.slug), clean(doc.title), [lead, summary].filter(Boolean).join('. '), [
    lead,
    summary,
    clean(doc.location?.name),
    clean(doc.location?.address),
    labels(networks, doc.networks),
    lexicalToPlainText(doc.programme),
  ])
}

export function articleRecord(doc: ArticleDoc): SearchRecord | undefined {
  const content = lexicalToPlainText(doc.content)
  const summary = clean(doc.summary)
  return record('kennis', urlOf('/kennis/', doc.slug), clean(doc.title), summary || content, [
    doc.kind ? labelOf(articleKinds, doc.kind) : '',
    clean(doc.author),
    summary,
    labels(networks, doc.networks),
    content,
  ])
}

export function pageRecord(doc: PageDoc): SearchRecord | undefined {
  const content = lexicalToPlainText(doc.content)
  const intro = clean(doc.intro)
  return record('pagina', urlOf('/', doc.slug), clean(doc.title), intro || content, [intro, content])
}
