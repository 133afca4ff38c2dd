import { parse } from 'qs-esm'
import { describe, expect, it } from 'vitest'
import { caseDeadlineSummary } from '../../src/domain/caseQuestions/workingDays'
import { addMonths, freshnessOf } from '../../src/domain/freshness/freshness'
import { caseQuestionStatuses } from '../../src/domain/vocabulary'
import {
  ADVICE_STATUSES,
  coordinatorCaseQueues,
  dueSoonUntil,
  expertQueue,
  needsExpertQueue,
  questionDeadline,
  TRIAGE_STATUSES,
} from '../../src/domain/workQueues/caseQueues'
import { countPhrase, dayAndTime, dayText, deadlineText, workingDays } from '../../src/domain/workQueues/dutch'
import { adminDocumentUrl, adminListUrl, condition, toWhere } from '../../src/domain/workQueues/filters'
import { referenceWindow } from '../../src/domain/workQueues/freshnessWindow'
import { membershipQueues, MEMBERSHIP_STEPS, toDiscussQueue } from '../../src/domain/workQueues/membershipQueues'
import { placesText, registrationsText, upcomingEventsQueue, waitingListText } from '../../src/domain/workQueues/otherQueues'
import { openStatuses } from '../../src/domain/membership/status'

const at = (iso: string) => new Date(iso)
// As the admin parses its URL (@payloadcms/next views/Root).
const parseQuery = (url: string) => parse(url.split('?')[1], { depth: 10 })

describe('Dutch counts', () => {
  const noun = { singular: 'nieuwe vraag', plural: 'nieuwe vragen' }
  it('says "geen" for nothing, and the singular only for one', () => {
    expect(countPhrase(0, noun)).toBe('Geen nieuwe vragen')
    expect(countPhrase(1, noun)).toBe('1 nieuwe vraag')
    expect(countPhrase(2, noun)).toBe('2 nieuwe vragen')
    expect(countPhrase(10_000, noun)).toBe('10000 nieuwe vragen')
    expect(workingDays(1)).toBe('1 werkdag')
    expect(workingDays(3)).toBe('3 werkdagen')
  })

  it('says where a deadline stands in working days, skipping weekends and holidays', () => {
    // Deadlines are the end of an Amsterdam day (22:59:59 UTC in winter, 21:59:59 in summer).
    const friday = at('2026-03-13T22:59:59Z')
    expect(deadlineText(friday, at('2026-03-11T09:00:00Z'))).toEqual({ status: 'op-tijd', text: 'nog 2 werkdagen' })
    expect(deadlineText(friday, at('2026-03-12T09:00:00Z'))).toEqual({ status: 'op-tijd', text: 'nog 1 werkdag' })
    expect(deadlineText(friday, at('2026-03-13T21:00:00Z'))).toEqual({ status: 'vandaag', text: 'vandaag' })
    // Passed on Friday: on Saturday no working day has been missed yet; Monday is 1 late.
    expect(deadlineText(friday, at('2026-03-14T09:00:00Z'))).toEqual({ status: 'te-laat', text: 'verlopen' })
    expect(deadlineText(friday, at('2026-03-16T09:00:00Z'))).toEqual({ status: 'te-laat', text: '1 werkdag te laat' })
    expect(deadlineText(friday, at('2026-03-18T09:00:00Z'))).toEqual({ status: 'te-laat', text: '3 werkdagen te laat' })
    // Koningsdag (Monday 27 April 2026) is no working day: from Friday 24th to Tuesday 28th is 1.
    const tuesday = at('2026-04-28T21:59:59Z')
    expect(deadlineText(tuesday, at('2026-04-24T09:00:00Z')).text).toBe('nog 1 werkdag')
    // Seen on a Saturday, a deadline on Monday is one working day away.
    expect(deadlineText(at('2026-03-16T22:59:59Z'), at('2026-03-14T12:00:00Z')).text).toBe('nog 1 werkdag')
  })

  it('writes days and times in Dutch, in Amsterdam time', () => {
    expect(dayText(at('2026-03-16T22:59:59Z'))).toBe('16 maart 2026')
    expect(dayAndTime(at('2026-03-12T13:00:00Z'))).toBe('do 12 maart, 14:00')
    expect(dayAndTime(at('2026-07-01T08:30:00Z'))).toBe('wo 1 juli, 10:30')
  })
})

