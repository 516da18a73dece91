/**
 * Fixes the ARIA of the search plugin's autocomplete widget in place. Idempotent: it only writes an
 * attribute when it differs, so calling it from a MutationObserver does not loop.
 */
export function repairSearchAria(root: ParentNode): void {
  root.querySelectorAll<HTMLInputElement>('input[role="combobox"][aria-owns]').forEach((input) => {
    const owned = input.getAttribute('aria-owns');
    if (owned && input.getAttribute('aria-controls') !== owned) input.setAttribute('aria-controls', owned);
  });
  root.querySelectorAll<HTMLAnchorElement>('[role="listbox"] a[href]').forEach((link) => {
    if (link.getAttribute('role') !== 'option') link.setAttribute('role', 'option');
    if (link.getAttribute('aria-selected') === null) link.setAttribute('aria-selected', 'false');
    // Options are reached with the arrow keys; as a Tab stop the link vanishes with the dropdown
    // on blur and focus falls to <body>.
    if (link.getAttribute('tabindex') !== '-1') link.setAttribute('tabindex', '-1');
  });
  // The clear button (text "✕") is re-created when the box loses focus, so tabbing onto it drops
  // focus to <body>. Keyboard users clear with Escape; keep it for pointers and give it a name.
  root.querySelectorAll<HTMLButtonElement>('.navbar__search button').forEach((button) => {
    if (button.getAttribute('tabindex') !== '-1') button.setAttribute('tabindex', '-1');
    if (button.getAttribute('aria-label') !== 'Clear search')
      button.setAttribute('aria-label', 'Clear search');
  });
}
