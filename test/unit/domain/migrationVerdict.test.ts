import { describe, expect, it } from 'vitest'
import { judgeMigratedRegister } from '../../../src/renderer/src/domain/backup/migrationVerdict'

describe('judgeMigratedRegister', () => {
  it.each([
    ['a register with staff and a clean chain', { staff: 2, requests: 40, audit: 210 }, [], true],
    ['a register with no staff at all', { staff: 0, requests: 0, audit: 0 }, [], false],
    ['a chain with a deleted entry', { staff: 1, requests: 3, audit: 9 }, ['4番が削除されています。'], false]
  ])('%s', (_, counts, problems, verified) => {
    const verdict = judgeMigratedRegister({ counts, problems })
    expect(verdict.verified).toBe(verified)
    expect(verdict.detail).toContain(`staff ${String(counts.staff)}`)
  })
})
