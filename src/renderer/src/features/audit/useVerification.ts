// Runs the 監査記録 check page by page (the window stays usable), with progress, the anchored heads and the
// checkpoint of the last clean check; a failure is shown in Japanese and the buttons come back.
import { useState } from 'react'
import { checkRegister, type IntegrityReport } from '../../db'
import { useActor } from '../../app/session'
import { failureText } from '../../app/failureText'
import { useDb } from '../../app/services'
import { anchoredHeads } from '../../domain/anchor'
import { readAnchor } from '../../platform/anchor'
import { readCheckpoint, writeCheckpoint } from '../../platform/verifiedCheckpoint'

export type VerifyState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; report: IntegrityReport; fromCheckpoint: number | null; seconds: number }
  | { phase: 'failed'; message: string }

export function useVerification() {
  const ctx = useDb()
  const actor = useActor()
  const [state, setState] = useState<VerifyState>({ phase: 'idle' })

  async function run(full: boolean) {
    setState({ phase: 'running', done: 0, total: 0 })
    const started = performance.now()
    const checkpoint = full ? [] : readCheckpoint(ctx.clinicId)
    try {
      const report = await checkRegister(ctx, actor, {
        anchors: anchoredHeads(readAnchor(), ctx.clinicId),
        checkpoint,
        onProgress: (done, total) => {
          setState({ phase: 'running', done, total })
        }
      })
      if (report.problems.length === 0) writeCheckpoint(ctx.clinicId, report.heads)
      const own = checkpoint.find((c) => c.deviceId === ctx.deviceId)
      const seconds = (performance.now() - started) / 1000
      setState({ phase: 'done', report, fromCheckpoint: own?.deviceSeq ?? null, seconds })
    } catch (e) {
      setState({
        phase: 'failed',
        message: `検証を最後まで行えませんでした。${failureText(e, 'audit')}`
      })
    }
  }
  return { state, run }
}