describe('filters', () => {
  const filter = [condition('network', 'equals', 'jeugd'), condition('status', 'in', ['ontvangen', 'in-behandeling']), condition('followUp.recordedAt', 'exists', false)]

  it('become a Payload where of all conditions', () => {
    expect(toWhere(filter)).toEqual({
      and: [{ network: { equals: 'jeugd' } }, { status: { in: ['ontvangen', 'in-behandeling'] } }, { 'followUp.recordedAt': { exists: false } }],
    })
  })

  it('become the admin list URL in the filter builder\'s own shape, which parses back to the same conditions', () => {
    const url = adminListUrl('caseQuestions', filter, { sort: 'triageDueAt' })
    expect(url.startsWith('/admin/collections/caseQuestions?where[or][0][and][0][network][equals]=jeugd&')).toBe(true)
    const query = parseQuery(url) as { where: { or: { and: unknown[] }[] }; sort: string }
    expect(query.sort).toBe('triageDueAt')
    expect(query.where.or[0].and).toEqual([
      { network: { equals: 'jeugd' } },
      { status: { in: ['ontvangen', 'in-behandeling'] } },
      { 'followUp.recordedAt': { exists: 'false' } },
    ])
  })

  it('encode values, so a value cannot add a parameter', () => {
    const url = adminListUrl('events', [condition('title', 'equals', 'a&where[x][equals]=1 + b')])
    const query = parseQuery(url) as { where: { or: { and: Record<string, unknown>[] }[] } }
    expect(query.where.or[0].and).toEqual([{ title: { equals: 'a&where[x][equals]=1 + b' } }])
    expect(adminListUrl('events', [])).toBe('/admin/collections/events')
    expect(adminDocumentUrl('events', 'a/b')).toBe('/admin/collections/events/a%2Fb')
  })
})

describe('case queues', () => {
  it('use the same deadline per status as the case list', () => {
    const now = at('2026-03-10T09:00:00Z')
    const question = { triageDueAt: '2026-03-12T22:59:59.000Z', adviceDueAt: '2026-03-20T22:59:59.000Z' }
    for (const { value: status } of caseQuestionStatuses) {
      const summary = caseDeadlineSummary({ ...question, status }, now)
      const deadline = questionDeadline({ ...question, status }, now)
      if (summary.startsWith('Triage')) expect(deadline?.kind).toBe('Triage')
      else if (summary.startsWith('Advies')) expect(deadline?.kind).toBe('Advies')
      else expect(deadline).toBeUndefined()
      expect(TRIAGE_STATUSES.includes(status) || ADVICE_STATUSES.includes(status)).toBe(deadline !== undefined)
    }
    expect(questionDeadline({ status: 'doorgezet', adviceDueAt: '2026-03-12T22:59:59.000Z' }, now)).toMatchObject({ kind: 'Advies', text: 'nog 2 werkdagen' })
    expect(questionDeadline({ status: 'ontvangen', triageDueAt: 'geen datum' }, now)).toBeUndefined()
  })

  it('count as "binnenkort" up to the end of the second working day after today', () => {
    // Thursday: Friday and Monday are the next two working days.
    expect(dueSoonUntil(at('2026-03-12T09:00:00Z')).toISOString()).toBe('2026-03-16T22:59:59.000Z')
    // Around Koningsdag 2026 (Monday 27 April) the window stretches to Wednesday.
    expect(dueSoonUntil(at('2026-04-24T09:00:00Z')).toISOString()).toBe('2026-04-29T21:59:59.000Z')
  })

  it('split the coordinator\'s questions into new, deadline and follow-up queues of one network', () => {
    const now = at('2026-03-12T09:00:00Z')
    const queues = coordinatorCaseQueues('volwassenen', now)
    expect(queues.map((queue) => queue.key)).toEqual(['new', 'triageOverdue', 'triageDueSoon', 'adviceOverdue', 'adviceDueSoon', 'followUpMissing'])
    for (const queue of queues) expect(queue.filter[0]).toEqual(condition('network', 'equals', 'volwassenen'))
    const byKey = Object.fromEntries(queues.map((queue) => [queue.key, queue]))
    expect(byKey.triageOverdue.filter).toContainEqual(condition('triageDueAt', 'less_than', now.toISOString()))
    expect(byKey.triageDueSoon.filter).toContainEqual(condition('triageDueAt', 'greater_than_equal', now.toISOString()))
    expect(byKey.triageDueSoon.filter).toContainEqual(condition('triageDueAt', 'less_than_equal', '2026-03-16T22:59:59.000Z'))
    expect(byKey.adviceOverdue.filter).toContainEqual(condition('status', 'in', ['doorgezet', 'expert-gekoppeld']))
    expect(byKey.followUpMissing.filter).toContainEqual(condition('followUp.recordedAt', 'exists', false))
    expect(countPhrase(1, byKey.triageOverdue.noun)).toBe('1 vraag met verlopen triagetermijn')
    expect(countPhrase(2, byKey.adviceDueSoon.noun)).toBe('2 vragen met adviestermijn binnen 2 werkdagen')
    expect(countPhrase(0, byKey.followUpMissing.noun)).toBe('Geen gegeven adviezen zonder vastgelegde opvolging')
  })

  it('give a platform member and an expert only their own questions', () => {
    expect(needsExpertQueue('p1').filter).toEqual([condition('assignedPlatformMember', 'equals', 'p1'), condition('status', 'equals', 'doorgezet')])
    expect(expertQueue('e1').filter).toContainEqual(condition('assignedExperts', 'in', ['e1']))
    expect(countPhrase(1, expertQueue('e1').noun)).toBe('1 vraag wacht op uw advies')
    expect(countPhrase(3, expertQueue('e1').noun)).toBe('3 vragen wachten op uw advies')
  })
})

