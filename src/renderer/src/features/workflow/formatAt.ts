// '2026/11/25 10:00' for who-did-what stamps, in Japan time whatever the PC's zone.
const dateTime = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'medium', timeStyle: 'short' })

export function formatAt(iso: string): string {
  return dateTime.format(new Date(iso))
}
