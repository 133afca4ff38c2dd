import type { Payload } from 'payload'

/**
 * Whether a batch job may still send the next message: the campaign is still sending and this
 * job is still the one recorded on the edition (a pause, "retry failed", a resume or a recovery
 * records another job, or none). Reading the edition before every message cost a query per
 * mail; instead the job reads it before the first message, whenever this process saw the edition
 * change (the newsletter's hooks call `campaignChanged`), and at least every CHECK_EVERY_MS for
 * changes made by another process sharing the database.
 */

const CHECK_EVERY_MS = 200

const changes = new Map<string, number>()

/** Tells running batch jobs in this process to read the edition again before their next message. */
export function campaignChanged(newsletterId: string | number): void {
  const id = String(newsletterId)
  changes.set(id, (changes.get(id) ?? 0) + 1)
}

export class SendGuard {
  private checkedAt = -Infinity
  private seenChange = -1

  constructor(
    private readonly payload: Payload,
    private readonly newsletterId: string,
    private readonly jobId: string,
  ) {}

  async maySend(now = performance.now()): Promise<boolean> {
    const change = changes.get(this.newsletterId) ?? 0
    if (change === this.seenChange && now - this.checkedAt < CHECK_EVERY_MS) return true
    this.seenChange = change
    this.checkedAt = now
    const doc = await this.payload.db.findOne<{ id: string | number; status?: string; sending?: { batchJobId?: string | null } | null }>({
      collection: 'newsletters',
      where: { id: { equals: this.newsletterId } },
      select: { status: true, sending: { batchJobId: true } },
    })
    return Boolean(doc && (doc.status === 'verzenden' || doc.status === 'verzonden') && String(doc.sending?.batchJobId ?? '') === this.jobId)
  }
}
