/**
 * The arithmetic of sending a campaign: batches, pace, retries and when to pause. Pure, so the
 * job in src/cms/jobs only does the I/O and every rule here has a unit test.
 */

export interface SendingSettings {
  /** Most messages per second handed to the mail server. */
  ratePerSecond: number
  /** Deliveries handled by one job; a crash loses at most the in-flight message of one batch. */
  batchSize: number
  /** Attempts per recipient before the delivery is marked failed. */
  maxAttempts: number
  /** Delay before the first retry; doubled for every further attempt. */
  retryDelaySeconds: number
  /** Share of failed attempts in one batch above which the campaign pauses itself. */
  pauseErrorRate: number
  /** A batch needs at least this many attempts before its error rate counts. */
  pauseMinAttempts: number
}

export const defaultSendingSettings: SendingSettings = {
  ratePerSecond: 20,
  batchSize: 100,
  maxAttempts: 4,
  retryDelaySeconds: 60,
  pauseErrorRate: 0.5,
  pauseMinAttempts: 10,
}

function positiveNumber(value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback
  const number = Number(value)
  return Number.isFinite(number) && number > 0 ? number : fallback
}

/** The settings from the environment (NEWSLETTER_*), with the defaults above. */
export function sendingSettingsFrom(env: Record<string, string | undefined>): SendingSettings {
  const d = defaultSendingSettings
  return {
    ratePerSecond: positiveNumber(env.NEWSLETTER_RATE, d.ratePerSecond),
    batchSize: Math.floor(positiveNumber(env.NEWSLETTER_BATCH_SIZE, d.batchSize)),
    maxAttempts: Math.floor(positiveNumber(env.NEWSLETTER_MAX_ATTEMPTS, d.maxAttempts)),
    retryDelaySeconds: positiveNumber(env.NEWSLETTER_RETRY_DELAY_SECONDS, d.retryDelaySeconds),
    pauseErrorRate: Math.min(1, positiveNumber(env.NEWSLETTER_PAUSE_ERROR_RATE, d.pauseErrorRate)),
    pauseMinAttempts: Math.floor(positiveNumber(env.NEWSLETTER_PAUSE_MIN_ATTEMPTS, d.pauseMinAttempts)),
  }
}

/** How many batches a campaign of `total` recipients takes, and the size of each. */
export function planBatches(total: number, batchSize: number): number[] {
  if (total <= 0) return []
  const size = Math.max(1, Math.floor(batchSize))
  const sizes: number[] = []
  for (let left = total; left > 0; left -= size) sizes.push(Math.min(size, left))
  return sizes
}

/**
 * How long to wait before sending message number `sentSoFar` (0-based) of a run that started at
 * `startedAt`, so that the run never exceeds `ratePerSecond`. Evenly spaced, no bursts.
 */
export function pacingDelayMs(startedAt: number, sentSoFar: number, ratePerSecond: number, now: number): number {
  if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond)) return 0
  const due = startedAt + (sentSoFar * 1000) / ratePerSecond
  return Math.max(0, Math.ceil(due - now))
}

/** After a failed attempt: try again later (exponential backoff) or give up. */
export function afterFailedAttempt(
  attempts: number,
  settings: Pick<SendingSettings, 'maxAttempts' | 'retryDelaySeconds'>,
  now: Date,
): { status: 'mislukt' } | { status: 'wachtrij'; nextAttemptAt: Date } {
  if (attempts >= settings.maxAttempts) return { status: 'mislukt' }
  const delay = settings.retryDelaySeconds * 1000 * 2 ** Math.max(0, attempts - 1)
  return { status: 'wachtrij', nextAttemptAt: new Date(now.getTime() + delay) }
}

/** Whether one batch failed so often that the mail server (not a few addresses) is the problem. */
export function shouldPause(
  batch: { attempts: number; failures: number },
  settings: Pick<SendingSettings, 'pauseErrorRate' | 'pauseMinAttempts'>,
): boolean {
  if (batch.attempts < settings.pauseMinAttempts || batch.attempts === 0) return false
  return batch.failures / batch.attempts > settings.pauseErrorRate
}

/** The recipients of an edition: active subscribers who chose at least one of its networks. */
export function wantsEdition(subscriberNetworks: readonly string[] | null | undefined, editionNetworks: readonly string[] | null | undefined): boolean {
  const wanted = new Set(subscriberNetworks ?? [])
  return (editionNetworks ?? []).some((network) => wanted.has(network))
}
