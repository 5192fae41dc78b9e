export function MonthlyLogPage() {
  return <section aria-labelledby="monthly-title"><h1 id="monthly-title">月次処理簿</h1></section>
}
