// Helpers for the record screens' tests: requests seeded through the app's own repositories.
import type { Page } from '@playwright/test'
import type { RegisterHooks as Hooks } from './registerHooks'

/** A request of `kind` by the person themself, with the grounds they invoke (e.g. suspension-5 for a leak). */
export async function seedKindRequest(
  page: Page,
  opts: { name: string; receivedOn: string; kind: string; grounds?: string[]; medical?: boolean }
): Promise<{ id: string; receiptNo: string }> {
  return page.evaluate(
    async ({ name, receivedOn, kind, grounds, medical }) => {
      const r = (globalThis as unknown as { __register: Hooks }).__register
      const [first] = await r.listStaff(r.ctx)
      if (!first) throw new Error('no staff yet')
      const actor = { id: first.id, name: first.name, role: first.role }
      const asksMethod = kind === 'disclosure' || kind === 'thirdPartyRecord'
      const intake = {
        receivedOn,
        channel: 'counter',
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
        requester: { type: 'self', agentName: '', agentKana: '', relation: '' },
        dataCategories: medical ? ['medicalRecord'] : ['appointments'],
        dataOther: '',
        requestGrounds: grounds,
        disclosureMethod: asksMethod ? 'paper' : null,
        fee: null,
        details: ''
      }
      const { deadline } = await r.loadSettings(r.ctx)
      return r.createRequest(r.ctx, actor, intake, deadline)
    },
    { ...opts, grounds: opts.grounds ?? [], medical: opts.medical ?? false }
  )
}
