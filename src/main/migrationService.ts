// The renderer's side of a move from 0.1.0: it asks whether a copied register waits for its check, checks it
// (counts and audit chain, with the app's own code), and reports; only a verified copy lets the old folder go.
import type { Handlers } from './ipc'
import type { MigrationResult, MigrationVerdict } from './migration'

export interface MigrationServiceDeps {
  initial: MigrationResult
  finish: (copied: Extract<MigrationResult, { kind: 'copied' }>, verdict: MigrationVerdict) => MigrationResult
  /** Records the outcome for IT (the migration record in the logs folder, or the log line of a failed check). */
  onFinished: (result: MigrationResult, verdict: MigrationVerdict) => void
}

export function createMigrationService(
  deps: MigrationServiceDeps
): Pick<Handlers, 'migration:status' | 'migration:finish'> {
  let state = deps.initial
  return {
    'migration:status': () =>
      Promise.resolve(state.kind === 'copied' ? { pending: true, files: state.files } : { pending: false, files: 0 }),
    'migration:finish': (verdict) => {
      if (state.kind !== 'copied') return Promise.resolve({ finished: false, keptAs: null, message: null })
      const result = deps.finish(state, verdict)
      state = result
      deps.onFinished(result, verdict)
      return Promise.resolve(
        result.kind === 'migrated'
          ? { finished: true, keptAs: result.keptAs, message: null }
          : { finished: false, keptAs: null, message: result.kind === 'failed' ? result.message : null }
      )
    }
  }
}
