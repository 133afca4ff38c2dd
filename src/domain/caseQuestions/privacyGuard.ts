/**
 * The privacy guard of the case-question intake (AVG: data minimisation). Before a question is
 * saved its free text is checked for data that identifies the young person. Hard findings
 * (a valid BSN, a date of birth, a postcode with house number, a phone number, an email
 * address, a valid IBAN) refuse the text; probable names are only a warning, because a
 * capitalised word is often a place, an organisation or a law: the professional confirms.
 *
 * Pure: no I/O. The lists below are deliberately small and readable; they only suppress
 * name warnings, they never let identifying data through.
 */

export type PrivacyFindingKind = 'bsn' | 'geboortedatum' | 'postcode' | 'telefoon' | 'email' | 'iban' | 'naam'

export interface PrivacyFinding {
  kind: PrivacyFindingKind
  /** The text that was found, for the explanation shown next to the field. */
  match: string
  /** Dutch, one sentence: what was found and what to do. */
  message: string
}

export interface PrivacyCheck {
  /** Identifying data: the text may not be saved. */
  errors: PrivacyFinding[]
  /** Probable names: saved only when the professional confirms there are none. */
  warnings: PrivacyFinding[]
}

const MESSAGES: Record<PrivacyFindingKind, string> = {
  bsn: 'Dit lijkt een burgerservicenummer (BSN). Laat het weg: het netwerk heeft het niet nodig.',
  geboortedatum: 'Dit lijkt een geboortedatum. Noem alleen de leeftijd in jaren.',
  postcode: 'Dit lijkt een adres (postcode met huisnummer). Laat het weg: een stadsdeel of woonsituatie is genoeg.',
  telefoon: 'Dit lijkt een telefoonnummer. Laat het weg; je eigen contactgegevens kent het netwerk al via je account.',
  email: 'Dit lijkt een e-mailadres. Laat het weg; je eigen contactgegevens kent het netwerk al via je account.',
  iban: 'Dit lijkt een rekeningnummer (IBAN). Laat het weg.',
  naam: 'Dit lijkt een naam. Gebruik geen namen van de jongere, ouders of andere betrokkenen; noem rollen ("moeder", "mentor").',
}

function finding(kind: PrivacyFindingKind, match: string): PrivacyFinding {
  return { kind, match: match.trim(), message: MESSAGES[kind] }
}

// ---------------------------------------------------------------------------------------------
// BSN: nine digits passing the 11-proef (also written with dots or spaces: 123.456.782)

