// The monthly log's printed page: A4 landscape with the page number at the foot, and the document named at the top
// of every page after the first (which carries the title). CSS cannot read text from the page into a page margin
// (Chromium has no string-set), so the rule is written with the text in it. An unnamed @page, present only while
// the log is on screen (no other document is then): Chromium prints a long table on a named page (`page:`) more
// slowly (the same 137 pages of 3,470 rows, alternated in one page: 9.8–15.5 s named, 5.6–11.5 s unnamed).

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
function cssString(text: string): string {
  return `"${text.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\r?\n/gu, '\\A ')}"`
}

export function MonthlyLogPageRule({ left, right }: { left: string; right: string }) {
  const rule = `@page {
  size: A4 landscape;
  margin: 12mm;
  @top-left { content: ${cssString(left)}; font-size: 8pt; color: #333; }
  @top-right { content: ${cssString(right)}; font-size: 8pt; color: #333; }
  @bottom-center { content: counter(page) ' / ' counter(pages); font-size: 8pt; color: #333; }
}
@page :first { @top-left { content: none; } @top-right { content: none; } }`
  return <style>{rule}</style>
}
