import { describe, expect, it } from 'vitest'
import {
  afterFailedAttempt,
  campaignProgress,
  defaultSendingSettings,
  deliveryKey,
  keyRange,
  pacingDelayMs,
  planBatches,
  sendingSettingsFrom,
  shouldPause,
  subscriberOfKey,
  wantsEdition,
} from '../../src/domain/newsletter/sending'

describe('the batching plan', () => {
  it('splits recipients into batches of at most the batch size, covering everyone once', () => {
    expect(planBatches(250, 100)).toEqual([100, 100, 50])
    expect(planBatches(100, 100)).toEqual([100])
    expect(planBatches(1, 100)).toEqual([1])
    expect(planBatches(0, 100)).toEqual([])
    const plan = planBatches(10_000, 73)
    expect(plan.reduce((sum, size) => sum + size, 0)).toBe(10_000)
    expect(Math.max(...plan)).toBe(73)
  })

  it('never makes empty batches, even with a nonsense batch size', () => {
    expect(planBatches(3, 0)).toEqual([1, 1, 1])
  })
})

describe('the rate', () => {
  it('spaces messages evenly so a run never exceeds the rate', () => {
    const start = 1_000_000
    expect(pacingDelayMs(start, 0, 10, start)).toBe(0)
    expect(pacingDelayMs(start, 1, 10, start)).toBe(100)
    expect(pacingDelayMs(start, 5, 10, start + 200)).toBe(300)
    // Running late: no wait, and no burst to "catch up" beyond the schedule.
    expect(pacingDelayMs(start, 2, 10, start + 1000)).toBe(0)
  })

  it('sends n messages at rate r in no less than (n-1)/r seconds', () => {
    const start = 0
    let clock = start
    for (let i = 0; i < 21; i++) clock += pacingDelayMs(start, i, 20, clock)
    expect(clock).toBe(1000)
  })

  it('reads the settings from the environment with sane defaults', () => {
    expect(sendingSettingsFrom({})).toEqual(defaultSendingSettings)
    const settings = sendingSettingsFrom({ NEWSLETTER_RATE: '5', NEWSLETTER_BATCH_SIZE: '25', NEWSLETTER_PAUSE_ERROR_RATE: '2' })
    expect(settings.ratePerSecond).toBe(5)
    expect(settings.batchSize).toBe(25)
    expect(settings.pauseErrorRate).toBe(1)
    expect(sendingSettingsFrom({ NEWSLETTER_RATE: 'snel', NEWSLETTER_BATCH_SIZE: '-3' })).toMatchObject({ ratePerSecond: 20, batchSize: 100 })
  })
})

describe('retries and pausing', () => {
  const settings = { maxAttempts: 3, retryDelaySeconds: 60 }
  const now = new Date('2026-11-23T10:00:00Z')

  it('retries with exponential backoff, then gives up', () => {
    expect(afterFailedAttempt(1, settings, now)).toEqual({ status: 'wachtrij', nextAttemptAt: new Date('2026-11-23T10:01:00Z') })
    expect(afterFailedAttempt(2, settings, now)).toEqual({ status: 'wachtrij', nextAttemptAt: new Date('2026-11-23T10:02:00Z') })
    expect(afterFailedAttempt(3, settings, now)).toEqual({ status: 'mislukt' })
  })

  it('pauses when a batch fails mostly, not for a few bad addresses or a tiny batch', () => {
    const pause = { pauseErrorRate: 0.5, pauseMinAttempts: 10 }
    expect(shouldPause({ attempts: 100, failures: 3 }, pause)).toBe(false)
    expect(shouldPause({ attempts: 100, failures: 51 }, pause)).toBe(true)
    expect(shouldPause({ attempts: 4, failures: 4 }, pause)).toBe(false)
    expect(shouldPause({ attempts: 0, failures: 0 }, pause)).toBe(false)
  })

  it('sends an edition to subscribers who chose one of its networks', () => {
    expect(wantsEdition(['jeugd'], ['jeugd', 'volwassenen'])).toBe(true)
    expect(wantsEdition(['volwassenen'], ['jeugd'])).toBe(false)
    expect(wantsEdition([], ['jeugd'])).toBe(false)
  })
})

describe('the cursor and the progress of a campaign', () => {
  it('keeps the subscriber in the delivery key, and the keys of one edition in one range', () => {
    const key = deliveryKey('nb-1', 'ab12')
    expect(subscriberOfKey(key, 'nb-1')).toBe('ab12')
    expect(subscriberOfKey(key, 'nb-2')).toBeUndefined()
    expect(subscriberOfKey('nb-1:', 'nb-1')).toBeUndefined()
    expect(subscriberOfKey(null, 'nb-1')).toBeUndefined()
    const { from, below } = keyRange('nb-1')
    for (const id of ['0', '00000000-0000', 'ffffffff-ffff', 'zz']) {
      const inside = deliveryKey('nb-1', id)
      expect(inside >= from && inside < below, id).toBe(true)
    }
    // The neighbouring editions' keys fall outside, whatever their subscriber IDs.
    expect(deliveryKey('nb-10', '0') >= below || deliveryKey('nb-10', '0') < from).toBe(true)
    expect(deliveryKey('nb-1', 'a') < deliveryKey('nb-1', 'b')).toBe(true)
  })

  it('counts the start\'s total until every recipient is reached, then the rows', () => {
    expect(campaignProgress({ expected: 100, rows: 30, sent: 28, failed: 0, waiting: 2, allReached: false })).toEqual({ total: 100, sent: 28, failed: 0, remaining: 72 })
    // More subscribers since the start: the total grows with the rows.
    expect(campaignProgress({ expected: 10, rows: 12, sent: 12, failed: 0, waiting: 0, allReached: false })).toMatchObject({ total: 12, remaining: 1 })
    expect(campaignProgress({ expected: 100, rows: 97, sent: 94, failed: 1, waiting: 2, allReached: true })).toEqual({ total: 97, sent: 94, failed: 1, remaining: 2 })
    expect(campaignProgress({ expected: 5, rows: 5, sent: 5, failed: 0, waiting: 0, allReached: true })).toMatchObject({ remaining: 0 })
  })
})
