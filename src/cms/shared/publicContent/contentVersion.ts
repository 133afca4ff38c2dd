import type { PayloadRequest } from 'payload'
import { type ContentChange, type ContentVersion, createContentVersion } from '../../../domain/contentVersion'

/**
 * The process's one public-content version (see src/domain/contentVersion.ts).
 *
 * Kept on `globalThis` rather than in this module: the server (tsx), the admin (Next's bundle)
 * and the site (Astro's bundle) each load their own copy of this module, but all run in one
 * process and must share one version, or a change saved in the admin would not reach the
 * site's caches.
 */
const KEY = Symbol.for('lvb-portal.publicContentVersion')

type Holder = typeof globalThis & { [KEY]?: ContentVersion }

export function publicContentVersion(): ContentVersion {
  const holder = globalThis as Holder
  holder[KEY] ??= createContentVersion((error) => console.error('Fout in een luisteraar naar inhoudswijzigingen', error))
  return holder[KEY]
}

/**
 * Raises the version for a change saved through `req`. Raised at once (the SQLite adapter writes
 * without transactions, so the change is already visible) and, where the change runs inside a
 * database transaction (MongoDB replica sets), once more when that transaction has ended: a page
 * rendered between the first raise and the commit read the old state and must not stay cached.
 */
export function raiseForChange(req: Pick<PayloadRequest, 'transactionID'>, change: ContentChange): void {
  const version = publicContentVersion()
  version.raise(change)
  if (req.transactionID) raiseWhenTransactionEnds(req, () => version.raise(change))
}

const TRANSACTION_POLL_MS = 5
const TRANSACTION_GIVE_UP_MS = 5 * 60 * 1000

// Payload deletes `req.transactionID` once it commits or rolls back; there is no commit hook.
function raiseWhenTransactionEnds(req: Pick<PayloadRequest, 'transactionID'>, raise: () => void): void {
  const startedAt = Date.now()
  const check = () => {
    if (!req.transactionID || Date.now() - startedAt > TRANSACTION_GIVE_UP_MS) return raise()
    setTimeout(check, TRANSACTION_POLL_MS).unref()
  }
  setTimeout(check, TRANSACTION_POLL_MS).unref()
}
