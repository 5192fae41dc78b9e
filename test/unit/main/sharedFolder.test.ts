import { describe, expect, it, vi } from 'vitest'
import { ensureSharedFolder } from '../../../src/main/sharedFolder'

function deps(created: string | undefined, platform: NodeJS.Platform = 'win32') {
  return { mkdir: vi.fn(() => created), icacls: vi.fn(), platform, log: vi.fn() }
}

describe('shared data folder', () => {
  it('lets every local user modify a data folder the app creates on Windows (Users by SID, inherited)', () => {
    const d = deps('C:\\ProgramData\\KaijiUketsukebo')
    ensureSharedFolder('C:\\ProgramData\\KaijiUketsukebo\\data', d)
    expect(d.mkdir).toHaveBeenCalledWith('C:\\ProgramData\\KaijiUketsukebo\\data')
    // Only the data folder: the parent holds policy.json, which only administrators may change.
    expect(d.icacls).toHaveBeenCalledWith([
      'C:\\ProgramData\\KaijiUketsukebo\\data',
      '/grant',
      '*S-1-5-32-545:(OI)(CI)M',
      '/Q'
    ])
  })

  it('leaves the permissions of an existing folder (set by the installer or IT) alone', () => {
    const d = deps(undefined)
    ensureSharedFolder('C:\\ProgramData\\KaijiUketsukebo\\data', d)
    expect(d.icacls).not.toHaveBeenCalled()
  })

  it('logs, and still starts, when the permissions cannot be granted', () => {
    const d = deps('D:\\Kaiji')
    d.icacls.mockImplementation(() => {
      throw new Error('icacls failed')
    })
    expect(() => ensureSharedFolder('D:\\Kaiji', d)).not.toThrow()
    expect(d.log).toHaveBeenCalledWith(expect.stringContaining('icacls failed'))
  })

  it('runs no icacls off Windows', () => {
    const d = deps('/tmp/kaiji', 'linux')
    ensureSharedFolder('/tmp/kaiji', d)
    expect(d.icacls).not.toHaveBeenCalled()
  })
})
