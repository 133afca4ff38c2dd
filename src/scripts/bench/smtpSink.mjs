// The benchmark's mail server, in a worker thread of its own (as a real mail server is another
// process): accepts everything, counts the messages, and answers the main thread's questions.
import { parentPort } from 'node:worker_threads'
import { SMTPServer } from 'smtp-server'

let received = 0
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  // No reverse DNS per connection: this offline machine would wait for a timeout each time.
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => undefined)
    stream.on('end', () => {
      received++
      callback()
    })
  },
})

server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }))
parentPort.on('message', (message) => {
  if (message === 'count') parentPort.postMessage({ received })
  if (message === 'close') server.close(() => parentPort.postMessage({ closed: true }))
})
