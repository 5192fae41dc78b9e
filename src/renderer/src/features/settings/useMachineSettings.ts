// The machine's folders and backup timing from main, read once per visit of 設定.
import { useEffect, useState } from 'react'
import type { MachineSettings, MachineSettingKey } from '../../../../shared/machinePolicy'
import { machineSettings } from '../../platform'

export type MachineSettingsState =
  | { status: 'loading' }
  | { status: 'browser' }
  | { status: 'loaded'; settings: MachineSettings }
  | { status: 'failed'; message: string }

export function useMachineSettings(): MachineSettingsState {
  const [state, setState] = useState<MachineSettingsState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    machineSettings().then(
      (settings) => {
        if (current) setState(settings ? { status: 'loaded', settings } : { status: 'browser' })
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
      }
    )
    return () => {
      current = false
    }
  }, [])
  return state
}

/** Whether IT's policy fixed this value, so 設定 must not offer to change it. */
export function isFixedByPolicy(state: MachineSettingsState, key: MachineSettingKey): boolean {
  return state.status === 'loaded' && state.settings.fromPolicy.includes(key)
}
