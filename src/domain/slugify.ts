/**
 * Turn a Dutch name or title into a URL slug: lowercase ASCII words joined by hyphens.
 *
 * Pure and dependency-free so the CMS, the site and the content loader produce the same slug
 * for the same name ("Cliëntenbelang Amsterdam" → "clientenbelang-amsterdam").
 */

/** Letters that Unicode normalisation does not split into a base letter plus an accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ĳ: 'ij',
}

/** Slugs longer than this are cut at a word boundary: URLs stay readable and indexable. */
export const MAX_SLUG_LENGTH = 80

export function slugify(input: string | null | undefined, maxLength = MAX_SLUG_LENGTH): string {
  if (!input) return ''
  // A slug keeps at most 80 characters: reading more of a very long title only costs time.
  let slug = input
    .slice(0, maxLength * 10)
    .normalize('NFKD')
    // Remove the accents that NFKD split off: "ë" becomes "e", "é" becomes "e".
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþĳ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    // "Jeugd & Gezin" reads as "jeugd en gezin" in Dutch.
    .replace(/&/g, ' en ')
    // Apostrophes and brackets join rather than split: "'s Heeren Loo" → "s-heeren-loo",
    // "(L)VB" → "lvb", not "l-vb".
    .replace(/['’‘`´()[\]{}]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1)
    const lastHyphen = cut.lastIndexOf('-')
    slug = (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/g, '')
  }
  return slug
}

/** True when the value is already a clean slug (what `slugify` would produce). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
}
