// The register as printed: the document the 印刷 button puts in the page is laid out by Chromium's print engine
// into a PDF and read back with poppler: A4 landscape, every row, the header on the first page and 「n / N」 on each.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { startAsFirstManager } from './helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

const COUNT = 45

test('the printed register is A4 landscape with every row and a page number on every page', async ({
  page,
  browser
}, testInfo) => {
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00+09:00'))
  await page.addInitScript(() => {
    // 印刷 in a browser calls window.print(): keep the page as it was at that moment, without the app's scripts.
    const w = globalThis as unknown as {
      printedHtml: string[]
      print: () => void
      document: { documentElement: { outerHTML: string } }
    }
    w.printedHtml = []
    w.print = () => {
      w.printedHtml.push(w.document.documentElement.outerHTML.replace(/<script[\s\S]*?<\/script>/gu, ''))
    }
  })
  await startAsFirstManager(page)
  await page.evaluate(async (count) => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [manager] = await r.listStaff(r.ctx)
    if (!manager) throw new Error('no manager')
    const blank = { postalCode: '', address: '', phone: '', email: '' }
    const rule = { days: 14, mode: 'calendar', closedWeekdays: [], closedDates: [] }
    for (let i = 1; i <= count; i++) {
      await r.createRequest(
        r.ctx,
        manager,
        {
          receivedOn: '2026-11-20',
          channel: 'counter',
          kind: 'disclosure',
          person: { name: `患者 ${String(i)}`, nameKana: 'カンジャ', birthDate: '1980-04-01', patientNo: '', ...blank },
          requester: { type: 'self', agentName: '', agentKana: '', relation: '', ...blank },
          dataCategories: ['appointments'],
          dataOther: '',
          requestGrounds: [],
          disclosureMethod: 'paper',
          fee: null,
          details: ''
        },
        rule
      )
    }
  }, COUNT)
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await expect(page.getByText(`${String(COUNT)}件`, { exact: true })).toBeVisible()
  await page.getByRole('button', { name: '印刷', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: '印刷しました' })).toBeVisible()
  const [html = ''] = await page.evaluate(() => (globalThis as unknown as { printedHtml: string[] }).printedHtml)
  expect(html).toContain('rp-doc')

  // The same page, on the same origin so its stylesheets load, printed to PDF.
  const sheet = await browser.newPage()
  await sheet.goto(page.url().split('#')[0] ?? '/')
  await sheet.setContent(html, { waitUntil: 'load' })
  await sheet.evaluate(() =>
    (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready.then(
      () => undefined
    )
  )
  await sheet.emulateMedia({ media: 'print' })
  const pdfPath = testInfo.outputPath('register.pdf')
  writeFileSync(pdfPath, await sheet.pdf({ preferCSSPageSize: true, printBackground: true }))
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1])
  expect(/^Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/mu.test(info), info).toBe(true)
  expect(pages).toBeGreaterThanOrEqual(2)
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  const perPage = text.split('\f').filter((p) => p.trim() !== '')
  expect(perPage).toHaveLength(pages)
  perPage.forEach((p, i) => {
    // The page number is drawn in the bottom margin (@page register-list); pdftotext closes up its spaces.
    expect(p.replace(/\s/gu, '')).toContain(`${String(i + 1)}/${String(pages)}`)
    expect(p).toContain('受付番号')
  })
  expect(perPage[0]).toContain('開示等請求 受付簿')
  for (let i = 1; i <= COUNT; i++) expect(text).toContain(`2026-${String(i).padStart(4, '0')}`)
  // Names go on paper as on screen: hidden (伏せ字) unless a manager has chosen to show them.
  expect(text).toContain('患者 ○○')
  expect(text).toContain('氏名は伏せ字')
  await sheet.close()
})
