// The answer to an action staff took: a success in the green notice, a failure in a red alert, never the other
// way round. Screens compute the Japanese text (failures through the data layer's failureMessage).
export type Outcome = { ok: true; text: string } | { ok: false; text: string } | null

export function ActionOutcome({ outcome }: { outcome: Outcome }) {
  if (outcome === null) return null
  return outcome.ok ? (
    <p role="status" className="notice">
      {outcome.text}
    </p>
  ) : (
    <p role="alert" className="error">
      {outcome.text}
    </p>
  )
}
