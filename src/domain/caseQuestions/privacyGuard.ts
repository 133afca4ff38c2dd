/**
 * The privacy guard of case questions (AVG: data minimisation). Before case text is saved it
 * is checked for data that identifies the young person. Hard findings (a valid BSN, a date of
 * birth, a postcode with house number, a phone number, an email address, a valid IBAN) refuse
 * the text; probable names are only a warning, because a capitalised word is often a place, an
 * organisation or a law: the professional confirms.
 *
 * Linear time on any input: one request once froze the only server process for 21 minutes on
 * a quadratic pattern. So the length is checked before any pattern, every pattern starts only
 * where a token starts (a look-behind) or is anchored, every repeat that can fail is bounded,
 * and overlaps are resolved by position, never by comparing every finding with every other.
 *
 * Pure: no I/O. The lists below are deliberately small and readable; they only suppress
 * name warnings, they never let identifying data through.
 */

export type PrivacyFindingKind = 'bsn' | 'geboortedatum' | 'postcode' | 'telefoon' | 'email' | 'iban' | 'naam' | 'lengte'

export interface PrivacyFinding {
  kind: PrivacyFindingKind
  /** The text that was found, for the explanation shown next to the field. */
  match: string
  /** Dutch, one sentence: what was found and what to do. */
  message: string
  /** Where it was found (in the text as checked, whitespace runs collapsed). */
  start: number
  end: number
}

export interface PrivacyCheck {
  /** Identifying data: the text may not be saved. */
  errors: PrivacyFinding[]
  /** Probable names: saved only when the professional confirms there are none. */
  warnings: PrivacyFinding[]
}

export interface PrivacyOptions {
  /** Today, to tell a date of birth (in the past) from an appointment (in the future). */
  now?: Date
}

/** No case text is longer: the longest field allows 10,000 characters. Longer text is refused unread. */
export const PRIVACY_GUARD_MAX_LENGTH = 20_000

const MESSAGES: Record<PrivacyFindingKind, string> = {
  bsn: 'Dit lijkt een burgerservicenummer (BSN). Laat het weg: het netwerk heeft het niet nodig.',
  geboortedatum:
    'Dit lijkt een geboortedatum. Noem alleen de leeftijd in jaren; een eerdere gebeurtenis kun je zonder jaartal noemen ("12 maart").',
  postcode: 'Dit lijkt een adres (postcode met huisnummer). Laat het weg: een stadsdeel of woonsituatie is genoeg.',
  telefoon: 'Dit lijkt een telefoonnummer. Laat het weg: contactgegevens horen niet in een casus; die van de vrager kent het netwerk via het account.',
  email: 'Dit lijkt een e-mailadres. Laat het weg: contactgegevens horen niet in een casus; die van de vrager kent het netwerk via het account.',
  iban: 'Dit lijkt een rekeningnummer (IBAN). Laat het weg.',
  naam: 'Dit lijkt een naam. Gebruik geen namen van de jongere, ouders of andere betrokkenen; noem rollen ("moeder", "mentor").',
  lengte: `Deze tekst is te lang om te controleren (hoogstens ${PRIVACY_GUARD_MAX_LENGTH.toLocaleString('nl-NL')} tekens).`,
}

function finding(kind: PrivacyFindingKind, m: RegExpExecArray, group = 0): PrivacyFinding {
  const text = m[group] ?? m[0]
  const start = (m.index ?? 0) + (group === 0 ? 0 : m[0].indexOf(text))
  return { kind, match: text.trim(), message: MESSAGES[kind], start, end: start + text.length }
}

/** Enough to explain a refusal; a text with more findings is refused all the same. */
export const MAX_FINDINGS_PER_KIND = 100

/**
 * Runs a global pattern over the text and keeps what `accept` turns into a finding, stopping
 * after `MAX_FINDINGS_PER_KIND`. None of the patterns can match the empty string.
 */
function scan(pattern: RegExp, text: string, accept: (m: RegExpExecArray) => PrivacyFinding | undefined): PrivacyFinding[] {
  const found: PrivacyFinding[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const f = accept(m)
    if (f && found.push(f) >= MAX_FINDINGS_PER_KIND) break
  }
  pattern.lastIndex = 0
  return found
}

// ---------------------------------------------------------------------------------------------
// BSN: nine digits passing the 11-proef (also written with dots or spaces: 123.456.782)

