import type { TaskConfig } from 'payload'
import { caseRemindersEmail, type ReminderLine } from '../../../domain/caseQuestions/emails'
import { OPEN_CASE_STATUSES } from '../../../domain/caseQuestions/status'
import { caseDeadlineSummary } from '../../../domain/caseQuestions/workingDays'
import { adminDocumentUrl } from '../../shared/email/caseLinks'
import { coordinatorEmail } from '../../shared/email/coordinatorEmail'
import { queueEmail } from '../../shared/email/queueEmail'

function amsterdamHour(now: Date): number {
  return Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(now))
}

/**
 * The daily reminder to each network's coordinator about open questions whose triage or advice
 * deadline falls today or has passed. Scheduled every hour; it only sends in the hour set in
 * the "Casusbehandeling" settings (Amsterdam time), so once a day. `force` sends now (tests,
 * or a coordinator queueing it by hand).
 */
export const caseQuestionRemindersTask: TaskConfig<{ input: { force?: boolean }; output: { sent: number } }> = {
  slug: 'caseQuestionReminders',
  label: 'Herinnering casusvragen met verlopen termijn',
  inputSchema: [{ name: 'force', type: 'checkbox' }],
  outputSchema: [{ name: 'sent', type: 'number' }],
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  retries: 2,
  handler: async ({ input, req }) => {
    const { payload } = req
    const now = new Date()
    const settings = await payload.findGlobal({ slug: 'caseHandling', overrideAccess: true, depth: 0, req })
    if (!input?.force && amsterdamHour(now) !== (settings.reminderHour ?? 9)) return { output: { sent: 0 } }

    const open = await payload.find({
      collection: 'caseQuestions',
      where: { status: { in: [...OPEN_CASE_STATUSES] } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const perCoordinator = new Map<string, ReminderLine[]>()
    for (const question of open.docs) {
      const what = caseDeadlineSummary(question, now)
      if (!what.startsWith('⚠')) continue
      const to = await coordinatorEmail(payload, question.network, req)
      if (!to) continue
      const line = { reference: question.reference ?? String(question.id), what: what.replace(/^⚠\s*/, ''), link: adminDocumentUrl('caseQuestions', question.id) }
      perCoordinator.set(to, [...(perCoordinator.get(to) ?? []), line])
    }
    for (const [to, lines] of perCoordinator) {
      await queueEmail(payload, { to, ...caseRemindersEmail(lines), purpose: 'Herinnering casusvragen' }, req)
    }
    return { output: { sent: perCoordinator.size } }
  },
}
