// Names the document at the top of every printed page after the first (which carries the title). CSS cannot read text from the page into a page
// margin (Chromium has no string-set), so the rule is written with the text in it.

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
function cssString(text: string): string {
  return `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\r?\n/gu, '\\A ')}"`
}

export function PageMarginText({ left, right }: { left: string; right: string }) {
  const rule = `@page monthly-log {
  @top-left { content: ${cssString(left)}; font-size: 8pt; color: #333; }
  @top-right { content: ${cssString(right)}; font-size: 8pt; color: #333; }
}
@page monthly-log:first { @top-left { content: none; } @top-right { content: none; } }`
  return <style>{rule}</style>
}
