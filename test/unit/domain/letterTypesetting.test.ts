import { describe, expect, it } from 'vitest'
import { fullWidthBrackets } from '../../../src/renderer/src/domain/letters/brackets'
import { lineSegments, printedWidth } from '../../../src/renderer/src/domain/letters/segments'

describe('fullWidthBrackets', () => {
  it('prints brackets in Japanese text full-width, nested ones too', () => {
    expect(fullWidthBrackets('カルテ(診療録)')).toBe('カルテ（診療録）')
    expect(fullWidthBrackets('(1)当法人のサービス(以下「本サービス」といいます。)')).toBe(
      '（1）当法人のサービス（以下「本サービス」といいます。）'
    )
    expect(fullWidthBrackets('利用停止等(利用停止(一部)・消去)')).toBe('利用停止等（利用停止（一部）・消去）')
  })

  it('leaves brackets alone where nothing Japanese is inside or beside them', () => {
    expect(fullWidthBrackets('Tel (03) 1234-5678')).toBe('Tel (03) 1234-5678')
    expect(fullWidthBrackets('f(x) = 1')).toBe('f(x) = 1')
    expect(fullWidthBrackets('すでに全角（です）')).toBe('すでに全角（です）')
  })
})

describe('lineSegments', () => {
  it('keeps a name and its 様 in one segment, so an agent addressee wraps only before the name', () => {
    expect(lineSegments('山田法律事務所 弁護士 長谷川 慎太郎 様')).toEqual([
      '山田法律事務所 ',
      '弁護士 ',
      '長谷川 慎太郎 様'
    ])
    expect(lineSegments('山田 太郎 様')).toEqual(['山田 太郎 様'])
  })

  it('splits an address between prefecture, city and the rest, and at spaces', () => {
    expect(lineSegments('東京都港区虎ノ門4丁目3番10号')).toEqual(['東京都', '港区', '虎ノ門4丁目3番10号'])
    expect(lineSegments('神奈川県横浜市中区山下町1-2 きよしビル3階')).toEqual([
      '神奈川県',
      '横浜市',
      '中区山下町1-2 ',
      'きよしビル3階'
    ])
    expect(lineSegments('虎ノ門きよしビル3階')).toEqual(['虎ノ門きよしビル3階'])
  })

  it('gives the line back when its segments are joined', () => {
    for (const line of ['代表者 上原 恵理', '医療法人社団桜恵会', '〒105-0001', '京都府京都市左京区 下鴨']) {
      expect(lineSegments(line).join('')).toBe(line)
    }
  })

  it('counts ASCII as half a character when measuring the 宛名', () => {
    expect(printedWidth('山田 太郎 様')).toBe(6)
    expect(printedWidth('ABCD')).toBe(2)
  })
})
