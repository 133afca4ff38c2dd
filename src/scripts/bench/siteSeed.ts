/**
 * Offerings for the site benchmark: realistic records spread over every organisation and every
 * facet value, created through the Local API (hooks, versions and all) in batches that each
 * run in one transaction.
 *
 * Run by bench/site.ts as a child process on the benchmark's database (environment set by it):
 *   node --import tsx src/scripts/bench/siteSeed.ts <total>
 * It loads the content, adds offerings until <total> are published, and prints one line
 * `BENCH_SEED {"offeringSlug": …, "organisationSlug": …}` with pages worth measuring.
 */
import { pathToFileURL } from 'node:url'
import { commitTransaction, createLocalReq, initTransaction, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits, type Network } from '../../domain/vocabulary'
import type { Offering } from '../../payload-types'

const BATCH = 250

const openings = ['Samen sterk', 'Grip', 'Stap voor stap', 'Thuis in de wijk', 'Nieuwe kansen', 'Eigen regie', 'Op weg', 'Veilig verder']
const towns = ['in Amsterdam', 'in de regio', 'in Nieuw-West', 'in Zuidoost', 'in Noord', 'in Amstelland']

/** The value at `i` of a list, and of a few more lists further on: spread without patterns. */
function pick<T>(list: readonly T[], i: number, salt = 0): T {
  return list[(i * 7 + salt * 13 + Math.floor(i / list.length)) % list.length]
}

function some<V extends string>(list: readonly { value: V }[], i: number, salt: number, max: number): V[] {
  const count = 1 + ((i + salt) % max)
  return [...new Set(Array.from({ length: count }, (_, n) => pick(list, i + n * 3, salt + n).value))]
}

type RichText = NonNullable<Offering['description']>

function paragraph(text: string, bold?: string): RichText['root']['children'][number] {
  const children = [
    ...(bold ? [{ type: 'text', text: `${bold} `, format: 1, detail: 0, mode: 'normal', style: '', version: 1 }] : []),
    { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
  ]
  return { type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, textFormat: 0, version: 1 }
}

function richText(...paragraphs: RichText['root']['children']): RichText {
  return { root: { type: 'root', children: paragraphs, direction: 'ltr', format: '', indent: 0, version: 1 } }
}

export function benchOfferingSlug(i: number): string {
  return `bench-aanbod-${String(i).padStart(5, '0')}`
}

function offering(i: number, organisations: readonly string[]): RequiredDataFromCollectionSlug<'offerings'> {
  const kinds = some(kindsOfHelp, i, 1, 2)
  const traits = some(targetGroupTraits, i, 2, 3)
  const kindLabel = kindsOfHelp.find((kind) => kind.value === kinds[0])!.label
  const traitLabels = traits.map((trait) => targetGroupTraits.find((item) => item.value === trait)!.label.toLowerCase())
  const ageMin = pick([0, 4, 12, 16, 18, 23], i, 3)
  const ageMax = ageMin >= 18 ? pick([27, 65, 99], i, 4) : pick([12, 18, 23], i, 4)
  const network = pick<Network[]>([['jeugd'], ['volwassenen'], networks.map((item) => item.value)], i, 5)
  const title = `${pick(openings, i)}: ${kindLabel.toLowerCase()} ${pick(towns, i, 6)} (${i})`
  return {
    _status: 'published',
    title,
    slug: benchOfferingSlug(i),
    organisation: organisations[i % organisations.length],
    isExample: false,
    networks: network,
    summary: `${kindLabel} voor mensen met ${traitLabels.join(', ')}, van ${ageMin} tot en met ${Math.max(ageMin, ageMax)} jaar. Aanbod nummer ${i} van de benchmark.`,
    description: richText(
      paragraph(`Dit aanbod helpt bij ${traitLabels.join(' en ')}. De begeleiders kennen de doelgroep en werken samen met school, wijkteam en familie.`, 'Voor wie?'),
      paragraph('Eerst een kennismaking, daarna een plan met doelen in gewone taal. Elke drie maanden kijken we samen of het plan nog past.', 'Wat houdt het in?'),
      paragraph('Meer zelfstandigheid en minder crisis, met een vast aanspreekpunt voor de verwijzer.', 'Wat levert het op?'),
    ),
    kindsOfHelp: kinds,
    ageMin,
    ageMax: Math.max(ageMin, ageMax),
    targetGroupTraits: traits,
    settings: some(careSettings, i, 7, 2),
    fundingLaws: i % 5 === 0 ? [] : some(fundingLaws, i, 8, 2),
    areas: some(areas, i, 9, 2),
    howToRefer: richText(paragraph('Bel of mail het aanmeldteam; een beschikking is nodig voor behandeling.')),
    waitingTimeWeeks: i % 4 === 0 ? null : (i * 5) % 21,
    contact: { email: `aanmelden-${i % 50}@bench.example`, phone: '020 123 45 67' },
    lastReviewedAt: new Date(Date.now() - (i % 200) * 86_400_000).toISOString(),
  }
}

/** Creates published offerings until the site has `total` of them; returns how many it made. */
export async function seedOfferings(payload: Payload, total: number, log: (message: string) => void): Promise<number> {
  const published = await payload.count({ collection: 'offerings', where: { _status: { equals: 'published' } }, overrideAccess: true })
  const { docs } = await payload.find({ collection: 'organisations', overrideAccess: true, depth: 0, limit: 100, pagination: false, select: { slug: true } })
  const organisations = docs.map((doc) => String(doc.id))
  const existingBench = await payload.count({ collection: 'offerings', where: { slug: { like: 'bench-aanbod-' } }, overrideAccess: true })
  const missing = total - published.totalDocs
  if (missing <= 0) return 0
  const started = performance.now()
  for (let from = existingBench.totalDocs; from < existingBench.totalDocs + missing; from += BATCH) {
    const until = Math.min(existingBench.totalDocs + missing, from + BATCH)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let i = from; i < until; i++) {
      await payload.create({ collection: 'offerings', overrideAccess: true, depth: 0, req, data: offering(i, organisations) })
    }
    await commitTransaction(req)
    const made = until - existingBench.totalDocs
    if (made % 1000 < BATCH && made < missing) log(`  ${made} van ${missing} aanbiedingen aangemaakt…`)
  }
  log(`  ${missing} aanbiedingen aangemaakt in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  return missing
}

async function main(total: number) {
  const { default: config } = await import('../../../payload.config')
  const { getPayload } = await import('payload')
  const { ensureContent } = await import('../../server/content/ensureContent')
  const payload = await getPayload({ config })
  try {
    await ensureContent(payload, { log: () => undefined })
    await seedOfferings(payload, total, (message) => process.stderr.write(`${message}\n`))
    const published = { _status: { equals: 'published' } } as const
    const organisation = await payload.find({ collection: 'organisations', where: published, overrideAccess: true, limit: 1, depth: 0, sort: 'name' })
    const offering = await payload.find({
      collection: 'offerings',
      where: published,
      overrideAccess: true,
      limit: 1,
      depth: 0,
      page: Math.max(1, Math.floor(total / 2)),
      sort: 'slug',
    })
    const found = { offeringSlug: offering.docs[0]?.slug ?? benchOfferingSlug(0), organisationSlug: organisation.docs[0]?.slug }
    process.stdout.write(`BENCH_SEED ${JSON.stringify(found)}\n`)
  } finally {
    await payload.destroy()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const total = Number(process.argv[2])
  if (!Number.isInteger(total) || total < 1) throw new Error('Gebruik: siteSeed.ts <aantal gepubliceerde aanbiedingen>')
  await main(total)
  process.exit(0)
}
