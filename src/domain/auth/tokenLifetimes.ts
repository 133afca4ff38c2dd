/**
 * How long the one-time links in the portal's emails work. Short, because whoever holds such a
 * link acts as the account holder; each expired link has a way to get a new one.
 *
 * | link | valid | a new one |
 * | --- | --- | --- |
 * | password reset (site and admin) | 1 hour | "Wachtwoord vergeten" again |
 * | confirm the email address of a site account | 24 hours | opening the expired link sends a new one |
 * | invitation to choose a password (partner editor, admitted member) | 3 days | "Wachtwoord vergeten" on the admin's login page |
 *
 * Newsletter links (confirm 7 days; unsubscribe and preferences without end, so an old
 * newsletter can always be unsubscribed from) and event cancel links (as long as the registration
 * exists) are signed or random per subscriber or registration and described where they are made.
 */

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

export const PASSWORD_RESET_VALID_MS = 1 * HOUR
export const VERIFICATION_VALID_MS = 24 * HOUR
export const INVITATION_VALID_DAYS = 3
export const INVITATION_VALID_MS = INVITATION_VALID_DAYS * DAY

/** Why a link is refused: unknown (wrong, already used, replaced by a newer one) or expired. */
export type TokenRefusal = 'ongeldig' | 'verlopen'

/** The state of a stored token's expiry at `now`; no expiry recorded counts as expired. */
export function tokenExpired(expiresAt: string | Date | null | undefined, now = new Date()): boolean {
  if (!expiresAt) return true
  const time = new Date(expiresAt).getTime()
  return Number.isNaN(time) || time <= now.getTime()
}

/** The Dutch messages shown (site, admin and API) when a link is refused. */
export const tokenMessages = {
  reset: {
    ongeldig: 'Deze link om een wachtwoord in te stellen werkt niet: hij is onvolledig of vervangen door een nieuwere. Vraag een nieuwe aan via "Wachtwoord vergeten".',
    verlopen: 'Deze link om een wachtwoord in te stellen is verlopen of al gebruikt. Vraag een nieuwe aan via "Wachtwoord vergeten".',
  },
  verification: {
    ongeldig: 'Deze bevestigingslink werkt niet (meer). Misschien is je e-mailadres al bevestigd: probeer dan in te loggen.',
    verlopen: 'Deze bevestigingslink is verlopen (hij werkt 24 uur). We hebben je een nieuwe link gestuurd; kijk in je e-mail.',
  },
} as const satisfies Record<string, Record<TokenRefusal, string>>
