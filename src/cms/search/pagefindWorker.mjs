/**
 * Builds one Pagefind bundle in a worker thread, so the server's event loop only hands over
 * records: the main thread posts { records } batches and then { write: true }; the worker
 * answers { written: count } or { error }. Pagefind's backing binary is closed after the
 * build (it would otherwise stay alive, holding hundreds of MB), and the worker then ends.
 * Plain JavaScript on purpose: it runs unchanged under tsx, Node and tests, and no bundler
 * (the admin's Next build loads the code that starts it) has to know about it.
 */
import { parentPort, workerData } from 'node:worker_threads'
import * as pagefind from 'pagefind'

const { outputPath } = workerData
let index
let count = 0
let failed

async function start() {
  const created = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (!created.index) throw new Error(`Pagefind kon geen index maken: ${created.errors.join('; ')}`)
  index = created.index
}

let work = start()

function finish(message) {
  work = work
    .then(() => pagefind.close())
    .finally(() => {
      parentPort.postMessage(message)
      parentPort.close()
    })
}

parentPort.on('message', (message) => {
  if (message.records) {
    work = work.then(async () => {
      if (failed) return
      for (const record of message.records) {
        const added = await index.addCustomRecord({
          url: record.url,
          content: record.content,
          language: 'nl',
          meta: { title: record.title, type: record.typeLabel, summary: record.summary },
          filters: { type: [record.type] },
        })
        if (added.errors.length > 0) throw new Error(`Pagefind weigerde ${record.url}: ${added.errors.join('; ')}`)
        count++
      }
    })
    work = work.catch((error) => {
      failed ??= error
    })
  } else if (message.write) {
    work = work.then(async () => {
      if (failed) return
      const written = await index.writeFiles({ outputPath })
      if (written.errors.length > 0) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`)
    }).catch((error) => {
      failed ??= error
    })
    work = work.then(() => index?.deleteIndex()).catch(() => undefined)
    work.then(() => finish(failed ? { error: String(failed?.message ?? failed) } : { written: count }))
  }
})
