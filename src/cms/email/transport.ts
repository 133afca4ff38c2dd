import fs from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import { outboxDir, smtp } from '../../env'

export interface Delivery {
  messageId: string
  /** 'smtp' when a mail server accepted it, 'outbox' when it was written to data/outbox/. */
  via: 'smtp' | 'outbox'
}

let smtpTransport: Transporter | undefined
let pooledTransport: Transporter | undefined

/**
 * Delivers one message: through SMTP when it is configured, otherwise as an .eml file in the
 * outbox so a demo without a mail server still shows every email it would have sent.
 * `pooled` keeps one SMTP connection open for many messages (the newsletter's batches: a new
 * connection per message costs more than the message); close it with `closePooledConnections`.
 */
export async function deliver(message: nodemailer.SendMailOptions, options: { pooled?: boolean } = {}): Promise<Delivery> {
  if (smtp) {
    const settings = {
      host: smtp.host,
      port: smtp.port,
      secure: smtp.secure,
      auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
    }
    const transport = options.pooled
      ? (pooledTransport ??= nodemailer.createTransport({ ...settings, pool: true, maxConnections: 1, maxMessages: 1000 }))
      : (smtpTransport ??= nodemailer.createTransport(settings))
    const info = await transport.sendMail(message)
    return { messageId: info.messageId, via: 'smtp' }
  }
  const rendered = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message)
  await fs.mkdir(outboxDir, { recursive: true })
  const file = path.join(outboxDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${safeName(rendered.messageId)}.eml`)
  await fs.writeFile(file, rendered.message as Buffer)
  return { messageId: rendered.messageId, via: 'outbox' }
}

/** Closes the pooled SMTP connection (after a batch), so no idle socket stays open. */
export function closePooledConnections(): void {
  pooledTransport?.close()
  pooledTransport = undefined
}

function safeName(messageId: string): string {
  return messageId.replace(/[^a-zA-Z0-9.-]/g, '').slice(0, 60)
}
