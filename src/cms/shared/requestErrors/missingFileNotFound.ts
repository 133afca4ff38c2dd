import fs from 'node:fs/promises'
import path from 'node:path'
import type { UploadConfig } from 'payload'
import { endpointError } from '../endpoints/endpointError'

/**
 * An upload handler that answers 404 when the requested file is not on disk (Payload answers
 * 500 then), and otherwise lets Payload serve the file as usual.
 */
type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

export function missingFileNotFound(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir)
  return (async (req, { params }) => {
    const filePath = path.resolve(root, String(params.filename ?? ''))
    const inside = filePath.startsWith(root + path.sep)
    const exists = inside && (await fs.stat(filePath).then((stats) => stats.isFile(), () => false))
    if (exists) return undefined
    req.payload.logger.warn({ msg: `404 GET ${req.pathname}: no such file` })
    return endpointError(404, 'Dit bestand bestaat niet (meer).')
  }) as UploadHandler
}
