import { describe, expect, it } from 'vitest'
import { MAX_DETAIL, createLogService } from '../../../src/main/log'
import { contract } from '../../../src/shared/ipc'

describe("the renderer's failures in IT's log", () => {
  it('writes one line naming where it happened', async () => {
    const lines: string[] = []
    const service = createLogService({ write: (l) => lines.push(l) })
    expect(await service['log:error']({ where: 'route', detail: 'TypeError: x is undefined' }, noContext())).toEqual({
      logged: true
    })
    expect(lines).toEqual(['[renderer:route] TypeError: x is undefined'])
  })

  it('cuts a long detail and says how long it was', async () => {
    const lines: string[] = []
    const service = createLogService({ write: (l) => lines.push(l) })
    await service['log:error']({ where: 'shell', detail: 'x'.repeat(MAX_DETAIL + 10) }, noContext())
    expect(lines[0]).toHaveLength('[renderer:shell] '.length + MAX_DETAIL + `…(${MAX_DETAIL + 10}文字)`.length)
  })

  it('refuses arguments outside the contract before any handler runs', () => {
    const args = contract['log:error'].args
    expect(args.safeParse({ where: '', detail: 'x' }).success).toBe(false)
    expect(args.safeParse({ where: 'route', detail: 'x'.repeat(20_001) }).success).toBe(false)
    expect(args.safeParse({ where: 'route', detail: 'ok' }).success).toBe(true)
  })
})

function noContext(): never {
  return undefined as never
}
