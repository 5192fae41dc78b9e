// 「使い方」: how each role uses the app, and the keyboard shortcuts.
import { HELP_SECTIONS, SHORTCUTS } from './helpSections'

export function HelpPage() {
  return (
    <section aria-labelledby="help-title" className="help-page">
      <h1 id="help-title">使い方</h1>
      <nav aria-label="役割ごとの使い方">
        {HELP_SECTIONS.map((s) => (
          <a
            key={s.id}
            href={`#help-${s.id}`}
            onClick={(e) => {
              e.preventDefault()
              document.getElementById(`help-${s.id}`)?.scrollIntoView()
            }}
          >
            {s.heading}
          </a>
        ))}
      </nav>
      {HELP_SECTIONS.map((s) => (
        <section key={s.id} id={`help-${s.id}`} aria-labelledby={`help-${s.id}-title`}>
          <h2 id={`help-${s.id}-title`}>{s.heading}</h2>
          <dl className="details">
            {s.items.map((item) => (
              <div key={item.title}>
                <dt>{item.title}</dt>
                <dd>{item.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="help-keys-title">
        <h2 id="help-keys-title">キーボード</h2>
        <dl className="details">
          {SHORTCUTS.map((k) => (
            <div key={k.keys}>
              <dt>
                <kbd>{k.keys}</kbd>
              </dt>
              <dd>{k.what}</dd>
            </div>
          ))}
        </dl>
      </section>
    </section>
  )
}
