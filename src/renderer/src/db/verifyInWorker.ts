// Runs verifyRegister in a worker (verifyWorker.ts) when the page can start one, and in the page otherwise: where
// workers do not exist (the unit tests), when the worker's script cannot be loaded, or when the worker cannot open
// the register. A check that started in the worker and then failed is a failure, not a reason to start again.
import type { DbContext } from './context'
import type { VerifyOptions } from './integrity'
import { verifyWithKeptTrail, type TrailCheck, type TrailRef } from './verifiedTrail'

export interface WorkerRequest {
  dbName: string
  options: Omit<VerifyOptions, 'onProgress' | 'trail'>
  ref?: TrailRef
}

export type WorkerReply =
  | { type: 'started' }
  | { type: 'unopened'; message: string }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; check: TrailCheck }
  | { type: 'failed'; name: string; message: string }

export interface CheckedReport {
  check: TrailCheck
  /** Where it ran: 'worker', or 'page' when no worker could do it. */
  ranIn: 'worker' | 'page'
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module', name: 'kaiji-verify' })
  } catch {
    return null
  }
}

export async function verifyRegisterInWorker(
  ctx: DbContext,
  options: Omit<VerifyOptions, 'trail'> = {},
  ref?: TrailRef
): Promise<CheckedReport> {
  const inPage = async (): Promise<CheckedReport> => ({
    check: await verifyWithKeptTrail(ctx, options, ref),
    ranIn: 'page'
  })
  const worker = startWorker()
  if (!worker) return inPage()
  const { onProgress, ...rest } = options
  return new Promise<CheckedReport>((resolve, reject) => {
    let started = false
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      switch (reply.type) {
        case 'started':
          started = true
          return
        case 'progress':
          onProgress?.(reply.done, reply.total)
          return
        case 'done':
          worker.terminate()
          resolve({ check: reply.check, ranIn: 'worker' })
          return
        case 'unopened':
          worker.terminate()
          resolve(inPage())
          return
        case 'failed': {
          worker.terminate()
          const error = new Error(reply.message)
          error.name = reply.name
          reject(error)
        }
      }
    }
    // A report the window cannot take in (it never should): a failure, not a check left running.
    worker.onmessageerror = () => {
      worker.terminate()
      reject(new Error('監査記録の検証の結果を受け取れませんでした。'))
    }
    worker.onerror = (event) => {
      worker.terminate()
      // A script that never ran (not found, refused by the page's policy): the page checks in its own thread.
      if (!started) {
        event.preventDefault()
        resolve(inPage())
      } else reject(new Error(`監査記録の検証が途中で止まりました: ${event.message}`))
    }
    const request: WorkerRequest = { dbName: ctx.db.name, options: rest, ...(ref ? { ref } : {}) }
    worker.postMessage(request)
  })
}
