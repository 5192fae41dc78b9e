// 設定's read-only view of where this PC keeps the register and its backups. IT sets these in policy.json
// (docs/it.md); a value the policy fixed is marked as such and cannot be changed from the app.
import type { MachineSettingKey, MachineValues } from '../../../../shared/machinePolicy'
import { Badge } from '../../ui/Badge'
import { isFixedByPolicy, useMachineSettings } from './useMachineSettings'
import './machineSettings.css'

const ROWS: readonly { key: MachineSettingKey; label: string; show: (v: MachineValues) => string }[] = [
  { key: 'dataDir', label: '受付簿のデータフォルダー', show: (v) => v.dataDir },
  { key: 'backupDir', label: 'バックアップの保存先', show: (v) => v.backupDir },
  { key: 'backupIntervalMinutes', label: '自動バックアップの間隔', show: (v) => `${v.backupIntervalMinutes} 分ごと` },
  { key: 'keepHourlyHours', label: 'すべてのバックアップを残す期間', show: (v) => `${v.keepHourlyHours} 時間` },
  { key: 'keepDailyDays', label: '1 日 1 件を残す期間', show: (v) => `${v.keepDailyDays} 日` },
  { key: 'keepMonthlyMonths', label: '1 か月 1 件を残す期間', show: (v) => `${v.keepMonthlyMonths} か月` }
]

export function MachineSettingsPanel() {
  const state = useMachineSettings()
  // A plain browser has no machine folders to show.
  if (state.status === 'browser' || state.status === 'loading') return null
  return (
    <section aria-labelledby="machine-settings-title">
      <h2 id="machine-settings-title">この PC の保存場所とバックアップ</h2>
      {state.status === 'failed' ? (
        <p role="alert" className="error">
          保存場所の設定を読み込めませんでした。アプリを再起動してください。続く場合は情報システム担当に連絡してください。（
          {state.message}）
        </p>
      ) : (
        <>
          <table className="machine-settings">
            <thead>
              <tr>
                <th scope="col">項目</th>
                <th scope="col">値</th>
                <th scope="col">設定元</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td>{row.show(state.settings.values)}</td>
                  <td>
                    {isFixedByPolicy(state, row.key) ? (
                      <Badge tone="warning">IT のポリシーで設定されています(ここでは変更できません)</Badge>
                    ) : (
                      <Badge tone="neutral">既定値</Badge>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">これらは情報システム担当がポリシーファイル({state.settings.policyFile})で設定します。</p>
        </>
      )}
    </section>
  )
}
