// 台帳の取込 (managers): choose the old ledger (CSV in UTF-8 or Shift_JIS, or .xlsx), map its columns, check every
// row with the intake's own rules, and import in one audited step with a progress bar.
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { importLedger } from '../../db'
import { useDb } from '../../app/services'
import { useActor } from '../../app/session'
import { useSettings } from '../../app/useSettings'
import { useToday } from '../../app/useToday'
import { guessMapping, mappingByHeading, type ColumnMapping } from '../../domain/import/ledgerFields'
import { parseLedgerRow, type LedgerRecord } from '../../domain/import/ledgerRow'
import { MappingTable } from './MappingTable'
import { PreviewTable } from './PreviewTable'
import { readLedgerFile, type LedgerTable } from './readLedgerFile'
import { loadRememberedMapping, rememberMapping } from './rememberedMapping'
import './import.css'
import { failureText } from '../../app/failureText'

export function ImportPage() {
  const ctx = useDb()
  const actor = useActor()
  const settings = useSettings()
  const today = useToday()
  const [file, setFile] = useState<{ name: string; table: LedgerTable } | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping | null>(null)
  const [excluded, setExcluded] = useState<ReadonlySet<number>>(new Set())
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const results = useMemo(
    () => (file && mapping ? file.table.rows.map((cells) => parseLedgerRow(cells, mapping, today)) : []),
    [file, mapping, today]
  )
  if (actor.role !== 'manager')
    return <p role="alert">台帳の取込は管理者だけが行えます。管理者でログインしてください。</p>

  const bad = results.filter((r) => !r.ok).length
  const unresolved = results.filter((r, i) => !r.ok && !excluded.has(i)).length
  const ready: LedgerRecord[] = results.flatMap((r, i) => (r.ok && !excluded.has(i) ? [r.record] : []))
  const busy = progress !== null && progress.done < progress.total

  async function choose(f: File | undefined) {
    setMessage(null)
    setFile(null)
    setExcluded(new Set())
    setProgress(null)
    if (!f) return
    try {
      const table = await readLedgerFile(f)
      setFile({ name: f.name, table })
      setMapping(guessMapping(table.headers, loadRememberedMapping()))
    } catch (e) {
      setMessage({ ok: false, text: `ファイルを読めませんでした。${e instanceof Error ? e.message : String(e)}` })
    }
  }

  async function run() {
    if (!file || !mapping) return
    rememberMapping(mappingByHeading(mapping, file.table.headers))
    setMessage(null)
    setProgress({ done: 0, total: ready.length })
    try {
      const n = await importLedger(
        ctx,
        actor,
        ready,
        settings.deadline,
        (done) => setProgress({ done, total: ready.length }),
        file.name
      )
      setMessage({
        ok: true,
        text: `${n}件を取り込みました。受付番号は受付日の年ごとに新しく付け、台帳の番号は別に残しています。`
      })
      setFile(null)
    } catch (e) {
      setProgress(null)
      setMessage({
        ok: false,
        text: `取り込めませんでした。途中までの分は受付簿に入っています。受付簿を確かめてから、残りの行だけのファイルで取り込み直してください。${failureText(e)}`
      })
    }
  }

  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">台帳の取込</h1>
      <p className="hint">
        これまでの受付簿(Excel)を取り込みます。Excel の「名前を付けて保存」で CSV か .xlsx
        にしたファイルを選んでください。
      </p>
      <label className="import-file">
        台帳ファイル(CSV・Excel)
        <input
          type="file"
          accept=".csv,.txt,.xlsx"
          disabled={busy}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {message !== null &&
        (message.ok ? (
          <p role="status" className="notice">
            {message.text} <Link to="/register">受付簿を開く</Link>
          </p>
        ) : (
          <p role="alert" className="error banner">
            {message.text}
          </p>
        ))}
      {progress !== null && (
        <p>
          <progress aria-label="取込の進み具合" value={progress.done} max={progress.total} /> {progress.done} /{' '}
          {progress.total}件
        </p>
      )}
      {file && mapping && (
        <>
          <p role="status" aria-label="読み込んだ台帳">
            {file.name}({file.table.source})から {file.table.rows.length}行を読み込みました。
          </p>
          <h2>列の対応</h2>
          <MappingTable
            headers={file.table.headers}
            mapping={mapping}
            onChange={(id, column) => setMapping({ ...mapping, [id]: column })}
          />
          <h2>確認</h2>
          <p aria-live="polite">
            取り込める行 {ready.length}件 / 誤りのある行 {bad}件{excluded.size > 0 && `(除外 ${excluded.size}件)`}
          </p>
          {unresolved > 0 && (
            <p className="hint">
              誤りのある行は、台帳を直して選び直すか、「除外」にしてください。すべて片付くまで取り込めません。
              <button
                type="button"
                className="secondary"
                onClick={() => setExcluded(new Set(results.flatMap((r, i) => (r.ok ? [] : [i]))))}
              >
                誤りのある行をすべて除外
              </button>
            </p>
          )}
          <PreviewTable
            results={results}
            excluded={excluded}
            onToggle={(i) => {
              const next = new Set(excluded)
              if (!next.delete(i)) next.add(i)
              setExcluded(next)
            }}
          />
          <div className="actions">
            <button type="button" disabled={busy || unresolved > 0 || ready.length === 0} onClick={() => void run()}>
              {ready.length}件を取り込む
            </button>
          </div>
        </>
      )}
    </section>
  )
}
