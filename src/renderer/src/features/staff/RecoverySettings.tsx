// 設定: whether a 復旧コード exists, and renewing it (a manager; the repository checks) with a new sheet to print.
import { useState } from 'react'
import { hasRecoveryCode, useLiveQuery } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { issueRecoveryCode } from './issueRecoveryCode'
import { RecoveryCodeSheet } from './RecoveryCodeSheet'
import { failureText } from '../../app/failureText'

export function RecoverySettings() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const exists = useLiveQuery(() => hasRecoveryCode(ctx), [ctx])
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  async function renew() {
    setError('')
    try {
      setCode(await issueRecoveryCode(ctx, actor))
    } catch (e) {
      setError(`発行できませんでした。${failureText(e)}`)
    }
  }
  return (
    <section aria-labelledby="recovery-settings-title">
      <h2 id="recovery-settings-title">復旧コード</h2>
      {code !== '' ? (
        <RecoveryCodeSheet code={code} clinic={settings.letterhead.corporationName} onDone={() => setCode('')} />
      ) : (
        <>
          <p>
            {exists === false
              ? '復旧コードがまだ発行されていません。発行して印刷し、金庫に保管してください。'
              : '管理者全員が PIN を使えなくなったときのための復旧コードが発行されています。用紙をなくしたとき、または使ったときは再発行してください(古いコードは使えなくなります)。'}
          </p>
          {error !== '' && (
            <p role="alert" className="error banner">
              {error}
            </p>
          )}
          <button type="button" className="secondary" onClick={() => void renew()}>
            {exists === false ? '復旧コードを発行' : '復旧コードを再発行'}
          </button>
        </>
      )}
    </section>
  )
}
