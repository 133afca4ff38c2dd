/**
 * Starts the portal exactly as `npm start` does: the command is read from package.json, so the
 * benchmarks measure the same heap limit and allocator settings as production. `exec` (and `env`,
 * which sets the variables in front of `node`) replace the shell, so the child's pid is the
 * server's own and its RSS is the server's.
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export function npmStartCommand(): string {
  const manifest = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as { scripts: { start: string } }
  return manifest.scripts.start
}

export function spawnPortal(options: SpawnOptions): ChildProcess {
  return spawn('sh', ['-c', `exec env ${npmStartCommand()}`], options)
}