/** The BSN variant of the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isValidBsn(value: string): boolean {
  if (value.length > 20) return false
  const digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0 && sum !== 0
}

// Nine digits, optionally grouped 3-3-3 or 4-2-3 by dots, spaces or hyphens; not part of a longer number.
const BSN_CANDIDATE = /(?<![\d.])(\d{9}|\d{3}[. -]\d{3}[. -]\d{3}|\d{4}[. ]\d{2}[. ]\d{3})(?!\d)/g

function findBsns(text: string): PrivacyFinding[] {
  return scan(BSN_CANDIDATE, text, (m) => (isValidBsn(m[1]) ? finding('bsn', m, 1) : undefined))
}

// ---------------------------------------------------------------------------------------------
// Dates of birth: numeric dates (dd-mm-jjjj, d/m/jj, dd.mm.jjjj), written dates ("12 maart 2015")
// and anything after "geboren (op)" / "geb." / "geboortedatum" that looks like a day. A bare year
// ("sinds 2019") is fine, and so is a date after today: nobody is born in the future.

const MONTH_NAMES = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
]
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, febr: 2, mrt: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12,
}
const MONTHS = [...MONTH_NAMES, ...Object.keys(MONTH_ABBREVIATIONS)].join('|')

const NUMERIC_DATE = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/g
const WRITTEN_DATE = new RegExp(`(?<!\\d)(\\d{1,2})(?:e|ste|de)?\\s{1,3}(${MONTHS})\\.?\\s{1,3}(\\d{4}|'\\d{2})(?!\\d)`, 'gi')
const BORN_ON = new RegExp(
  `(?<![\\p{L}])(?:geboren|geb\\.|geboortedatum:?)\\s{0,3}(?:op\\s{1,3})?(\\d{1,2}\\s{1,3}(?:${MONTHS})(?![\\p{L}])|\\d{1,2}[-/.]\\d{1,2})`,
  'giu',
)

function monthNumber(name: string): number {
  const lower = name.toLowerCase()
  const index = MONTH_NAMES.indexOf(lower)
  return index >= 0 ? index + 1 : (MONTH_ABBREVIATIONS[lower] ?? 0)
}

function plausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** A date with a four-digit year after `now` cannot be a date of birth; a two-digit year might be anything. */
function inTheFuture(day: number, month: number, year: string, now: Date): boolean {
  if (year.length !== 4) return false
  return Date.UTC(Number(year), month - 1, day) > now.getTime()
}

function findDatesOfBirth(text: string, { now = new Date() }: PrivacyOptions = {}): PrivacyFinding[] {
  const dateOfBirth = (m: RegExpExecArray, month: number) => {
    const day = Number(m[1])
    return plausibleDayMonth(day, month) && !inTheFuture(day, month, m[3], now) ? finding('geboortedatum', m) : undefined
  }
  const found = [
    ...scan(NUMERIC_DATE, text, (m) => dateOfBirth(m, Number(m[2]))),
    ...scan(WRITTEN_DATE, text, (m) => dateOfBirth(m, monthNumber(m[2]))),
  ]
  const covered = coverage(text.length, found)
  const bornOn = scan(BORN_ON, text, (m) => {
    const date = finding('geboortedatum', m)
    return overlaps(covered, date) ? undefined : date
  })
  return [...found, ...bornOn].slice(0, MAX_FINDINGS_PER_KIND)
}

// ---------------------------------------------------------------------------------------------
// Postcode with house number: "1012 AB 12", "1012AB 12a", "1012AB, nr 3", "1012 ab huisnummer 3".
// A postcode alone (four digits and two letters) is also refused: with the age it narrows a
// young person down to a street. Only upper-case letters count: "2019 en" is a year and a word.

const POSTCODE_WITH_NUMBER =
  /(?<!\d)([1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})(?![A-Za-z\d])(?:[\s,]{0,3}(?:(?:nr|nummer|huisnummer|no)\.?\s{0,2})?(\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?))?/g
