import type { TaskConfig } from 'payload'
import { emailFrom } from '../../env'
import { deliver } from '../email/transport'

/**
 * Delivers one queued email from the email log. A failure is recorded on the log entry and
 * thrown, so the job queue retries with backoff; after the last attempt it stays 'mislukt'
 * with the SMTP error, for a coordinator to see.
 */
export const sendEmailTask: TaskConfig<{ input: { emailLogId: string }; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'E-mail versturen',
  inputSchema: [{ name: 'emailLogId', type: 'text', required: true }],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const log = await payload.findByID({ collection: 'emailLog', id: input.emailLogId, overrideAccess: true, req })
    // A job that ran before but crashed after delivery must not send the email twice.
    if (log.status === 'verzonden' || log.status === 'opgeslagen') return { output: { messageId: log.messageId ?? '' } }

    const extra = (log.message ?? {}) as {
      replyTo?: string
      headers?: Record<string, string>
      attachments?: { filename: string; content: string; contentType: string }[]
    }
    const attempts = (log.attempts ?? 0) + 1
    try {
      const delivery = await deliver({
        from: { address: emailFrom.address, name: emailFrom.name },
        to: log.to,
        subject: log.subject,
        text: log.text ?? undefined,
        html: log.html ?? undefined,
        replyTo: extra.replyTo,
        headers: extra.headers,
        attachments: extra.attachments,
      })
      await payload.update({
        collection: 'emailLog',
        id: log.id,
        overrideAccess: true,
        req,
        data: {
          status: delivery.via === 'smtp' ? 'verzonden' : 'opgeslagen',
          attempts,
          messageId: delivery.messageId,
          sentAt: new Date().toISOString(),
          lastError: null,
        },
      })
      return { output: { messageId: delivery.messageId } }
    } catch (error) {
      await payload.update({
        collection: 'emailLog',
        id: log.id,
        overrideAccess: true,
        req,
        data: { status: 'mislukt', attempts, lastError: error instanceof Error ? error.message : String(error) },
      })
      throw error
    }
  },
}
