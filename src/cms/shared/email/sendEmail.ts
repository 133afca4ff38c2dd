import type { TaskConfig } from 'payload'
import { REDACTED } from '../../../domain/email/redactSecrets'
import { emailFrom } from '../../../env'
import type { MessageContent } from './queueEmail'
import { openMessage } from './sealedMessage'
import { deliver } from './transport'

const RETRIES = 6

/**
 * Delivers one queued email from the email log. A failure is recorded on the log entry and
 * thrown, so the job queue retries with backoff; after the last attempt it stays 'mislukt'
 * with the SMTP error, for a coordinator to see. A message with secret links is sent from its
 * sealed copy (the log has them redacted), which is emptied once sent or given up.
 */
export const sendEmailTask: TaskConfig<{ input: { emailLogId: string }; output: { messageId: string } }> = {
  slug: 'sendEmail',
  label: 'E-mail versturen',
  inputSchema: [{ name: 'emailLogId', type: 'text', required: true }],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  retries: { attempts: RETRIES, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const log = await payload.findByID({ collection: 'emailLog', id: input.emailLogId, overrideAccess: true, showHiddenFields: true, req })
    // A job that ran before but crashed after delivery must not send the email twice.
    if (log.status === 'verzonden' || log.status === 'opgeslagen') return { output: { messageId: log.messageId ?? '' } }

    const attempts = (log.attempts ?? 0) + 1
    const sealed = (log as { sealed?: string | null }).sealed
    const content: MessageContent | undefined = sealed
      ? openMessage<MessageContent>(payload.secret, sealed)
      : { subject: log.subject, text: log.text ?? '', html: log.html ?? undefined, message: (log.message ?? {}) as MessageContent['message'] }
    // Never send the redacted copy: its links do not work. Retrying would not help either.
    if (!content || (!sealed && JSON.stringify(content).includes(REDACTED))) {
      await payload.update({
        collection: 'emailLog',
        id: log.id,
        overrideAccess: true,
        req,
        data: { status: 'mislukt', attempts, lastError: 'De inhoud van deze e-mail is niet meer te openen (is PAYLOAD_SECRET veranderd?).', sealed: null },
      })
      return { output: { messageId: '' } }
    }
    try {
      const delivery = await deliver({
        from: { address: emailFrom.address, name: emailFrom.name },
        to: log.to,
        subject: content.subject,
        text: content.text || undefined,
        html: content.html,
        replyTo: content.message.replyTo,
        headers: content.message.headers,
        attachments: content.message.attachments,
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
          sealed: null,
        },
      })
      return { output: { messageId: delivery.messageId } }
    } catch (error) {
      // After the last attempt nothing will send it any more: the secret need not be kept.
      const givenUp = attempts > RETRIES
      await payload.update({
        collection: 'emailLog',
        id: log.id,
        overrideAccess: true,
        req,
        data: {
          status: 'mislukt',
          attempts,
          lastError: error instanceof Error ? error.message : String(error),
          ...(givenUp ? { sealed: null } : {}),
        },
      })
      throw error
    }
  },
}