// A capitalised word and a house number; a street when the word ends like one ("Dorpsstraat 12").
const WORD_WITH_NUMBER = /(?<![A-Za-zà-ÿ])([A-Z][a-zà-ÿ]{2,40})\s{1,3}(\d{1,5}[a-zA-Z]?)(?![A-Za-z\d])/g
const STREET_ENDINGS = ['straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'dijk', 'singel', 'hof', 'pad', 'steeg', 'dreef', 'park', 'plantsoen']

function isStreetName(word: string): boolean {
  return STREET_ENDINGS.some((ending) => word.length > ending.length && word.endsWith(ending))
}

function findAddresses(text: string): PrivacyFinding[] {
  return [
    ...scan(POSTCODE_WITH_NUMBER, text, (m) => finding('postcode', m)),
    ...scan(WORD_WITH_NUMBER, text, (m) => (isStreetName(m[1]) ? finding('postcode', m) : undefined)),
  ].slice(0, MAX_FINDINGS_PER_KIND)
}

// ---------------------------------------------------------------------------------------------
// Phone numbers: mobile 06-12345678, 06 1234 5678, +31 6 12345678, 0031 6…, landline 020-1234567,
// 0299-123456. Counted on digits: ten national digits starting with 0, or +31/0031 and nine more.

// Starts only where a Dutch or international number can: "0…", "(0…" or "+…" ("0031…" starts with 0 too).
const PHONE_CANDIDATE = /(?<![\w+(])(?:\+|\(?0)[\d\s().-]{7,17}\d(?!\d)/g

function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  if (candidate.trim().startsWith('+')) return /^31\d{9}$/.test(digits) || /^\d{10,13}$/.test(digits)
  if (digits.startsWith('0031')) return digits.length === 13
  return /^0[1-9]\d{8}$/.test(digits)
}

/** `taken`: characters already refused as something else (a BSN or a date is not also a phone number). */
function findPhoneNumbers(text: string, taken?: Uint8Array): PrivacyFinding[] {
  return scan(PHONE_CANDIDATE, text, (m) => {
    if (!isPhoneNumber(m[0])) return undefined
    const phone = finding('telefoon', m)
    return taken && overlaps(taken, phone) ? undefined : phone
  })
}

// ---------------------------------------------------------------------------------------------
// Email addresses. The local part may only start where a run of its characters starts, so a
// long run without "@" is read once, not once per character.

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g

function findEmails(text: string): PrivacyFinding[] {
  return scan(EMAIL, text, (m) => finding('email', m))
}

// ---------------------------------------------------------------------------------------------
// IBAN with the mod-97 check ("NL91 ABNA 0417 1643 00"); any country, since a foreign account identifies just as well.

export function isValidIban(value: string): boolean {
  if (value.length > 50) return false
  const iban = value.replace(/\s/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  if (iban.startsWith('NL') && iban.length !== 18) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const code = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/gi

function findIbans(text: string): PrivacyFinding[] {
  return scan(IBAN_CANDIDATE, text, (m) => (isValidIban(m[0]) ? finding('iban', m) : undefined))
}

// ---------------------------------------------------------------------------------------------
// Probable names: a capitalised word that does not start a sentence and is not a known Dutch
// word, place, organisation, law or label. Lower-case words and all-caps abbreviations (LVB,
// GGZ, SKJ) are never names here.

/** Capitalised words that are common in case questions and are not personal names. */
export const KNOWN_CAPITALISED_WORDS: ReadonlySet<string> = new Set(
  [
    // places and districts
    'Amsterdam', 'Amstelveen', 'Aalsmeer', 'Diemen', 'Ouder-Amstel', 'Uithoorn', 'Weesp', 'Zaandam', 'Zaanstad',
    'Haarlem', 'Utrecht', 'Rotterdam', 'Almere', 'Purmerend', 'Hoofddorp', 'Nederland', 'Noord-Holland',
    'Nieuw-West', 'Noord', 'Oost', 'West', 'Zuid', 'Zuidoost', 'Centrum', 'Amstelland', 'Bijlmer', 'Osdorp', 'Geuzenveld',
    'Slotervaart', 'Watergraafsmeer', 'IJburg', 'Buitenveldert', 'Randstad', 'Marokko', 'Turkije', 'Suriname', 'Syrië',
    'Eritrea', 'Marokkaans', 'Marokkaanse', 'Turks', 'Turkse', 'Surinaams', 'Surinaamse', 'Nederlands', 'Nederlandse',
    'Engels', 'Arabisch', 'Pools', 'Poolse', 'Antilliaans', 'Antilliaanse',
    // organisations and services
    'Veilig', 'Thuis', 'Cordaan', 'Philadelphia', 'Levvel', 'Kentalis', 'Leger', 'Heils', 'MEE', 'Amstel', 'Zaan',
    'Ons', 'Tweede', 'Perspectief', 'Opgroeipraktijk', 'Heeren', 'Loo', 'WSG', 'Cliëntenbelang', 'Jeugdplatform',
    'Amsta', 'Karaad', 'Arkin', 'Jellinek', 'Spirit', 'Lucertis', 'Parnassia', 'Buurtteam', 'Buurtteams', 'Ouder',
    'Kind', 'Jeugdzorg', 'Jeugdbescherming', 'Raad', 'Kinderbescherming', 'Samen', 'Jeugdteam', 'GGD', 'Gemeente',
    'Sociaal', 'Loket', 'Zorgverzekeraar', 'Zorgkantoor', 'Politie', 'Reclassering', 'Levvel', 'Altra', 'Horizon',
    'Pluryn', 'Ipse', 'Lijn', 'Koraal', 'Stichting', 'Expertisenetwerk', 'Expertteam', 'Netwerk', 'Platform',
    'Centrum', 'Jeugd', 'Gezin', 'Bureau', 'Halt', 'Crisisdienst', 'Huisarts', 'Praktijkondersteuner', 'POH',
    'Wijkteam', 'School', 'Basisschool', 'Speciaal', 'Onderwijs', 'Praktijkonderwijs', 'Leerplicht', 'Leerplichtambtenaar',
    'Samenwerkingsverband', 'Zorgteam', 'Kinderarts', 'Psychiater', 'Psycholoog', 'Orthopedagoog', 'Mentor',
    // laws, schemes and diagnoses
    'Jeugdwet', 'Wmo', 'Wlz', 'Zvw', 'Wfz', 'Wvggz', 'Wzd', 'AVG', 'WMO', 'Participatiewet', 'Wet', 'Zorg', 'Dwang',
    'Verplichte', 'Verplichte', 'Ggz', 'GGZ', 'LVB', 'ZVB', 'VB', 'IQ', 'ADHD', 'ASS', 'PTSS', 'ODD', 'CD', 'PGB', 'ZIN',
    'Autisme', 'Down', 'Syndroom', 'Korsakov', 'DSM', 'DSM-5', 'WISC', 'WAIS', 'SEO', 'SRZ', 'CIZ', 'UWV', 'SVB', 'DUO',
    'Jeugdhulp', 'Wajong', 'Bijstand', 'Routekaart', 'Signs', 'Safety', 'EMDR', 'MST', 'MDFT', 'FACT', 'IAG',
    // days, months, seasons and holidays
    'Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag', 'Januari', 'Februari', 'Maart',
    'April', 'Mei', 'Juni', 'Juli', 'Augustus', 'September', 'Oktober', 'November', 'December', 'Kerst', 'Kerstmis',
    'Pasen', 'Pinksteren', 'Ramadan', 'Suikerfeest', 'Sinterklaas', 'Koningsdag',
    // roles and common words written with a capital in lists or quotes
    'Moeder', 'Vader', 'Ouders', 'Opa', 'Oma', 'Broer', 'Zus', 'Jongere', 'Cliënt', 'Client', 'Meneer', 'Mevrouw',
    'Hij', 'Zij', 'Het', 'De', 'Een', 'En', 'Of', 'Maar', 'Ook', 'Wij', 'We', 'Ik', 'Je', 'Jij', 'U', 'Er', 'Dit', 'Dat',
  ].map((word) => word.toLowerCase()),
)

// A name is at most 40 letters a part; longer runs are no name (and are not read twice).
const CAPITALISED_WORD = /(?<![\p{L}\d'-])(\p{Lu}[\p{Ll}'’]{1,40}(?:-\p{Lu}?\p{Ll}{1,40}){0,4})(?![\p{L}\d])/gu

const SKIPPED_BEFORE_WORD = new Set([' ', '\t', '\n', '\r', '\f', '\v', '"', "'", '“', '‘', '('])
const SENTENCE_ENDS = new Set(['.', '!', '?', ':', ';'])
const BULLETS = new Set(['-', '*', '•'])

/**
 * Whether the word at `index` starts a sentence or a list item. Reads backwards only over the
 * gap before this word, so the cost over all words together stays linear.
 */
function startsSentence(text: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && SKIPPED_BEFORE_WORD.has(text[i])) i--
  if (i < 0 || SENTENCE_ENDS.has(text[i])) return true
  if (!BULLETS.has(text[i])) return false
  let j = i - 1
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--
  return j < 0 || text[j] === '\n'
}

function isKnownWord(word: string): boolean {
  const key = word.toLowerCase()
  return KNOWN_CAPITALISED_WORDS.has(key) || key.split('-').every((part) => KNOWN_CAPITALISED_WORDS.has(part))
}

/**
 * The capitalised words mid-sentence that are not on the list of known words, each once.
 * `refused`: characters already refused (a street in an address is not also a name).
 */
export function findProbableNames(text: string, refused?: Uint8Array): PrivacyFinding[] {
  // Per word as written, looked up once however often it occurs: known, or already reported.
  const known = new Map<string, boolean>()
  const reported = new Set<string>()
  return scan(CAPITALISED_WORD, text, (m) => {
    const word = m[1]
    if (reported.has(word)) return undefined
    let isKnown = known.get(word)
    if (isKnown === undefined) known.set(word, (isKnown = isKnownWord(word)))
    if (isKnown || startsSentence(text, m.index)) return undefined
    const name = finding('naam', m, 1)
    if (refused && overlaps(refused, name)) return undefined
    reported.add(word)
    return name
  })
}

// ---------------------------------------------------------------------------------------------
// Overlaps by position: a mark per character, so deciding is linear in the text.

function coverage(length: number, findings: PrivacyFinding[]): Uint8Array {
  const covered = new Uint8Array(length)
  for (const f of findings) covered.fill(1, f.start, f.end)
  return covered
}

function overlaps(covered: Uint8Array, f: PrivacyFinding): boolean {
  for (let i = f.start; i < f.end; i++) if (covered[i]) return true
  return false
}

/** One space for a run of spaces, one newline for a run with a line break: patterns need no unbounded repeats. */
function collapseWhitespace(text: string): string {
  // Single spaces, the common case, are left alone.
  return text.replace(/\s{2,}|[^\S ]/g, (run) => (run.includes('\n') ? '\n' : ' '))
}

/**
 * Every detector on its own, for tests that time each on hostile input. Each is linear on
 * any input; `checkPrivacy` adds the length bound and resolves overlaps.
 */
export const privacyDetectors: Record<Exclude<PrivacyFindingKind, 'lengte'>, (text: string) => PrivacyFinding[]> = {
  bsn: findBsns,
  geboortedatum: (text) => findDatesOfBirth(text),
  postcode: findAddresses,
  telefoon: (text) => findPhoneNumbers(text),
  email: findEmails,
  iban: findIbans,
  naam: (text) => findProbableNames(text),
}

// ---------------------------------------------------------------------------------------------

/** Checks one free-text value. */
export function checkPrivacy(input: string | null | undefined, options: PrivacyOptions = {}): PrivacyCheck {
  if (typeof input !== 'string' || input.trim() === '') return { errors: [], warnings: [] }
  if (input.length > PRIVACY_GUARD_MAX_LENGTH) {
    return { errors: [{ kind: 'lengte', match: '', message: MESSAGES.lengte, start: 0, end: 0 }], warnings: [] }
  }
  const text = collapseWhitespace(input)
  const bsns = findBsns(text)
  const ibans = findIbans(text)
  const emails = findEmails(text)
  const dates = findDatesOfBirth(text, options)
  const addresses = findAddresses(text)
  // A BSN, IBAN, date or address is not also reported as a phone number.
  const phones = findPhoneNumbers(text, coverage(text.length, [...bsns, ...ibans, ...dates, ...emails, ...addresses]))
  const errors = [...bsns, ...dates, ...addresses, ...phones, ...emails, ...ibans]
  // A street already refused as an address is not also a probable name.
  const warnings = findProbableNames(text, coverage(text.length, errors))
  return { errors, warnings }
}

/** Checks several named fields at once; only fields with findings appear in the result. */
export function checkPrivacyOfFields<K extends string>(
  fields: Partial<Record<K, string | null | undefined>>,
  options: PrivacyOptions = {},
): { errors: Partial<Record<K, PrivacyFinding[]>>; warnings: Partial<Record<K, PrivacyFinding[]>> } {
  const errors: Partial<Record<K, PrivacyFinding[]>> = {}
  const warnings: Partial<Record<K, PrivacyFinding[]>> = {}
  for (const [name, value] of Object.entries(fields) as [K, string | null | undefined][]) {
    const check = checkPrivacy(value, options)
    if (check.errors.length) errors[name] = check.errors
    if (check.warnings.length) warnings[name] = check.warnings
  }
  return { errors, warnings }
}

/** One Dutch sentence per finding kind, for the message next to a field. */
export function describeFindings(findings: PrivacyFinding[]): string {
  const byKind = new Map<PrivacyFindingKind, string[]>()
  for (const f of findings) {
    const matches = byKind.get(f.kind)
    if (matches) matches.push(f.match)
    else byKind.set(f.kind, [f.match])
  }
  return [...byKind.entries()]
    .map(([kind, matches]) => {
      const shown = [...new Set(matches.filter(Boolean))].slice(0, 5)
      return shown.length ? `${MESSAGES[kind]} Gevonden: "${shown.join('", "')}".` : MESSAGES[kind]
    })
    .join(' ')
}
