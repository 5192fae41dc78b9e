// The printed 復旧コード sheet for the clinic's safe. The code is shown this once; only its hash is stored.
import { useState } from 'react'
import { printPage } from '../../platform'

export function RecoveryCodeSheet({
  code,
  clinic,
  onDone,
  asPage = false
}: {
  code: string
  clinic: string
  onDone: () => void
  /** The first start shows it as its own page (h1); in 設定 it sits under the section's heading. */
  asPage?: boolean
}) {
  const Heading = asPage ? 'h1' : 'h3'
  const [error, setError] = useState('')
  async function print() {
    setError('')
    try {
      await printPage({ layout: 'letter', silent: false })
    } catch (e) {
      setError(
        `印刷できませんでした。プリンターを確かめてもう一度押してください。(${e instanceof Error ? e.message : String(e)})`
      )
    }
  }
  return (
    <section className="recovery-sheet" aria-labelledby="recovery-title">
      <Heading id="recovery-title" tabIndex={-1}>
        {asPage ? '復旧コード' : '新しい復旧コード'}
      </Heading>
      <p>{clinic} 開示等請求 受付簿</p>
      <p className="recovery-code" aria-label="復旧コード">
        {code}
      </p>
      <p>
        管理者全員が PIN を忘れたとき、またはロックされたときに、ログイン画面の「PIN
        を忘れたとき」からこのコードで管理者の PIN を再設定できます。使ったことは監査記録に残ります。
      </p>
      <p>この用紙は金庫など鍵のかかる場所に保管してください。このコードは二度と表示されません。</p>
      {error !== '' && (
        <p role="alert" className="error banner no-print">
          {error}
        </p>
      )}
      <div className="actions no-print">
        <button type="button" onClick={() => void print()}>
          印刷する
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          印刷して保管しました
        </button>
      </div>
    </section>
  )
}
