// In-page generator of realistic intakes (names with readings, kinds, dates), used by the benchmark.
// Runs inside the page via page.evaluate, so it must be self-contained.
export function seedInPage({ count, seed }) {
  const families = [
    ['山田', 'ヤマダ'],
    ['佐藤', 'サトウ'],
    ['鈴木', 'スズキ'],
    ['高橋', 'タカハシ'],
    ['田中', 'タナカ'],
    ['伊藤', 'イトウ'],
    ['渡辺', 'ワタナベ'],
    ['中村', 'ナカムラ'],
    ['小林', 'コバヤシ'],
    ['加藤', 'カトウ'],
    ['吉田', 'ヨシダ'],
    ['山本', 'ヤマモト'],
    ['松本', 'マツモト'],
    ['井上', 'イノウエ'],
    ['木村', 'キムラ'],
    ['林', 'ハヤシ'],
    ['清水', 'シミズ'],
    ['山崎', 'ヤマザキ'],
    ['森', 'モリ'],
    ['池田', 'イケダ'],
    ['橋本', 'ハシモト'],
    ['阿部', 'アベ'],
    ['石川', 'イシカワ'],
    ['前田', 'マエダ']
  ]
  const givens = [
    ['太郎', 'タロウ'],
    ['花子', 'ハナコ'],
    ['健', 'ケン'],
    ['美咲', 'ミサキ'],
    ['翔', 'ショウ'],
    ['陽菜', 'ヒナ'],
    ['大輔', 'ダイスケ'],
    ['結衣', 'ユイ'],
    ['蓮', 'レン'],
    ['葵', 'アオイ'],
    ['誠', 'マコト'],
    ['恵', 'メグミ'],
    ['悠真', 'ユウマ'],
    ['凛', 'リン']
  ]
  const kinds = [
    'purpose',
    'disclosure',
    'thirdPartyRecord',
    'correction',
    'suspension',
    'thirdPartyStop',
    'marketingOptOut',
    'complaint',
    'inquiry'
  ]
  let state = seed >>> 0
  const rand = (n) => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state % n
  }
  const pad = (n) => String(n).padStart(2, '0')
  const out = []
  for (let i = 0; i < count; i++) {
    const [f, fk] = families[rand(families.length)]
    const [g, gk] = givens[rand(givens.length)]
    const kind = kinds[rand(kinds.length)]
    const year = 2019 + rand(8)
    const receivedOn = `${year}-${pad(1 + rand(12))}-${pad(1 + rand(28))}`
    const asksMethod = kind === 'disclosure' || kind === 'thirdPartyRecord'
    out.push({
      receivedOn,
      channel: ['counter', 'post', 'phone', 'email'][rand(4)],
      kind,
      person: {
        name: `${f} ${g}`,
        nameKana: `${fk} ${gk}`,
        birthDate: `19${50 + rand(50)}-0${1 + rand(9)}-1${rand(10)}`,
        patientNo: String(100000 + i),
        postalCode: '105-0001',
        address: '東京都港区虎ノ門4丁目3番10号',
        phone: '03-6450-1471',
        email: ''
      },
      requester: { type: 'self', agentName: '', agentKana: '', relation: '' },
      dataCategories: kind === 'complaint' || kind === 'inquiry' ? [] : ['appointments'],
      dataOther: '',
      requestGrounds: [],
      disclosureMethod: asksMethod ? 'paper' : null,
      fee: null,
      details: ''
    })
  }
  return out
}
