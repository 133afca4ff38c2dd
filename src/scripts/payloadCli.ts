/**
 * Payload's command line (migrate:create, generate:types, generate:importmap…) run under tsx's
 * loader. Payload's own `payload` binary loads the configuration through tsx's `tsImport`, which
 * never settles on this project's module graph (the process then exits 0 having done nothing);
 * `tsx src/scripts/payloadCli.ts …` loads the same configuration the way the server does.
 */
import path from 'node:path'
// Not in Payload's package exports, hence the path into the package.
import { bin } from '../../node_modules/payload/dist/bin/index.js'

process.env.PAYLOAD_CONFIG_PATH ??= path.resolve('payload.config.ts')
process.env.DISABLE_PAYLOAD_HMR ??= 'true'
await bin()
