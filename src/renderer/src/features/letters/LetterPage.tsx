/** A letter's preview, with print, PDF and issue. */
export function LetterPage() {
  return <section aria-labelledby="letter-title"><h1 id="letter-title">通知書</h1></section>
}
