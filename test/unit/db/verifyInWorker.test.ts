// The check's runner: a worker when the page can start one, the page's own thread otherwise, and a failure inside
// the worker reported as a failure (never as a clean check, never silently started again).
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  verifyRegisterInWorker,
  type WorkerReply,
  type WorkerRequest
} from '../../../src/renderer/src/db/verifyInWorker'
import { verifyRegister, type IntegrityReport } from '../../../src/renderer/src/db/integrity'
import { buildMixedRegister } from './workflowMix'

type Script = (request: WorkerRequest, reply: (r: WorkerReply) => void, fail: (message: string) => void) => void

/** A stand-in for the browser's Worker that answers a request with the replies a test scripts. */
function fakeWorker(script: Script) {
  const made: { url: string; terminated: boolean; request?: WorkerRequest }[] = []
  class FakeWorker {
    onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null
    onerror: ((e: ErrorEvent) => void) | null = null
    private readonly record: (typeof made)[number]
    constructor(url: URL) {
      this.record = { url: url.href, terminated: false }
      made.push(this.record)
    }
    postMessage(request: WorkerRequest) {
      this.record.request = request
      const reply = (r: WorkerReply) => {
        this.onmessage?.({ data: r } as MessageEvent<WorkerReply>)
      }
      const fail = (message: string) => {
        this.onerror?.({ message, preventDefault: () => undefined } as ErrorEvent)
      }
      setTimeout(() => {
        script(request, reply, fail)
      }, 0)
    }
    terminate() {
      this.record.terminated = true
    }
  }
  vi.stubGlobal('Worker', FakeWorker)
  return made
}

afterEach(() => {
  vi.unstubAllGlobals()
})

const cleanReport = (checked: number): IntegrityReport => ({
  checked,
  devices: 1,
  requests: 3,
  legacyRequests: 0,
  problems: [],
  heads: [],
  trail: { requests: new Map(), accounted: new Set(), issued: new Set() }
})

describe('verifyRegisterInWorker', () => {
  it('checks in the page where there are no workers (as in these tests), with the same report', async () => {
    const ctx = await buildMixedRegister(5)
    expect(typeof Worker).toBe('undefined')
    const checked = await verifyRegisterInWorker(ctx)
    expect(checked.ranIn).toBe('page')
    const direct = await verifyRegister(ctx)
    expect(checked.report.checked).toBe(direct.checked)
    expect(checked.report.problems).toEqual([])
  })

  it("sends the register's name and the options, forwards progress, and returns the worker's report", async () => {
    const ctx = await buildMixedRegister(3)
    const made = fakeWorker((_request, reply) => {
      reply({ type: 'started' })
      reply({ type: 'progress', done: 5, total: 10 })
      reply({ type: 'progress', done: 10, total: 10 })
      reply({ type: 'done', report: cleanReport(1234) })
    })
    const seen: number[] = []
    const checkpoint = [{ deviceId: 'pc', deviceSeq: 7, hash: 'h' }]
    const checked = await verifyRegisterInWorker(ctx, {
      checkpoint,
      onProgress: (done, total) => seen.push(done / total)
    })
    expect(checked).toMatchObject({ ranIn: 'worker', report: { checked: 1234 } })
    expect(seen).toEqual([0.5, 1])
    expect(made).toHaveLength(1)
    expect(made[0]?.url).toMatch(/verifyWorker\.ts$/)
    expect(made[0]?.request).toEqual({ dbName: ctx.db.name, options: { checkpoint } })
    expect(made[0]?.terminated).toBe(true)
  })

  it('checks in the page when the worker cannot open the register, or its script never ran', async () => {
    const ctx = await buildMixedRegister(3)
    const entries = await ctx.db.audit.count()
    fakeWorker((_request, reply) => {
      reply({ type: 'unopened', message: 'VersionError' })
    })
    const unopened = await verifyRegisterInWorker(ctx)
    expect(unopened.ranIn).toBe('page')
    expect(unopened.report.checked).toBe(entries)

    fakeWorker((_request, _reply, fail) => {
      fail('script refused')
    })
    const refused = await verifyRegisterInWorker(ctx)
    expect(refused.ranIn).toBe('page')
    expect(refused.report.checked).toBe(entries)
  })

  it('a failure after the worker started is a failure with its name (a full disk stays a full disk)', async () => {
    const ctx = await buildMixedRegister(3)
    fakeWorker((_request, reply) => {
      reply({ type: 'started' })
      reply({ type: 'failed', name: 'QuotaExceededError', message: 'disk full' })
    })
    await expect(verifyRegisterInWorker(ctx)).rejects.toMatchObject({ name: 'QuotaExceededError' })

    fakeWorker((_request, reply, fail) => {
      reply({ type: 'started' })
      fail('crashed')
    })
    await expect(verifyRegisterInWorker(ctx)).rejects.toThrow('crashed')
  })
})
