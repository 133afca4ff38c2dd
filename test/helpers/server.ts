import { spawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { freshDatabase } from './database'

export interface TestServer {
  url: string
  dataDir: string
  /** The server's database, for a test that must write past the API (data from an older release). */
  databaseUri: string
  output: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Starts the real portal, as `npm start` does, in a child process on a free port with a fresh
 * database; the builds must exist already (test/run.mjs builds them first). Resolves once the
 * server answers.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const database = freshDatabase()
  const port = await freePort()
  const url = `http://localhost:${port}`
  let output = ''
  const child: ChildProcess = spawn(path.resolve('node_modules/.bin/tsx'), ['src/scripts/start.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      SERVER_URL: url,
      DATABASE_URI: database.uri,
      DATA_DIR: database.dataDir,
      PAYLOAD_SECRET: 'e2e-secret-e2e-secret-e2e-secret',
      DEMO_PASSWORD: 'e2e-wachtwoord',
      PORTAL_SKIP_BUILD: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const deadline = Date.now() + 180_000
  while (!output.includes('Portaal draait op')) {
    if (child.exitCode !== null) throw new Error(`De server stopte bij het starten:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`De server startte niet binnen 3 minuten:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  return {
    url,
    dataDir: database.dataDir,
    databaseUri: database.uri,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      }
      database.remove()
    },
  }
}

/** The credentials of the demo accounts the seed creates in a test server. */
export const demoPassword = 'e2e-wachtwoord'
