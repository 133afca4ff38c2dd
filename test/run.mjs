#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Makes sure Debian's Chromium is there (installing it when
 * running as root), builds the admin and the site when their sources changed, checks the types
 * (tsc --noEmit), then runs the unit, integration, security and end-to-end tests with vitest
 * and prints one closing line with the counts.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options })
  return result.status ?? 1
}

function ensureChromium() {
  if (fs.existsSync(chromiumPath)) return
  if (process.getuid?.() !== 0) {
    console.error(`Chromium ontbreekt (${chromiumPath}). Installeer het eerst met:\n  sudo apt-get update && sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('Chromium ontbreekt: installeren met apt-get…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  if (run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env }) !== 0) {
    run('apt-get', ['update'], { env })
    if (run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { env }) !== 0) {
      console.error('Installeren van Chromium is mislukt; probeer: apt-get update && apt-get install -y chromium')
      process.exit(1)
    }
  }
}

ensureChromium()

if (run('npx', ['tsx', 'src/scripts/build.ts']) !== 0) process.exit(1)

// The types are part of the suite: code that does not type-check does not land.
console.log('Typecontrole (tsc --noEmit)…')
if (run('npx', ['tsc', '--noEmit']) !== 0) {
  console.error('De typecontrole faalt: los de fouten hierboven op.')
  process.exit(1)
}

fs.mkdirSync('test-results', { recursive: true })
const report = 'test-results/vitest.json'
fs.rmSync(report, { force: true })
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)])

if (fs.existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTotalTests } = JSON.parse(fs.readFileSync(report, 'utf8'))
  if (numTotalTests === 0) {
    console.error('Er zijn geen tests uitgevoerd.')
    process.exit(1)
  }
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`)
}
process.exit(status)
