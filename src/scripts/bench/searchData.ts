/**
 * Realistic offerings for the search benchmarks: titles, summaries and descriptions drawn from
 * the words professionals search for, spread over every facet value, deterministic (same N,
 * same offerings) so runs before and after a change compare.
 */
import type { RequiredDataFromCollectionSlug } from 'payload'
import { areas, careSettings, fundingLaws, kindsOfHelp, networks, targetGroupTraits } from '../../domain/vocabulary'
import type { Offering } from '../../payload-types'

const subjects = [
  'Begeleid wonen', 'Ambulante begeleiding', 'Dagbesteding', 'Traumabehandeling', 'Verslavingszorg', 'Autismebegeleiding',
  'Gezinsbehandeling', 'Logeeropvang', 'Crisisopvang', 'Cliëntondersteuning', 'Sociale vaardigheidstraining', 'Schuldhulp',
  'Ouderbegeleiding', 'Diagnostiek', 'Jobcoaching', 'Agressieregulatie', 'Weerbaarheidstraining', 'Psycho-educatie',
]
const audiences = ['jongeren met een LVB', 'jongvolwassenen', 'ouders', 'kinderen van 4 tot 12', 'volwassenen met een lichte verstandelijke beperking', 'gezinnen']
const sentences = [
  'Wij bieden begeleiding op maat, thuis of op locatie.',
  'De wachttijd is ongeveer zes weken; bij crisis zoeken we samen naar een oplossing.',
  'Verwijzing via het buurtteam, de huisarts of de jeugdarts.',
  'Onze medewerkers zijn getraind in het werken met mensen met een licht verstandelijke beperking.',
  'Er is aandacht voor verslaving, trauma en psychiatrische problematiek.',
  'Samen met de cliënt stellen we een plan op met haalbare doelen.',
  'We werken met visuele ondersteuning en korte, heldere afspraken.',
  'Het aanbod is bedoeld voor jongeren die vastlopen op school, thuis of in de wijk.',
  'Ook ouders en netwerk worden betrokken bij de behandeling.',
  'Financiering via de Jeugdwet, de Wmo of de Wlz.',
]

function pick<T>(list: readonly T[], seed: number, count = 1): T[] {
  return Array.from({ length: count }, (_, i) => list[(seed * 7 + i * 13) % list.length])
}

type RichText = NonNullable<Offering['description']>

function paragraph(text: string) {
  return { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }
}

export function richText(texts: string[]): RichText {
  return { root: { type: 'root', version: 1, children: texts.map(paragraph), direction: null, format: '', indent: 0 } }
}

/** Offering `i` of a benchmark set, as collection data (without its organisation). */
export function benchOffering(i: number): Omit<RequiredDataFromCollectionSlug<'offerings'>, 'organisation'> {
  const subject = subjects[i % subjects.length]
  const audience = audiences[(i * 5) % audiences.length]
  return {
    title: `${subject} voor ${audience} ${i + 1}`,
    summary: `${subject} voor ${audience}, in kleine groepen of individueel.`,
    description: richText(pick(sentences, i, 4)),
    howToRefer: richText([sentences[2]]),
    kindsOfHelp: [...new Set(pick(kindsOfHelp, i, 2).map((option) => option.value))],
    targetGroupTraits: [...new Set(pick(targetGroupTraits, i, 2).map((option) => option.value))],
    settings: [...new Set(pick(careSettings, i, 1).map((option) => option.value))],
    fundingLaws: [...new Set(pick(fundingLaws, i, 2).map((option) => option.value))],
    areas: [...new Set(pick(areas, i, 2).map((option) => option.value))],
    networks: [networks[i % networks.length].value],
    ageMin: [0, 4, 12, 16, 18][i % 5],
    ageMax: [12, 18, 23, 27, 99][i % 5],
  }
}
