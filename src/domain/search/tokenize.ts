/**
 * Dutch-aware words for the server-side search (and, later, any other search over Dutch text,
 * such as the directory's `q`): lower case without accents, hyphenated words as their parts and
 * as one word, light folding of Dutch endings so singular and plural meet, and a few compound
 * heads of the care vocabulary split off so "zorg" finds "verslavingszorg".
 *
 * Deliberately small and predictable rather than a full stemmer: index and query pass through
 * the same functions, so a folding only has to be consistent, not linguistically perfect.
 */

/** Lower case without accents ("Cliënt" → "client", "één" → "een"). */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’][\p{L}\p{N}\p{M}]+)*/gu
const MAX_WORD_LENGTH = 40

/** A word as written (lower case, accents kept: shown in suggestions) and as searched. */
export interface WordForm {
  surface: string
  word: string
}

/**
 * The words of a text in order, each as written and normalised. A hyphenated word gives its
 * parts and the joined word ("lvb-jongeren" → "lvb", "jongeren", "lvbjongeren"); a Dutch plural
 * or genitive "'s" is dropped ("auto's" → "auto"). Overlong "words" (hashes, URLs) are cut.
 */
export function wordForms(text: string): WordForm[] {
  const result: WordForm[] = []
  const add = (surface: string) => {
    const cut = surface.slice(0, MAX_WORD_LENGTH)
    const word = normalize(cut)
    if (word) result.push({ surface: cut, word })
  }
  for (const match of text.normalize('NFC').toLowerCase().matchAll(WORD)) {
    const raw = match[0]
    if (/['’]/.test(raw) && !raw.includes('-')) {
      add(raw.replace(/['’]s$/, '').replace(/['’]/g, ''))
      continue
    }
    const parts = raw.split(/[-'’]/).filter(Boolean)
    for (const part of parts) add(part)
    if (parts.length > 1) add(parts.join(''))
  }
  return result
}

/** The normalised words of a text (see wordForms). */
export function words(text: string): string[] {
  return wordForms(text).map((form) => form.word)
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char)

/**
 * Folds a normalised Dutch word to a shared form of singular and plural:
 * "verslavingen" and "verslaving" → "verslaving", "wachttijden" → "wachttijd",
 * "mogelijkheden" → "mogelijkheid", "organisaties" → "organisatie", "ouders" → "ouder",
 * "problemen" and "probleem" → "problem", "therapieën" → "therapie". Words of four letters
 * or fewer, and numbers, stay as they are.
 */
export function foldDutch(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word
  let stem = word
  if (stem.endsWith('heden')) return `${stem.slice(0, -5)}heid`
  if (stem.endsWith('ieen')) stem = stem.slice(0, -2) // therapieën
  else if (stem.endsWith('ies')) stem = stem.slice(0, -1) // organisaties
  else if (stem.endsWith('en') && !isVowel(stem.at(-3)) && stem.length - 2 >= 3) stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && !isVowel(stem.at(-2)) && !['s', 'j'].includes(stem.at(-2) ?? '') && stem.length - 1 >= 4) stem = stem.slice(0, -1)
  else if (stem.endsWith('e') && !isVowel(stem.at(-2)) && stem.length - 1 >= 4) stem = stem.slice(0, -1) // jongere, autisme
  // Double consonant at the end after dropping an ending: "wachttijdd" never, "bedden" → "bed".
  const last = stem.at(-1)
  if (stem !== word && last && !isVowel(last) && stem.at(-2) === last) stem = stem.slice(0, -1)
  // One long vowel in a closed last syllable: "probleem" and "problem(en)" meet at "problem".
  const undoubled = /^(.*[^aeiou])(aa|ee|oo|uu)([^aeiouy])$/.exec(stem)
  if (undoubled && undoubled[1].length >= 2) stem = `${undoubled[1]}${undoubled[2][0]}${undoubled[3]}`
  return stem
}

/**
 * Heads of compounds common in the network's texts. A long word ending in one also counts as
 * that head and as its first part ("verslavingszorg" → "zorg" and "verslavings", which
 * folds to "verslaving"), so a search for the head or the first part finds the compound.
 */
const COMPOUND_HEADS = [
  'zorg',
  'hulp',
  'begeleiding',
  'behandeling',
  'problematiek',
  'problemen',
  'beperking',
  'therapie',
  'training',
  'opvang',
  'team',
  'wonen',
  'ondersteuning',
  'onderzoek',
  'diagnostiek',
  'coach',
  'coaching',
]
const MIN_FIRST_PART = 4

/** The compound parts of a normalised word, or [] when it is not one of the known compounds. */
export function compoundParts(word: string): string[] {
  for (const head of COMPOUND_HEADS) {
    if (word.length < head.length + MIN_FIRST_PART || !word.endsWith(head)) continue
    // A linking "s" ("verslavings-") goes with the first part's folding.
    return [word.slice(0, -head.length), head]
  }
  return []
}

/** The terms a word is indexed under: its folded form and those of its compound parts. */
export function indexTermsOf(word: string): string[] {
  const folded = foldDutch(word)
  const parts = compoundParts(word).map(foldDutch)
  return parts.length === 0 ? [folded] : [...new Set([folded, ...parts])]
}
