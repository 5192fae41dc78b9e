/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import {
  ALTERNATIVE_MEASURE_CLAUSE,
  GROUND_SETS,
  GROUNDS,
  groundsOf,
  quoteGround
} from '../../../src/renderer/src/domain/grounds'
import { readPolicyText } from '../policyText'

const policy = readPolicyText()
const lines = policy.split(/\r?\n/).map((l) => l.trim())

const ITEM = /^- \((\d+)\)(.+)$/

/** The paragraph text and the '- (n)…' items listed under a heading line of the policy. */
function section(heading: string): { body: string; items: { number: number; text: string }[] } {
  const start = lines.indexOf(heading)
  if (start < 0) throw new Error(`heading 「${heading}」 not found in the policy`)
  const body: string[] = []
  const items: { number: number; text: string }[] = []
  for (const line of lines.slice(start + 1)) {
    if (line === '') continue
    const m = ITEM.exec(line)
    if (m) {
      items.push({ number: Number(m[1]), text: m[2] ?? '' })
    } else if (items.length > 0) {
      break // the next heading
    } else {
      body.push(line)
    }
  }
  return { body: body.join('\n'), items }
}

describe('grounds match the privacy policy word for word', () => {
  it('reads the policy file', () => {
    expect(policy).toContain('プライバシーポリシー')
  })

  it.each(GROUND_SETS.map((s) => [s.policySection, s.id] as const))(
    'every item under 「%s」 is a ground of %s with the same number and wording, and nothing extra',
    (heading, setId) => {
      const fromPolicy = section(heading).items
      expect(fromPolicy.length).toBeGreaterThan(0)
      const inCode = groundsOf(setId).map((g) => ({ number: g.number, text: g.text }))
      expect(inCode).toEqual(fromPolicy)
    }
  )

  it('covers the three policy sections that list grounds', () => {
    expect(GROUND_SETS.map((s) => s.policySection).sort()).toEqual(
      ['個人情報の利用停止等', '個人情報の開示', '個人情報の管理と保護'].sort()
    )
    expect(GROUND_SETS.map((s) => section(s.policySection).items.length)).toEqual([3, 9, 7])
  })

  it('has no ground outside the known sets and no duplicate ids', () => {
    const setIds = new Set(GROUND_SETS.map((s) => s.id))
    expect(GROUNDS.every((g) => setIds.has(g.set))).toBe(true)
    expect(new Set(GROUNDS.map((g) => g.id)).size).toBe(GROUNDS.length)
    const total = GROUND_SETS.reduce((n, s) => n + section(s.policySection).items.length, 0)
    expect(GROUNDS).toHaveLength(total)
  })

  it('quotes a ground in letters as the policy numbers it', () => {
    const [, second] = groundsOf('nonDisclosure')
    expect(second && quoteGround(second)).toBe('(2)当法人の業務の適正な実施に著しい支障を及ぼすおそれがある場合')
    expect(lines).toContain(`- ${second ? quoteGround(second) : ''}`)
  })

  it('states the alternative measure clause verbatim, in the 利用停止等 section', () => {
    expect(section('個人情報の利用停止等').body).toContain(ALTERNATIVE_MEASURE_CLAUSE)
  })
})
