import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import { outboxDir, smtp } from '../../../env'

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
      ? (pooledTransport ??= nodemailer.createTransport({ ...settings, pool: true, maxConnections: 1, maxMessages: 1000, ...noDelaySocket(settings) }))
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

/**
 * A plain TCP connection with Nagle's algorithm off. Without it the last small packet of every
 * message waits for the server's delayed ACK (~40 ms): measured 49 ms per message against
 * 3.4 ms with it, on one connection. Not for implicit TLS (port 465), which nodemailer opens itself.
 */
function noDelaySocket(settings: { host: string; port: number; secure: boolean }) {
  if (settings.secure) return {}
  return {
    getSocket: (_options: unknown, callback: (error: Error | null, socketOptions?: { connection: net.Socket }) => void) => {
      const socket = net.connect(settings.port, settings.host, () => {
        socket.removeListener('error', onError)
        callback(null, { connection: socket })
      })
      const onError = (error: Error) => callback(error)
      socket.setNoDelay(true)
      socket.once('error', onError)
    },
  }
}

/** Closes the pooled SMTP connection (after a batch), so no idle socket stays open. */
export function closePooledConnections(): void {
  pooledTransport?.close()
  pooledTransport = undefined
}

function safeName(messageId: string): string {
  return messageId.replace(/[^a-zA-Z0-9.-]/g, '').slice(0, 60)
}
