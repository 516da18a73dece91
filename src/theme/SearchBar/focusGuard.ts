/**
 * Keeps keyboard focus where the reader put it (browser-only DOM code for the SearchBar wrapper).
 *
 * The search plugin (0.55.3, `focusAfterIndexLoaded` in its SearchBar.jsx) remembers that its box
 * had focus while the search index was loading and focuses the box again when the index arrives,
 * even if the reader has moved on: a keyboard user who Tabs past the box is pulled back to it, about
 * 0.3 s later here and seconds later on a slow connection (the index is about 1.8 MB).
 *
 * Once the box has lost focus, a `focus()` call that no reader's action caused is ignored until the
 * box gets focus again. The index arrives from the plugin's Web Worker, so that call runs inside a
 * `message` event; the Ctrl+K shortcut and a tap on the search icon run inside a keyboard, mouse,
 * pointer or touch event (all `UIEvent`s) and work as before. Returns a function that undoes the
 * guard.
 */
export function guardLateFocus(input: HTMLInputElement): () => void {
  let left = false;
  const onFocus = () => {
    left = false;
  };
  const onBlur = () => {
    left = true;
  };
  input.addEventListener('focus', onFocus);
  input.addEventListener('blur', onBlur);
  input.focus = function focus(options?: FocusOptions) {
    // `window.event` is the event being dispatched (undefined in a timer callback).
    const byReader = (window as {event?: Event}).event instanceof UIEvent;
    if (left && !byReader) return;
    HTMLElement.prototype.focus.call(this, options);
  };
  return () => {
    input.removeEventListener('focus', onFocus);
    input.removeEventListener('blur', onBlur);
    delete (input as {focus?: unknown}).focus;
  };
}
