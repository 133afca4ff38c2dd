/**
 * "Who has which specialism": public experts grouped by expertise area. Areas are free text in
 * the CMS, so the same area typed twice with other capitals or spaces is one group, shown with
 * the spelling used most (first seen on a tie).
 */
import { slugify } from '../slugify'

export interface ExpertiseGroup<E> {
  /** An anchor-safe key ("lvb-en-trauma"). */
  key: string
  label: string
  experts: E[]
}

function normalise(area: string): string {
  return area.replace(/\s+/g, ' ').trim()
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** Groups by area (alphabetical), experts within a group by name; an expert may be in several groups. */
export function groupByExpertiseArea<E extends { name: string; expertiseAreas?: readonly string[] | null }>(
  experts: readonly E[],
): ExpertiseGroup<E>[] {
  const groups = new Map<string, { spellings: Map<string, number>; experts: E[] }>()
  for (const expert of experts) {
    const seen = new Set<string>()
    for (const raw of expert.expertiseAreas ?? []) {
      const label = normalise(raw)
      const key = slugify(label)
      if (!key || seen.has(key)) continue
      seen.add(key)
      const group = groups.get(key) ?? { spellings: new Map<string, number>(), experts: [] as E[] }
      group.spellings.set(label, (group.spellings.get(label) ?? 0) + 1)
      group.experts.push(expert)
      groups.set(key, group)
    }
  }
  return [...groups]
    .map(([key, group]) => {
      let label = ''
      let best = 0
      for (const [spelling, count] of group.spellings) {
        if (count > best) {
          label = spelling
          best = count
        }
      }
      const sorted = [...group.experts].sort((a, b) => collator.compare(a.name, b.name))
      return { key, label: label.charAt(0).toUpperCase() + label.slice(1), experts: sorted }
    })
    .sort((a, b) => collator.compare(a.label, b.label))
}
