import fs from 'node:fs'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startTestServer } from '../helpers/server'

declare module 'vitest' {
  export interface ProvidedContext {
    securityServerUrl: string
    securityServerLog: string
    securityDataDir: string
  }
}

/**
 * One real server (built, production mode, demo content, fresh database) for the whole
 * security suite: starting one per file would cost more than the tests themselves. Its output
 * is mirrored to a file so tests can check what the server logged. Tests that count toward a
 * limit pose as their own client address (X-Forwarded-For, trusted from loopback only).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer()
  const logFile = path.join(server.dataDir, 'server-output.log')
  const mirror = setInterval(() => fs.writeFileSync(logFile, server.output()), 100)
  project.provide('securityServerUrl', server.url)
  project.provide('securityServerLog', logFile)
  project.provide('securityDataDir', server.dataDir)
  return async () => {
    clearInterval(mirror)
    await server.stop()
  }
}
