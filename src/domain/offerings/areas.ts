/**
 * How the areas (werkgebieden) of the directory relate. Some areas contain others: "Heel
 * Amsterdam" is every district of the city (Weesp has been one since 2022). An offering and a
 * chosen area match when they overlap:
 *
 * - an offering for the whole city serves every district: `gebied=zuidoost` finds it;
 * - a district's offering is help in Amsterdam: `gebied=heel-amsterdam` finds it too;
 * - Regio Amstelland lies outside the city and overlaps only itself.
 *
 * Counts follow the same rule (src/domain/offerings/directory.ts), so "Zuidoost (29)" means
 * 29 offerings a professional in Zuidoost can use.
 */
import { areas, type Area } from '../vocabulary'

/** The areas each wider area consists of. */
export const areaParts: Readonly<Partial<Record<Area, readonly Area[]>>> = {
  'heel-amsterdam': ['centrum', 'nieuw-west', 'noord', 'oost', 'west', 'zuid', 'zuidoost', 'weesp'],
}

const overlaps = new Map<string, readonly string[]>(
  areas.map(({ value }) => {
    const containers = Object.entries(areaParts)
      .filter(([, parts]) => parts?.includes(value))
      .map(([container]) => container)
    return [value, [...new Set([value, ...(areaParts[value] ?? []), ...containers])]]
  }),
)

/** The areas that overlap `area`: itself, its parts and the areas it lies in. */
export function overlappingAreas(area: string): readonly string[] {
  return overlaps.get(area) ?? [area]
}

/**
 * Every area an offering is found under: its own areas and all areas overlapping them.
 * Overlap is symmetric, so "found under the chosen area" is "overlaps the chosen area".
 */
export function areasServed(offeringAreas: readonly string[] | null | undefined): string[] {
  return [...new Set((offeringAreas ?? []).flatMap((area) => overlappingAreas(area)))]
}
