// Where the 宛名 and the sender block may wrap: at a space, or between the parts of an address (都道府県, 市区郡),
// never inside a name or a word. The layout prints each segment unbroken and shrinks the font before wrapping.
const PREFECTURE = /^(東京都|北海道|(?:京都|大阪)府|[^\s]{2,3}県)/u
const CITY = /^([^\s]+?[市区郡])(?=[^\s]{2})/u

function addressParts(word: string): string[] {
  const pref = PREFECTURE.exec(word)?.[1] ?? ''
  const rest = word.slice(pref.length)
  const city = pref === '' ? '' : (CITY.exec(rest)?.[1] ?? '')
  return [pref, city, rest.slice(city.length)].filter((p) => p !== '')
}

/**
 * A printed line as unbreakable segments. Each segment but the last ends with the space that followed it, so
 * the segments joined give the line back. '様' stays with the name before it.
 */
export function lineSegments(line: string): string[] {
  const words = line
    .trim()
    .split(/([ \u3000]+)/u)
    .filter((w) => w !== '')
  const segs: string[] = []
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i] ?? ''
    if (/^[ \u3000]+$/u.test(w)) {
      segs[segs.length - 1] = `${segs[segs.length - 1] ?? ''}${w}`
      continue
    }
    if (w === '様' || w === '御中') {
      // The honorific is never alone at the start of a line, and a person's name (family and given name, the
      // two short words before it) is never split: they print as one segment.
      const last = segs.pop() ?? ''
      const before = segs.at(-1)
      const short = (x: string) => x.trim().length <= 6
      const name = before !== undefined && short(before) && short(last) ? `${segs.pop() ?? ''}${last}` : last
      segs.push(`${name}${w}`)
      continue
    }
    segs.push(...addressParts(w))
  }
  return segs
}

/** A rough printed width in full-width characters (ASCII counts half), to choose the font step. */
export function printedWidth(text: string): number {
  let w = 0
  for (const ch of text) w += /[\x20-\x7E]/u.test(ch) ? 0.5 : 1
  return w
}
