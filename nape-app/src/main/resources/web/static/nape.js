// After htmx swaps in a new part of a page, move the focus to what it asks to be read first:
// the result of a check, a saved message, or the note that a form needs a fix.
document.body.addEventListener("htmx:afterSettle", () => {
  const target = document.querySelector("[data-focus]");
  if (target instanceof HTMLElement) target.focus();
});
