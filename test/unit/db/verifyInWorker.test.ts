// The check's runner: a worker when the page can start one, the page's own thread otherwise, and a failure inside
// the worker reported as a failure (never as a clean check, never silently started again).
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  verifyRegisterInWorker,
  type WorkerReply,
  type WorkerRequest
} from '../../../src/renderer/src/db/verifyInWorker'
import { verifyRegister, type IntegrityReport } from '../../../src/renderer/src/db/integrity'
import { verifyWithKeptTrail } from '../../../src/renderer/src/db/verifiedTrail'
import { buildMixedRegister } from './workflowMix'

type Script = (
  request: WorkerRequest,
  reply: (r: WorkerReply) => void,
  fail: (message: string) => void,
  unreadable: () => void
) => void

/** A stand-in for the browser's Worker that answers a request with the replies a test scripts. */
function fakeWorker(script: Script) {
  const made: { url: string; terminated: boolean; request?: WorkerRequest }[] = []
  class FakeWorker {
    onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null
    onerror: ((e: ErrorEvent) => void) | null = null
    onmessageerror: (() => void) | null = null
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
        script(request, reply, fail, () => this.onmessageerror?.())
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

const cleanReport = (checked: number): Omit<IntegrityReport, 'trail'> => ({
  checked,
  devices: 1,
  requests: 3,
  legacyRequests: 0,
  problems: [],
  heads: []
})

describe('verifyRegisterInWorker', () => {
  it('checks in the page where there are no workers (as in these tests), with the same report', async () => {
    const ctx = await buildMixedRegister(5)
    expect(typeof Worker).toBe('undefined')
    const checked = await verifyRegisterInWorker(ctx)
    expect(checked.ranIn).toBe('page')
    const direct = await verifyRegister(ctx)
    expect(checked.check.report.checked).toBe(direct.checked)
    expect(checked.check.report.problems).toEqual([])
  })

  it("sends the register's name and the options, forwards progress, and returns the worker's report", async () => {
    const ctx = await buildMixedRegister(3)
    const made = fakeWorker((_request, reply) => {
      reply({ type: 'started' })
      reply({ type: 'progress', done: 5, total: 10 })
      reply({ type: 'progress', done: 10, total: 10 })
      reply({ type: 'done', check: { report: cleanReport(1234), trailUsed: true, keptId: 'kept-2' } })
    })
    const seen: number[] = []
    const checkpoint = [{ deviceId: 'pc', deviceSeq: 7, hash: 'h' }]
    const ref = { clinicId: ctx.clinicId, checkpointId: 'kept-1' }
    const checked = await verifyRegisterInWorker(
      ctx,
      { checkpoint, onProgress: (done, total) => seen.push(done / total) },
      ref
    )
    expect(checked).toMatchObject({ ranIn: 'worker', check: { report: { checked: 1234 }, keptId: 'kept-2' } })
    expect(seen).toEqual([0.5, 1])
    expect(made).toHaveLength(1)
    expect(made[0]?.url).toMatch(/verifyWorker\.ts$/)
    expect(made[0]?.request).toEqual({ dbName: ctx.db.name, options: { checkpoint }, ref })
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
    expect(unopened.check.report.checked).toBe(entries)

    fakeWorker((_request, _reply, fail) => {
      fail('script refused')
    })
    const refused = await verifyRegisterInWorker(ctx)
    expect(refused.ranIn).toBe('page')
    expect(refused.check.report.checked).toBe(entries)
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

    // A report that cannot be taken in ends the check as a failure, never leaving it running.
    const made = fakeWorker((_request, reply, _fail, unreadable) => {
      reply({ type: 'started' })
      unreadable()
    })
    await expect(verifyRegisterInWorker(ctx)).rejects.toThrow('結果を受け取れませんでした')
    expect(made[0]?.terminated).toBe(true)
  })
})

describe('verifyWithKeptTrail', () => {
  it('keeps the trail of a clean check, and the next check from its checkpoint reads only what came since', async () => {
    const ctx = await buildMixedRegister(6)
    const clinic = `clinic-${crypto.randomUUID()}`
    const first = await verifyWithKeptTrail(ctx, {}, { clinicId: clinic, checkpointId: null })
    expect(first.trailUsed).toBe(false)
    expect(first.keptId).toMatch(/^[0-9a-f-]{36}$/)
    const all = await ctx.db.audit.count()
    expect(first.report.checked).toBe(all)

    const checkpoint = first.report.heads
    const second = await verifyWithKeptTrail(ctx, { checkpoint }, { clinicId: clinic, checkpointId: first.keptId })
    expect(second.trailUsed).toBe(true)
    expect(second.report.checked).toBeLessThan(all)
    expect(second.keptId).not.toBe(first.keptId)

    // Another checkpoint's id: the kept trail does not stand for these heads, so every entry is read.
    const other = await verifyWithKeptTrail(ctx, { checkpoint }, { clinicId: clinic, checkpointId: 'not-kept' })
    expect(other.trailUsed).toBe(false)
    expect(other.report.checked).toBe(all)
  })

  it('keeps nothing for a check that found a problem, or without a register to keep it for', async () => {
    const ctx = await buildMixedRegister(6)
    const row = await ctx.db.requests.where('receiptNo').equals('2026-0003').first()
    if (!row) throw new Error('missing row')
    expect((await verifyWithKeptTrail(ctx, {})).keptId).toBeNull()
    await ctx.db.requests.put({ ...row, person: { ...row.person, address: '書き換えた住所' } })
    const found = await verifyWithKeptTrail(ctx, {}, { clinicId: `clinic-${crypto.randomUUID()}`, checkpointId: null })
    expect(found.report.problems).toHaveLength(1)
    expect(found.keptId).toBeNull()
  })
})