describe('membership, events', () => {
  it('has a queue for every open step of the procedure and none for a closed one', () => {
    expect(MEMBERSHIP_STEPS.map((step) => step.status)).toEqual([...openStatuses])
    const queues = membershipQueues('jeugd')
    expect(queues[0].filter).toEqual([condition('networks', 'in', ['jeugd']), condition('status', 'equals', 'ingediend')])
    for (const status of toDiscussQueue().filter[0].value as string[]) expect(openStatuses).toContain(status)
  })

  it('shows published, not cancelled events of the next 14 days', () => {
    const now = at('2026-03-12T09:00:00Z')
    expect(upcomingEventsQueue('jeugd', now).filter).toEqual([
      condition('networks', 'in', ['jeugd']),
      condition('_status', 'equals', 'published'),
      condition('cancelled', 'not_equals', true),
      condition('startsAt', 'greater_than_equal', '2026-03-12T09:00:00.000Z'),
      condition('startsAt', 'less_than_equal', '2026-03-26T09:00:00.000Z'),
    ])
    expect(placesText(undefined)).toBe('geen maximum aantal plaatsen')
    expect(placesText(0)).toBe('vol')
    expect(placesText(1)).toBe('nog 1 plaats vrij')
    expect(placesText(12)).toBe('nog 12 plaatsen vrij')
    expect(registrationsText(0)).toBe('geen aanmeldingen')
    expect(registrationsText(1)).toBe('1 aanmelding')
    expect(registrationsText(7)).toBe('7 aanmeldingen')
    expect(waitingListText(0)).toBe('geen wachtlijst')
    expect(waitingListText(1)).toBe('1 op de wachtlijst')
  })
})

describe('reference window for partner content', () => {
  it('agrees with freshnessOf outside the window, for every hour around many month ends', () => {
    const HOUR = 60 * 60 * 1000
    for (const period of [1, 2, 3, 6, 12]) {
      for (const nowIso of ['2026-02-28T10:00:00Z', '2026-03-31T23:30:00Z', '2026-03-01T00:10:00Z', '2027-02-28T23:59:00Z', '2028-02-29T12:00:00Z', '2026-09-30T05:00:00Z', '2026-06-15T08:00:00Z']) {
        const now = at(nowIso)
        const overdue = referenceWindow(now, period)
        const due = referenceWindow(now, period - 1)
        for (const window of [overdue, due]) expect(window.certainBefore < window.certainAfter).toBe(true)
        for (const centre of [addMonths(now, -period).getTime(), addMonths(now, -(period - 1)).getTime()]) {
          for (let offset = -10 * 24; offset <= 10 * 24; offset++) {
            const reference = new Date(centre + offset * HOUR)
            const { status } = freshnessOf({ lastReviewedAt: reference }, now, period)
            const label = `${nowIso} ${period} ${reference.toISOString()}`
            if (reference < overdue.certainBefore) expect(status, label).toBe('overdue')
            if (reference > overdue.certainAfter) expect(status, label).not.toBe('overdue')
            if (reference < due.certainBefore) expect(status, label).not.toBe('current')
            if (reference > due.certainAfter) expect(status, label).toBe('current')
          }
        }
      }
    }
  })
})
