import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  acquireRegisterLock,
  lockedMessage,
  releaseRegisterLock,
  takeOverRegisterLock
} from '../../../src/main/registerLock'
import type { LockDeps, LockOwner } from '../../../src/main/registerLock'

let dir: string
let file: string
const running = new Set<number>()
/** Seconds since the PC started, as os.uptime() would say now. */
let uptimeNow = 7_200

const fsDeps: LockDeps = {
  createExclusive: (f, text) => writeFileSync(f, text, { flag: 'wx' }),
  readText: (f) => readFileSync(f, 'utf8'),
  remove: (f) => rmSync(f, { force: true }),
  isRunning: (pid) => running.has(pid),
  uptime: () => uptimeNow
}

const sato: LockOwner = { pid: 100, user: 'sato', host: 'RECEPTION-PC', startedAt: '2026-12-01T00:00:00.000Z' }
const suzuki: LockOwner = { pid: 200, user: 'suzuki', host: 'RECEPTION-PC', startedAt: '2026-12-01T01:00:00.000Z' }

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kaiji-lock-'))
  file = path.join(dir, 'register.lock')
  running.clear()
  uptimeNow = 7_200
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('register lock', () => {
  it('is taken by the first session and records pid, user, host and start time', () => {
    expect(acquireRegisterLock(file, sato, fsDeps)).toEqual({ kind: 'acquired', owner: sato })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sato)
  })

  it('refuses a second Windows user while the first one’s app runs, and names who has it', () => {
    running.add(sato.pid)
    acquireRegisterLock(file, sato, fsDeps)
    expect(acquireRegisterLock(file, suzuki, fsDeps)).toEqual({ kind: 'otherSession', owner: sato })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(sato)
    expect(lockedMessage(sato)).toContain('受付簿は別のセッションで開かれています：sato（RECEPTION-PC')
  })

  it('takes over a lock left by a process that is gone (crash, power loss)', () => {
    acquireRegisterLock(file, sato, fsDeps)
    expect(acquireRegisterLock(file, suzuki, fsDeps).kind).toBe('acquired')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(suzuki)
  })

  it('takes over a lock taken before the PC restarted, even when its process id now belongs to another program', () => {
    acquireRegisterLock(file, { ...sato, uptime: 5_000 }, fsDeps)
    running.add(sato.pid) // after the power loss, Windows gave pid 100 to something else
    uptimeNow = 300 // the PC started five minutes ago
    expect(acquireRegisterLock(file, { ...suzuki, uptime: 300 }, fsDeps).kind).toBe('acquired')
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ user: 'suzuki', uptime: 300 })
  })

  it('keeps a lock taken since the PC started while its process runs', () => {
    acquireRegisterLock(file, { ...sato, uptime: 5_000 }, fsDeps)
    running.add(sato.pid)
    uptimeNow = 5_060
    expect(acquireRegisterLock(file, { ...suzuki, uptime: 5_060 }, fsDeps)).toMatchObject({ kind: 'otherSession' })
  })

  it('never judges another PC’s lock stale (data on a network share)', () => {
    acquireRegisterLock(file, { ...sato, host: 'OTHER-PC', uptime: 9_999_999 }, fsDeps)
    expect(acquireRegisterLock(file, suzuki, fsDeps).kind).toBe('otherSession')
  })

  it('reports a lock of the same user as such, and lets that user take it over', () => {
    running.add(sato.pid)
    acquireRegisterLock(file, sato, fsDeps)
    const again = { ...sato, pid: 101, startedAt: '2026-12-01T02:00:00.000Z' }
    expect(acquireRegisterLock(file, again, fsDeps)).toEqual({ kind: 'sameUser', owner: sato })
    expect(takeOverRegisterLock(file, again, fsDeps)).toEqual({ kind: 'acquired', owner: again })
  })

  it('treats an unreadable lock file as held, not stale', () => {
    writeFileSync(file, 'garbage')
    expect(acquireRegisterLock(file, suzuki, fsDeps)).toEqual({ kind: 'otherSession', owner: undefined })
    expect(lockedMessage(undefined)).toContain('別のユーザー')
  })

  it('is released on quit only by its owner', () => {
    running.add(sato.pid)
    acquireRegisterLock(file, sato, fsDeps)
    releaseRegisterLock(file, suzuki, fsDeps)
    expect(existsSync(file)).toBe(true)
    releaseRegisterLock(file, sato, fsDeps)
    expect(existsSync(file)).toBe(false)
  })

  it('passes on file-system errors other than "exists"', () => {
    const denied = {
      ...fsDeps,
      createExclusive: () => {
        throw Object.assign(new Error('access denied'), { code: 'EACCES' })
      }
    }
    expect(() => acquireRegisterLock(file, sato, denied)).toThrow('access denied')
  })
})
