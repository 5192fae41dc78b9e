// After a start that copied 0.1.0's per-user register into the machine-wide folder: the app checks the copy with
// its own code (counts and the whole audit trail) and only then lets main rename the old folder. A copy that
// fails the check keeps the old folder where it was, and everyone sees who to call.
import { useEffect, useState } from 'react'
import { registerCounts, verifyRegister } from '../../db'
import { useDb } from '../../app/services'
import { judgeMigratedRegister } from '../../domain/backup/migrationVerdict'
import { finishMigration, migrationStatus } from '../../platform'
import { logError } from '../../platform/log'

export function MigrationCheck() {
  const ctx = useDb()
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    const run = { stopped: false }
    void (async () => {
      const status = await migrationStatus()
      if (!status.pending) return
      const [report, counts] = await Promise.all([verifyRegister(ctx), registerCounts(ctx)])
      const verdict = judgeMigratedRegister({ counts, problems: report.problems.map((p) => p.message) })
      const result = await finishMigration(verdict)
      if (!run.stopped && !result.finished) setProblem(result.message ?? verdict.detail)
    })().catch((e: unknown) => {
      logError('migration', e instanceof Error ? e.message : String(e))
      if (!run.stopped) setProblem('移した受付簿を確かめられませんでした。')
    })
    return () => {
      run.stopped = true
    }
  }, [ctx])
  if (problem === null) return null
  return (
    <p role="alert" className="error banner">
      以前の版(0.1.0)から移した受付簿を確かめたところ、問題が見つかりました({problem}
      )。以前の版のフォルダーはそのまま残して
      あります。情報システム担当に連絡してください(情報システム担当向けガイド「以前の版(0.1.0)から移す」)。
    </p>
  )
}
