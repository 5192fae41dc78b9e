// After a refused submit: focus the first field marked invalid, in the order staff see them, and bring it to
// the middle of the view (clear of the sticky footer), so the view never jumps past the first error.
export function focusFirstError(): void {
  // Wait for React to render the error state before looking for it.
  window.requestAnimationFrame(() => {
    const first = document.querySelector<HTMLElement>('form.intake [aria-invalid="true"]')
    if (!first) return
    first.focus({ preventScroll: true })
    first.scrollIntoView({ block: 'center' })
  })
}

/** Enter in a one-line field moves on instead of submitting: a half-typed form is never sent by accident. */
export function preventEnterSubmit(e: React.KeyboardEvent<HTMLFormElement>): void {
  const target = e.target as HTMLElement
  if (e.key === 'Enter' && target instanceof HTMLInputElement && !e.nativeEvent.isComposing) e.preventDefault()
}
