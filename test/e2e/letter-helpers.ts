// Helpers for the letter tests: requests seeded through the app's own repositories (window.__register) up to an
// approved decision, the letter page opened as staff would, and the PDF read back with poppler's tools.
/// <reference types="node" />
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, type Page, type TestInfo } from '@playwright/test'
import type { RegisterHooks as Hooks } from './registerHooks'

export const NOW = new Date('2026-11-25T10:00:00+09:00')

export interface Scenario {
  /** Overrides of the intake (kind, requester, dataCategories …). */
  intake: Record<string, unknown>
  /** 'identityPending' stops at an incomplete identity check; otherwise the decision is submitted and approved. */
  stop?: 'identityPending' | 'awaitingApproval'
  decision?: Record<string, unknown>
  doctorOpinion?: string
}

/** Seeds one request as the first manager and returns its id. */
export async function seedLetterRequest(page: Page, s: Scenario): Promise<string> {
  return page.evaluate(async (s) => {
    const r = (globalThis as unknown as { __register: Hooks }).__register
    const [first] = await r.listStaff(r.ctx)
    if (!first) throw new Error('no staff yet')
    const actor = { id: first.id, name: first.name, role: first.role }
    const intake = {
      receivedOn: '2026-11-20',
      channel: 'post',
      kind: 'disclosure',
      person: {
        name: '山田 太郎',
        nameKana: 'ヤマダ タロウ',
        birthDate: '1980-04-01',
        patientNo: '',
        postalCode: '105-0001',
        address: '東京都港区虎ノ門1-2-3',
        phone: '',
        email: ''
      },
      requester: {
        type: 'self',
        agentName: '',
        agentKana: '',
        relation: '',
        postalCode: '',
        address: '',
        phone: '',
        email: ''
      },
      dataCategories: ['appointments'],
      dataOther: '',
      requestGrounds: [],
      disclosureMethod: null,
      fee: null,
      details: '',
      ...s.intake
    }
    const { deadline } = await r.loadSettings(r.ctx)
    const { id } = await r.createRequest(r.ctx, actor, intake, deadline)
    const event = (e: unknown) => r.applyRequestEvent(r.ctx, actor, id, e)
    if (s.stop === 'identityPending') {
      await event({
        type: 'recordIdentity',
        check: { method: 'counter', documents: [], result: 'incomplete', note: '' }
      })
      return id
    }
    // What suffices at the counter for each requester (the state machine refuses 確認済 with less).
    const enough: Record<string, string[]> = {
      self: ['driversLicense'],
      voluntaryAgent: ['driversLicense', 'powerOfAttorney', 'agentId'],
      legalAgent: ['familyRegister', 'agentId'],
      bereaved: ['driversLicense', 'relationshipProof', 'deathProof', 'agentId']
    }
    if (intake.kind === 'complaint' || intake.kind === 'inquiry') await event({ type: 'skipIdentity' })
    else
      await event({
        type: 'recordIdentity',
        check: { method: 'counter', documents: enough[intake.requester.type] ?? [], result: 'verified', note: '' }
      })
    await event({
      type: 'saveInvestigation',
      investigation: {
        searched: '電子カルテ・予約システム',
        found: '該当記録を確認',
        doctorOpinion: s.doctorOpinion ?? '',
        doctorName: s.doctorOpinion ? '田中 医師' : ''
      }
    })
    await event({
      type: 'submitDecision',
      decision: {
        outcome: 'fullDisclosure',
        groundIds: [],
        reason: '',
        withheldParts: '',
        actionTaken: '',
        methodChangedToPaper: false,
        methodChangeReason: '',
        disclosureDate: '',
        ...s.decision
      }
    })
    if (s.stop === 'awaitingApproval') return id
    await event({ type: 'approve', comment: '' })
    return id
  }, s)
}

/** window.print does nothing in a test; it counts calls so a test can tell the letter was sent to print. */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __printed: number; print: () => void }
    w.__printed = 0
    w.print = () => {
      w.__printed += 1
    }
  })
}

export async function printCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { __printed: number }).__printed)
}

/** Opens the request's page (a hash route: the session stays logged in). */
export async function openRequestPage(page: Page, id: string): Promise<void> {
  await page.evaluate((id) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = `#/requests/${id}`
  }, id)
  await expect(page.getByRole('heading', { name: /^2026-\d{4} / })).toBeVisible()
}

export interface PdfReport {
  path: string
  text: string
  /** The text with every space and line break removed, so wrapped sentences compare whole. */
  flat: string
  pages: number
  pageSize: string
  fonts: string
}

/** The letter page printed to PDF through print media, as the desktop's save-as-PDF does, and read back. */
export async function letterPdf(page: Page, testInfo: TestInfo, name: string): Promise<PdfReport> {
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() =>
    (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready.then(
      () => undefined
    )
  )
  // The sheet itself is on the page at the moment of printing (a busy machine can still be drawing it); the request
  // page's own article is not a sheet.
  await expect(page.locator('.letter-sheet, .paper-sheet, article:not(.request)').first()).toBeVisible()
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.emulateMedia({ media: 'screen' })
  const path = testInfo.outputPath(`${name}.pdf`)
  writeFileSync(path, pdf)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? ''
  return { path, text, flat: flatten(text), pages, pageSize, fonts }
}

export function flatten(s: string): string {
  return s.replace(/\s+/g, '')
}

/** Copies a PDF's pages as PNG for a person to look at (pdftoppm -png -r 80). */
export function pdfToPng(pdfPath: string, outPrefix: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '80', pdfPath, outPrefix])
}
