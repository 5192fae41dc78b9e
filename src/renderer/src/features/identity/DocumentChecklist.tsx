// The acceptable document types for this channel and requester, as grouped checkboxes.
import type { UseFormRegisterReturn } from 'react-hook-form'
import { identityDocLabel, type IdentityDocGroup } from '../../domain/identityDocs'

export function DocumentChecklist({
  groups,
  field
}: {
  groups: readonly IdentityDocGroup[]
  field: UseFormRegisterReturn
}) {
  return (
    <div className="doc-groups">
      {groups.map((g) => (
        <fieldset key={g.id} className="doc-group">
          <legend>{g.heading}</legend>
          <ul className="checks column plain">
            {g.docs.map((d) => (
              <li key={d.id}>
                <label className="check">
                  <input
                    type="checkbox"
                    value={d.id}
                    aria-describedby={d.caution ? `caution-${d.id}` : undefined}
                    {...field}
                  />
                  {identityDocLabel(d)}
                </label>
                {d.caution && (
                  <span id={`caution-${d.id}`} className="caution">
                    {d.caution}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  )
}
