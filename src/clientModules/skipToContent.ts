/**
 * Makes "Skip to main content" work in current Chromium. Docusaurus focuses <main> with a temporary
 * tabindex that it removes at once; Chromium then blurs the element and the next Tab starts again
 * at the top of the page. Here the tabindex stays until focus leaves <main>, so keyboard and
 * screen-reader users really land in the content. Runs after Docusaurus's own click handler.
 */
function focusMain(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.('a[href="#__docusaurus_skipToContent_fallback"]');
  if (!link) return;
  const target =
    document.querySelector<HTMLElement>('main') ??
    document.getElementById('__docusaurus_skipToContent_fallback');
  if (!target) return;
  event.preventDefault();
  target.setAttribute('tabindex', '-1');
  target.focus();
  target.addEventListener('blur', () => target.removeAttribute('tabindex'), {once: true});
}

if (typeof document !== 'undefined') {
  document.addEventListener('click', focusMain);
}
