import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  envelopeTo: string[]
  raw: string
  parsed: ParsedMail
}

export interface TestSmtpServer {
  port: number
  messages: ReceivedMail[]
  /** Makes the server refuse these recipients (as a full mailbox would), to test retries. */
  refuseRecipients: (addresses: string[]) => void
  waitFor: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>
  close: () => Promise<void>
  env: Record<string, string>
}

/** A real SMTP server in this process, on a free loopback port, that keeps what it receives. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const messages: ReceivedMail[] = []
  let refused = new Set<string>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const parsed = await simpleParser(raw)
        messages.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port

  return {
    port,
    messages,
    refuseRecipients: (addresses) => {
      refused = new Set(addresses.map((address) => address.toLowerCase()))
    },
    waitFor: async (predicate, timeoutMs = 20_000) => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.find(predicate)
        if (found) return found
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`Geen e-mail ontvangen die voldoet binnen ${timeoutMs} ms; ontvangen: ${messages.map((m) => m.parsed.subject).join(' | ')}`)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' },
  }
}
