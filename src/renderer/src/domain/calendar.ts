// Calendar days in Japan. A date is an ISO string 'YYYY-MM-DD' naming a day in Asia/Tokyo; arithmetic runs on
// that Y-M-D at UTC midnight, so neither the PC's time zone nor daylight saving can shift a day.

export type IsoDate = string

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

const tokyoParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit'
})
const warekiFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: 'UTC',
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric'
})

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/** UTC midnight of y-m-d; setUTCFullYear because Date.UTC maps years 0–99 to 1900–1999. */
function utcMidnight(y: number, m: number, d: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(y, m - 1, d)
  return date
}

function fromUtc(date: Date): IsoDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

/** The Y-M-D of a valid ISO date, or null (rejects 2026-02-30 and 2025-02-29). */
function parse(s: string): { y: number; m: number; d: number } | null {
  const match = ISO_DATE.exec(s)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = utcMidnight(y, m, d)
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return { y, m, d }
}

function toUtc(date: IsoDate): Date {
  const p = parse(date)
  if (!p) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`)
  return utcMidnight(p.y, p.m, p.d)
}

export function isValidIsoDate(s: string): boolean {
  return parse(s) !== null
}

/** The day it is in Japan at this instant, whatever the PC's own time zone. */
export function tokyoDate(now: Date): IsoDate {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(tokyoParts.formatToParts(now).find((p) => p.type === type)?.value)
  return fromUtc(utcMidnight(part('year'), part('month'), part('day')))
}

/** The Japan day of a stored stamp: ISO instants (UTC) become the day in Tokyo; plain ISO dates stay as they are. */
export function dayOf(stamp: string): IsoDate {
  return stamp.length === 10 ? stamp : tokyoDate(new Date(stamp))
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + n * MS_PER_DAY))
}

/** to − from, in days (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / MS_PER_DAY)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay()
}

/** '令和8年11月25日' (year 1 as 元年) or '2026年11月25日', for letters. */
export function formatJapaneseDate(date: IsoDate, style: 'wareki' | 'seireki'): string {
  const utc = toUtc(date)
  if (style === 'wareki') return warekiFormat.format(utc)
  return `${utc.getUTCFullYear()}年${utc.getUTCMonth() + 1}月${utc.getUTCDate()}日`
}

/** '2026/11/25', for tables. */
export function formatShortDate(date: IsoDate): string {
  return fromUtc(toUtc(date)).replace(/-/g, '/')
}

const eraShort = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'narrow',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC'
})
const weekdayShort = new Intl.DateTimeFormat('ja-JP', { weekday: 'short', timeZone: 'UTC' })

/** A date on a screen, with its weekday: 2026/11/25(水), or R8.11.25(水) when 設定 asks for 和暦. */
export function formatScreenDate(date: IsoDate, style: 'wareki' | 'seireki'): string {
  const utc = toUtc(date)
  const day = style === 'wareki' ? eraShort.format(utc).replace(/\//gu, '.') : formatShortDate(date)
  return `${day}(${weekdayShort.format(utc)})`
}

const stamp = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' })
const stampWithSeconds = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  dateStyle: 'medium',
  timeStyle: 'medium'
})

/** '2026/11/25 10:00' for who-did-what stamps (an ISO instant), in Japan time whatever the PC's zone. */
export function formatTokyoDateTime(iso: string, withSeconds = false): string {
  return (withSeconds ? stampWithSeconds : stamp).format(new Date(iso))
}