/** The BSN variant of the 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/[\s.-]/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i)
  sum -= Number(digits[8])
  return sum % 11 === 0 && sum !== 0
}

// Nine digits, optionally grouped 3-3-3 or 4-2-3 by dots, spaces or hyphens; not part of a longer number.
const BSN_CANDIDATE = /(?<![\d.])(\d{9}|\d{3}[. -]\d{3}[. -]\d{3}|\d{4}[. ]\d{2}[. ]\d{3})(?![\d])/g

function findBsns(text: string): PrivacyFinding[] {
  return [...text.matchAll(BSN_CANDIDATE)].filter((m) => isValidBsn(m[1])).map((m) => finding('bsn', m[1]))
}

// ---------------------------------------------------------------------------------------------
// Dates of birth: numeric dates (dd-mm-jjjj, d/m/jj, dd.mm.jjjj), written dates ("12 maart 2015")
// and anything after "geboren (op)" / "geb." that looks like a day. A bare year ("sinds 2019") is fine.

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'

const NUMERIC_DATE = /(?<![\d])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?![\d])/g
const WRITTEN_DATE = new RegExp(`(?<![\\d])(\\d{1,2})(?:e|ste|de)?\\s+(${MONTHS})\\.?\\s+(\\d{4}|'\\d{2})(?![\\d])`, 'gi')
const BORN_ON = new RegExp(`\\b(?:geboren|geb\\.)\\s*(?:op\\s+)?((?:\\d{1,2}\\s+(?:${MONTHS})\\b|\\d{1,2}[-/.]\\d{1,2}))`, 'gi')

function plausibleDayMonth(day: number, month: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

function findDatesOfBirth(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = []
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (plausibleDayMonth(Number(m[1]), Number(m[2]))) found.push(finding('geboortedatum', m[0]))
  }
  for (const m of text.matchAll(WRITTEN_DATE)) {
    if (plausibleDayMonth(Number(m[1]), 1)) found.push(finding('geboortedatum', m[0]))
  }
  for (const m of text.matchAll(BORN_ON)) {
    if (!found.some((f) => m[0].includes(f.match) || f.match.includes(m[1]))) found.push(finding('geboortedatum', m[0]))
  }
  return found
}

// ---------------------------------------------------------------------------------------------
// Postcode with house number: "1012 AB 12", "1012AB 12a", "1012AB, nr 3", "1012 ab huisnummer 3".
// A postcode alone (four digits and two letters) is also refused: with the age it narrows a
// young person down to a street.

const POSTCODE_WITH_NUMBER =
  /(?<![\d])([1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2})\b(?:[\s,]*(?:(?:nr|nummer|huisnummer|no)\.?\s*)?(\d{1,5}(?:\s?[a-zA-Z](?![a-zA-Z]))?))?/g
// A street with a house number: "Dorpsstraat 12", "Kalverstraat 3-hoog".
const STREET_WITH_NUMBER =
  /\b([A-Z][a-zà-ÿ]+(?:straat|laan|weg|plein|gracht|kade|dijk|singel|hof|pad|steeg|dreef|park|plantsoen))\s+(\d{1,5}[a-zA-Z]?)\b/g

function findAddresses(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = []
  // Only upper-case letters count: "2019 en" is a year and a word, "1012 AB" a postcode.
  for (const m of text.matchAll(POSTCODE_WITH_NUMBER)) found.push(finding('postcode', m[0]))
  for (const m of text.matchAll(STREET_WITH_NUMBER)) found.push(finding('postcode', m[0]))
  return found
}

// ---------------------------------------------------------------------------------------------
// Phone numbers: mobile 06-12345678, 06 1234 5678, +31 6 12345678, 0031 6…, landline 020-1234567,
// 0299-123456. Counted on digits: ten national digits starting with 0, or +31/0031 and nine more.

const PHONE_CANDIDATE = /(?<![\d\w])(?:\+|00)?[\d(][\d\s().-]{7,17}\d(?![\d])/g

function isPhoneNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  if (candidate.trim().startsWith('+')) return /^31\d{9}$/.test(digits) || /^\d{10,13}$/.test(digits)
  if (digits.startsWith('0031')) return digits.length === 13
  return /^0[1-9]\d{8}$/.test(digits)
}

function findPhoneNumbers(text: string, taken: string[]): PrivacyFinding[] {
  return [...text.matchAll(PHONE_CANDIDATE)]
    .filter((m) => isPhoneNumber(m[0]) && !taken.some((t) => t.includes(m[0].trim()) || m[0].includes(t)))
    .map((m) => finding('telefoon', m[0]))
}

// ---------------------------------------------------------------------------------------------
// Email addresses

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

function findEmails(text: string): PrivacyFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => finding('email', m[0]))
}

// ---------------------------------------------------------------------------------------------
// IBAN with the mod-97 check ("NL91 ABNA 0417 1643 00"); any country, since a foreign account identifies just as well.

export function isValidIban(value: string): boolean {
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

const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b/gi

function findIbans(text: string): PrivacyFinding[] {
  return [...text.matchAll(IBAN_CANDIDATE)].filter((m) => isValidIban(m[0])).map((m) => finding('iban', m[0]))
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
  ].map((word) => word.toLocaleLowerCase('nl')),
)

const CAPITALISED_WORD = /(?<![\p{L}\d'-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)*)(?![\p{L}\d])/gu

function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"'“‘(]+$/u, '')
  return before === '' || /[.!?:;\n]$/.test(before) || /^\s*[-*•]\s*$/.test(text.slice(text.lastIndexOf('\n', index - 1) + 1, index))
}

/** The capitalised words mid-sentence that are not on the list of known words. */
export function findProbableNames(text: string): PrivacyFinding[] {
  const seen = new Set<string>()
  const found: PrivacyFinding[] = []
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const word = m[1]
    const index = m.index ?? 0
    if (startsSentence(text, index)) continue
    const key = word.toLocaleLowerCase('nl')
    if (KNOWN_CAPITALISED_WORDS.has(key) || key.split('-').every((part) => KNOWN_CAPITALISED_WORDS.has(part))) continue
    if (seen.has(key)) continue
    seen.add(key)
    found.push(finding('naam', word))
  }
  return found
}

// ---------------------------------------------------------------------------------------------

/** Checks one free-text value. */
export function checkPrivacy(text: string | null | undefined): PrivacyCheck {
  if (!text || text.trim() === '') return { errors: [], warnings: [] }
  const bsns = findBsns(text)
  const ibans = findIbans(text)
  const emails = findEmails(text)
  const dates = findDatesOfBirth(text)
  const addresses = findAddresses(text)
  // A BSN, IBAN or date is not also reported as a phone number.
  const taken = [...bsns, ...ibans, ...dates, ...emails, ...addresses].map((f) => f.match)
  const phones = findPhoneNumbers(text, taken)
  const errors = [...bsns, ...dates, ...addresses, ...phones, ...emails, ...ibans]
  // A street already refused as an address is not also a probable name.
  const warnings = findProbableNames(text).filter((name) => !errors.some((error) => error.match.includes(name.match)))
  return { errors, warnings }
}

/** Checks several named fields at once; only fields with findings appear in the result. */
export function checkPrivacyOfFields<K extends string>(
  fields: Partial<Record<K, string | null | undefined>>,
): { errors: Partial<Record<K, PrivacyFinding[]>>; warnings: Partial<Record<K, PrivacyFinding[]>> } {
  const errors: Partial<Record<K, PrivacyFinding[]>> = {}
  const warnings: Partial<Record<K, PrivacyFinding[]>> = {}
  for (const [name, value] of Object.entries(fields) as [K, string | null | undefined][]) {
    const check = checkPrivacy(value)
    if (check.errors.length) errors[name] = check.errors
    if (check.warnings.length) warnings[name] = check.warnings
  }
  return { errors, warnings }
}

/** One Dutch sentence per finding kind, for the message next to a field. */
export function describeFindings(findings: PrivacyFinding[]): string {
  const byKind = new Map<PrivacyFindingKind, string[]>()
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f.match])
  return [...byKind.entries()].map(([kind, matches]) => `${MESSAGES[kind]} Gevonden: "${matches.join('", "')}".`).join(' ')
}
