/**
 * Builds the admin (Next) and the site (Astro), each only when its sources changed since the
 * last build: a fingerprint of the inputs is kept beside each build's output.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

interface Build {
  name: string
  command: string[]
  inputs: string[]
  stamp: string
}

const shared = ['package-lock.json', 'payload.config.ts', 'src/domain', 'src/env.ts']

const builds: Build[] = [
  {
    name: 'beheeromgeving (Next)',
    command: ['npm', 'run', 'build:cms'],
    inputs: [...shared, 'src/cms'],
    stamp: 'src/cms/.next/portal-build-fingerprint',
  },
  {
    name: 'website (Astro)',
    command: ['npm', 'run', 'build:site'],
    inputs: [...shared, 'src/site', 'public', 'astro.config.mjs'],
    stamp: 'dist/portal-build-fingerprint',
  },
]

const ignored = new Set(['.next', 'node_modules', '.astro'])

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .filter((name) => !ignored.has(name))
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

export function fingerprint(inputs: string[]): string {
  const hash = crypto.createHash('sha256')
  for (const file of inputs.flatMap(listFiles)) {
    hash.update(file)
    hash.update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

export async function buildIfNeeded({ force = false } = {}): Promise<void> {
  for (const build of builds) {
    const current = fingerprint(build.inputs)
    const previous = fs.existsSync(build.stamp) ? fs.readFileSync(build.stamp, 'utf8') : ''
    if (!force && current === previous) continue
    console.log(`Bouwen: ${build.name}…`)
    const started = Date.now()
    const result = spawnSync(build.command[0], build.command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    })
    if (result.status !== 0) throw new Error(`Bouwen van de ${build.name} is mislukt (exitcode ${result.status}).`)
    // Fingerprint again: the admin's build regenerates its import map, one of its own inputs.
    fs.writeFileSync(build.stamp, fingerprint(build.inputs))
    console.log(`Klaar: ${build.name} in ${Math.round((Date.now() - started) / 1000)} s`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildIfNeeded({ force: process.argv.includes('--force') })
}
