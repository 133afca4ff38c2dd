/**
 * The arithmetic of sending a campaign: batches, pace, retries and when to pause. Pure, so the
 * job in src/cms/newsletter/jobs only does the I/O and every rule here has a unit test.
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

/**
 * The key of one recipient's delivery row: unique, so no subscriber can get two rows (and so two
 * copies) of one edition. Its second half is the subscriber's ID, which also makes it the
 * campaign's cursor: subscribers are reached in ID order, so the highest key of an edition says
 * how far the campaign got.
 */
export function deliveryKey(newsletterId: string, subscriberId: string): string {
  return `${newsletterId}:${subscriberId}`
}

/** The subscriber ID inside a delivery key, or undefined for a key of another shape. */
export function subscriberOfKey(key: string | null | undefined, newsletterId: string): string | undefined {
  const prefix = `${newsletterId}:`
  return typeof key === 'string' && key.startsWith(prefix) && key.length > prefix.length ? key.slice(prefix.length) : undefined
}

/**
 * The bounds of an edition's keys (`newsletterId:` up to, not including, `newsletterId;`), so the
 * highest key of one edition is found on the unique index without reading the others.
 */
export function keyRange(newsletterId: string): { from: string; below: string } {
  return { from: `${newsletterId}:`, below: `${newsletterId};` }
}

export interface CampaignCounts {
  /** Recipients counted when the campaign started. */
  expected: number
  /** Delivery rows so far: one per recipient reached. */
  rows: number
  sent: number
  failed: number
  /** Rows waiting for a (re)try. */
  waiting: number
  /** Whether every recipient has a row (the cursor passed the last subscriber). */
  allReached: boolean
}

/**
 * The progress shown on the edition. Rows are written as recipients are reached, so until the
 * last one is reached the total is the count from the start (or more, when people subscribed
 * since); after that it is exactly the number of rows.
 */
export function campaignProgress(counts: CampaignCounts): { total: number; sent: number; failed: number; remaining: number } {
  const total = counts.allReached ? counts.rows : Math.max(counts.expected, counts.rows)
  const remaining = Math.max(total - counts.sent - counts.failed, counts.waiting, counts.allReached ? 0 : 1)
  return { total, sent: counts.sent, failed: counts.failed, remaining }
}
