// Benchmark: a 10,000-row Shift_JIS ledger (as Japanese Excel saves it) brought in through the import screen, as a
// manager would: choose the file, wait for every row to be checked, press import, wait for the done message.
// Prints the figures; never fails on time. BENCH_IMPORT_ROWS changes the size.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import Encoding from 'encoding-japanese'
import { serveWebBuild } from './webServer.mjs'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)
const PORT = Number(process.env.BENCH_PORT ?? 4176)
const env = { ...process.env, WEB_OUT_DIR: 'out/web-bench-import', E2E_PORT: String(PORT) }
const PIN = '2468'

const families = [
  ['山田', 'ヤマダ'],
  ['佐藤', 'サトウ'],
  ['鈴木', 'スズキ'],
  ['高橋', 'タカハシ'],
  ['田中', 'タナカ']
]
const givens = [
  ['太郎', 'タロウ'],
  ['花子', 'ハナコ'],
  ['健', 'ケン'],
  ['美咲', 'ミサキ']
]
const kinds = ['保有個人データの開示', '利用目的の通知', '訂正・追加・削除', '苦情']
const lines = [
  ['No.', '受付日', '種別', '氏名', 'フリガナ', '生年月日', '開示方法', '対象', '状態', '通知日'].join(',')
]
for (let i = 0; i < ROWS; i += 1) {
  const [f, fk] = families[i % families.length]
  const [g, gk] = givens[(i * 7) % givens.length]
  const month = (i % 12) + 1
  const day = (i % 27) + 1
  const closed = i % 3 !== 0
  lines.push(
    [
      `L-${i + 1}`,
      `${2020 + (i % 5)}/${month}/${day}`,
      kinds[i % kinds.length],
      `${f} ${g}`,
      `${fk} ${gk}`,
      `19${50 + (i % 50)}/${month}/${day}`,
      i % kinds.length === 0 ? '書面の交付' : '',
      '予約履歴',
      closed ? '完了' : '対応中',
      closed ? `${2020 + (i % 5)}/${month}/${Math.min(day + 1, 28)}` : ''
    ].join(',')
  )
}
const dir = mkdtempSync(path.join(tmpdir(), 'ledger-'))
const file = path.join(dir, `ledger-${ROWS}.csv`)
writeFileSync(
  file,
  Uint8Array.from(Encoding.convert(Encoding.stringToCode(lines.join('\r\n')), { to: 'SJIS', from: 'UNICODE' }))
)

const { ready: waitForServer, stop: stopServer } = serveWebBuild(env)

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
})
try {
  await waitForServer(`http://127.0.0.1:${PORT}/`)
  const page = await (await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage()
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await page.getByRole('textbox', { name: '氏名(表示名)' }).fill('計測 管理')
  await page.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(PIN)
  await page.getByRole('textbox', { name: 'PIN(確認)' }).fill(PIN)
  await page.getByRole('button', { name: '登録して始める' }).click()
  // The 復旧コード sheet comes once after the first manager is registered.
  await page.getByRole('button', { name: '印刷して保管しました' }).click()
  await page.getByRole('navigation').getByRole('link', { name: '台帳の取込' }).click()

  const t0 = Date.now()
  await page.getByLabel('台帳ファイル(CSV・Excel)').setInputFiles(file)
  const button = page.getByRole('button', { name: `${ROWS}件を取り込む` })
  await button.waitFor({ timeout: 300_000 })
  const checkedMs = Date.now() - t0
  const t1 = Date.now()
  await button.click()
  await page.getByText(`${ROWS}件を取り込みました。`).waitFor({ timeout: 600_000 })
  const importMs = Date.now() - t1
  console.log(
    `import: ${ROWS.toLocaleString()} Shift_JIS rows read and checked in ${(checkedMs / 1000).toFixed(1)} s; ` +
      `imported (numbers, audit entries, closed past requests) in ${(importMs / 1000).toFixed(1)} s ` +
      `(${((importMs / ROWS) * 1000).toFixed(0)} µs/row)`
  )
} finally {
  await browser.close()
  stopServer()
}
