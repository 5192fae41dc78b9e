// Which requests cite a leak: the policy's 利用停止等 grounds (5)–(8) are the four reportable situations of 規則7条.
import type { RequestRecord } from '../request'

export const LEAK_GROUND_IDS = ['suspension-5', 'suspension-6', 'suspension-7', 'suspension-8'] as const

export function citesLeak(request: Pick<RequestRecord, 'requestGrounds'>): boolean {
  return request.requestGrounds.some((g) => (LEAK_GROUND_IDS as readonly string[]).includes(g))
}

export function whyNotLinkable(request: Pick<RequestRecord, 'requestGrounds' | 'receiptNo'>): string | null {
  return citesLeak(request)
    ? null
    : `${request.receiptNo} は利用停止等の事由(5)〜(8)(漏えい等)を挙げていないため、事案に紐づけられません。`
}
