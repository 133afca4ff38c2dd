import { createRateLimiter, type RateLimitOptions, type RateLimiter } from './rateLimiter'

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE

/**
 * Every per-address and per-account limit of the portal, with the reason for its numbers.
 * The site's forms and Payload's API (REST, GraphQL, Local API) count in the same limiters.
 *
 * The rule for choosing numbers: count abuse, not people. A whole office (dozens of
 * professionals) often shares one public address, so a limit per address must survive a
 * busy morning of honest mistakes; limits per account are stricter because one person rarely
 * needs many tries, and they stop one account being tried from many addresses.
 */
export const LIMITS = {
  /**
   * Failed logins from one address, in both account collections together. 30 per quarter of an
   * hour: an office of 30 colleagues may each mistype once in the same quarter and all still
   * get in; a password sprayer gets 30 guesses per quarter per address instead of thousands.
   * Successful logins do not count.
   */
  loginFailuresPerAddress: { limit: 30, windowMs: 15 * MINUTE, maxKeys: 50_000 },
  /**
   * Failed logins for one account from one address: 5 per quarter of an hour, more than a person
   * mistypes before using "wachtwoord vergeten". It stops one stranger guessing one account
   * without locking the account for its owner, who comes from another address.
   */
  loginFailuresPerAccountAndAddress: { limit: 5, windowMs: 15 * MINUTE, maxKeys: 50_000 },
  /**
   * Failed logins for one account from all addresses together: 20 per quarter of an hour. It
   * stops spraying one account from many addresses (80 guesses an hour at most) and takes at
   * least four addresses to reach. Payload's own lock (maxLoginAttempts 30, in the collections)
   * sits above it as a backstop that survives a restart.
   */
  loginFailuresPerAccount: { limit: 20, windowMs: 15 * MINUTE, maxKeys: 50_000 },
  /** Password-reset requests from one address: enough for an office, not for a mail bomb. */
  passwordResetPerAddress: { limit: 10, windowMs: HOUR },
  /** Password-reset mails to one account: 3 an hour, so nobody's inbox can be flooded. */
  passwordResetPerAccount: { limit: 3, windowMs: HOUR, maxKeys: 50_000 },
  /** Attempts to set a new password with a link, from one address (site form). */
  passwordChangePerAddress: { limit: 10, windowMs: HOUR },
  /** New professional accounts from one address: a team registering together, not a script. */
  registrationPerAddress: { limit: 10, windowMs: HOUR },
  /** Invitations by one staff account: a coordinator inviting a new partner's whole team. */
  invitationsPerAccount: { limit: 30, windowMs: HOUR },
  /** Invitations from one address, whoever sends them. */
  invitationsPerAddress: { limit: 30, windowMs: HOUR },
  /** Site forms. */
  eventRegistration: { limit: 20, windowMs: 10 * MINUTE },
  eventCancellation: { limit: 20, windowMs: 10 * MINUTE },
  membershipApplication: { limit: 10, windowMs: 15 * MINUTE },
  newsletterSignup: { limit: 10, windowMs: 10 * MINUTE },
  /**
   * Both search endpoints together: the island asks at most once per pause in typing (and once
   * for suggestions); room for a shared office, not for a bot.
   */
  search: { limit: 240, windowMs: MINUTE },
} satisfies Record<string, RateLimitOptions>

export type LimitName = keyof typeof LIMITS

/**
 * One set of limiters per process. The server, Next's build of the API and Astro's build of
 * the site each bundle their own copy of this module, so the limiters live on globalThis:
 * otherwise each half would count alone.
 */
const REGISTRY = Symbol.for('lvb-portal.rateLimiters')

export function limiter(name: LimitName): RateLimiter {
  const holder = globalThis as { [REGISTRY]?: Map<LimitName, RateLimiter> }
  const registry = (holder[REGISTRY] ??= new Map())
  let found = registry.get(name)
  if (!found) {
    found = createRateLimiter(LIMITS[name])
    registry.set(name, found)
  }
  return found
}

/** Forgets every count (tests only: each test starts from a clean slate). */
export function resetAllLimiters(): void {
  ;(globalThis as { [REGISTRY]?: Map<LimitName, RateLimiter> })[REGISTRY]?.clear()
}

/** An account as a key: case and surrounding space do not make a new account. */
export function accountKey(collection: string, email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined
  const normalised = email.trim().toLowerCase().slice(0, 320)
  return normalised ? `${collection}:${normalised}` : undefined
}

/** "Probeer het over 12 minuten opnieuw." for a wait in seconds. */
export function retryAfterText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  if (minutes >= 90) return `Probeer het over ${Math.ceil(minutes / 60)} uur opnieuw.`
  return `Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw.`
}
