// Runs the 監査記録 check page by page (the window stays usable), with progress, the anchored heads and the
// checkpoint of the last clean check with the trail kept with it (then only entries written since are read);
// a failure is shown in Japanese and the buttons come back.
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
  | {
      phase: 'done'
      report: Omit<IntegrityReport, 'trail'>
      fromCheckpoint: number | null
      /** Entries before the checkpoint were not read (the trail kept with it stood for them). */
      trailKept: boolean
      seconds: number
      /** A worker, or the window's own thread when no worker could do it (shown to tests, not to staff). */
      ranIn: 'worker' | 'page'
    }
  | { phase: 'failed'; message: string }

export function useVerification() {
  const ctx = useDb()
  const actor = useActor()
  const [state, setState] = useState<VerifyState>({ phase: 'idle' })

  async function run(full: boolean) {
    setState({ phase: 'running', done: 0, total: 0 })
    const started = performance.now()
    const kept = full ? { heads: [], id: null } : readCheckpoint(ctx.clinicId)
    const checkpoint = kept.heads
    try {
      // The kept trail is read and the new one kept where the check runs (its worker), not in the window.
      const { check, ranIn } = await checkRegister(
        ctx,
        actor,
        {
          anchors: anchoredHeads(readAnchor(), ctx.clinicId),
          checkpoint,
          onProgress: (done, total) => {
            setState({ phase: 'running', done, total })
          }
        },
        { clinicId: ctx.clinicId, checkpointId: kept.id }
      )
      const { report } = check
      if (report.problems.length === 0) writeCheckpoint(ctx.clinicId, report.heads, check.keptId)
      const own = checkpoint.find((c) => c.deviceId === ctx.deviceId)
      const seconds = (performance.now() - started) / 1000
      setState({
        phase: 'done',
        report,
        fromCheckpoint: own?.deviceSeq ?? null,
        trailKept: check.trailUsed,
        seconds,
        ranIn
      })
    } catch (e) {
      setState({
        phase: 'failed',
        message: `検証を最後まで行えませんでした。${failureText(e, 'audit')}`
      })
    }
  }
  return { state, run }
}
