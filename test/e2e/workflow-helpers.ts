// Helpers for the workflow tests: staff set up through 設定, switching logins, and requests seeded through
// the app's own repositories (window.__register).
import { expect, type Locator, type Page } from '@playwright/test'
import { login, RECEPTION } from './helpers'
import type { RegisterHooks as Hooks } from './registerHooks'

type Who = { name: string; pin: string }

/** A manager adds '鈴木 受付' (受付, PIN 1357) through the staff form in 設定. */
export async function addReceptionInSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '設定' }).click()
  const form = page.getByRole('form', { name: '職員の追加' })
  await form.getByRole('textbox', { name: '氏名(表示名)' }).fill(RECEPTION.name)
  await form.getByRole('combobox', { name: '役割' }).selectOption({ label: '受付' })
  await form.getByRole('textbox', { name: 'PIN(数字4〜8桁)' }).fill(RECEPTION.pin)
  await form.getByRole('textbox', { name: 'PIN(確認)' }).fill(RECEPTION.pin)
  await form.getByRole('button', { name: '職員を追加' }).click()
  await expect(page.getByText(`${RECEPTION.name} を登録しました。`)).toBeVisible()
}

/** Locks the screen and logs in as someone else, as two people sharing the counter PC would. */
/**
 * Locks and logs in as another staff member. The app starts them on the home page (never on the previous
 * user's screen); the test then opens the page it was working on again, as that staff member would.
 */
export async function switchTo(page: Page, who: Who): Promise<void> {
  const before = await page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)
  await page.getByRole('button', { name: 'ロック' }).click()
  await login(page, who)
  await expect(page.getByText(`${who.name}(`)).toBeVisible()
  await expect(page.getByRole('heading', { name: '今日の受付簿', level: 1 })).toBeVisible()
  if (before !== '' && before !== '#/') {
    await page.evaluate((hash) => {
      ;(globalThis as unknown as { location: { hash: string } }).location.hash = hash
    }, before)
  }
}

/** The value shown beside 状態 in the request's summary. */
export function statusValue(page: Page): Locator {
  return page.getByText('状態', { exact: true }).locator('xpath=following-sibling::dd')
}

export function workflowPanel(page: Page): Locator {
  return page.getByRole('region', { name: '対応' })
}

export type SeedStep = 'received' | 'onHold' | 'investigating' | 'awaitingApproval'

/** Creates a disclosure request by the person themself (as the first staff member) and works it to `step`. */
export async function seedRequest(
  page: Page,
  opts: {
    name: string
    receivedOn: string
    step: SeedStep
    medical?: boolean
    kind?: 'disclosure' | 'complaint'
    channel?: 'counter' | 'post' | 'phone'
  }
): Promise<{ id: string; receiptNo: string }> {
  return page.evaluate(
    async ({ name, receivedOn, step, medical, kind, channel }) => {
      const r = (globalThis as unknown as { __register: Hooks }).__register
      const [first] = await r.listStaff(r.ctx)
      if (!first) throw new Error('no staff yet')
      const actor = { id: first.id, name: first.name, role: first.role }
      const intake = {
        receivedOn,
        channel,
        kind,
        person: {
          name,
          nameKana: 'シケン',
          birthDate: '1980-04-01',
          patientNo: '',
          postalCode: '',
          address: '',
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
        dataCategories: kind === 'complaint' ? [] : medical ? ['medicalRecord'] : ['appointments'],
        dataOther: '',
        requestGrounds: [],
        disclosureMethod: kind === 'complaint' ? null : 'electronic',
        fee: null,
        details: ''
      }
      const { deadline } = await r.loadSettings(r.ctx)
      const created = await r.createRequest(r.ctx, actor, intake, deadline)
      if (step === 'received') return created
      if (step === 'onHold') {
        await r.applyRequestEvent(r.ctx, actor, created.id, { type: 'hold', reason: '本人確認書類の到着待ち' })
        return created
      }
      await r.applyRequestEvent(r.ctx, actor, created.id, {
        type: 'recordIdentity',
        check: { method: 'counter', documents: ['driversLicense'], result: 'verified', note: '' }
      })
      await r.applyRequestEvent(r.ctx, actor, created.id, {
        type: 'saveInvestigation',
        investigation: { searched: '予約システム', found: '予約履歴3件', doctorOpinion: '', doctorName: '' }
      })
      if (step === 'investigating') return created
      await r.applyRequestEvent(r.ctx, actor, created.id, {
        type: 'submitDecision',
        decision: {
          outcome: 'partialDisclosure',
          groundIds: ['nonDisclosure-2'],
          reason: '業務に著しい支障があるため',
          withheldParts: '院内の検討メモ',
          actionTaken: '',
          methodChangedToPaper: false,
          methodChangeReason: '',
          disclosureDate: ''
        }
      })
      return created
    },
    { ...opts, medical: opts.medical ?? false, kind: opts.kind ?? 'disclosure', channel: opts.channel ?? 'counter' }
  )
}

/** Opens a request's page by its 受付番号 from the register. */
export async function openRequest(page: Page, receiptNo: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: '受付簿' }).click()
  await page.getByRole('link', { name: receiptNo }).click()
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(receiptNo) })).toBeVisible()
}

/** Saves a screenshot when WF_SHOTS names a folder (for looking at the screens, not for asserting). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.WF_SHOTS
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true })
}
