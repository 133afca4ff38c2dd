/**
 * `npm start`: builds what is missing or out of date, then runs the one-process server.
 * NODE_ENV is set before anything else is imported: Next and the database adapter read it
 * when their modules load.
 */
import fs from 'node:fs'

if (fs.existsSync('.env')) process.loadEnvFile('.env')
Object.assign(process.env, { NODE_ENV: 'production' })
process.env.DISABLE_PAYLOAD_HMR = 'true'

// A wrong configuration (SERVER_URL, production without its settings) stops here with its
// Dutch message, before a build or a stack trace hides it.
try {
  await import('../env')
} catch (error) {
  console.error(`Het portaal kan niet starten: ${(error as Error).message}`)
  process.exit(1)
}

// The test suite builds once before it starts servers; a rebuild per server would be waste.
if (!process.env.PORTAL_SKIP_BUILD) {
  const { buildIfNeeded } = await import('./build')
  await buildIfNeeded()
}
const { startServer } = await import('../server')
const server = await startServer()

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('Portaal stopt…')
    server.close().finally(() => process.exit(0))
  })
}
