// The 監査記録 check run in a worker: it opens the same register (same origin, same IndexedDB) and runs
// verifyRegister there, so the hundreds of thousands of entries and rows it reads, parses and hashes never sit in
// the window's heap and never hold the window; the kept trail is read and kept here too. Only progress and the
// report come back (verifyInWorker.ts).
import { RegisterDb } from './database'
import type { DbContext } from './context'
import { verifyWithKeptTrail } from './verifiedTrail'
import type { WorkerReply, WorkerRequest } from './verifyInWorker'

// Progress is told at most this often: a message per page would be 1,000 messages for the window to handle.
const PROGRESS_EVERY_MS = 100

const post = (reply: WorkerReply) => {
  postMessage(reply)
}

async function run({ dbName, options, ref }: WorkerRequest): Promise<void> {
  const db = new RegisterDb(dbName)
  try {
    await db.open()
  } catch (e) {
    // The window then checks in its own thread (a register it could open, this worker could not).
    post({ type: 'unopened', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) })
    return
  }
  post({ type: 'started' })
  // verifyRegister reads only the database; the identity and clock are the window's business.
  const ctx: DbContext = { db, clinicId: '', deviceId: '', now: () => new Date() }
  let told = 0
  try {
    const check = await verifyWithKeptTrail(
      ctx,
      {
        ...options,
        onProgress: (done, total) => {
          const now = performance.now()
          if (now - told < PROGRESS_EVERY_MS && done < total) return
          told = now
          post({ type: 'progress', done, total })
        }
      },
      ref
    )
    post({ type: 'done', check })
  } catch (e) {
    post({
      type: 'failed',
      name: e instanceof Error ? e.name : 'Error',
      message: e instanceof Error ? e.message : String(e)
    })
  } finally {
    db.close()
  }
}

onmessage = (event: MessageEvent<WorkerRequest>) => {
  void run(event.data)
}
