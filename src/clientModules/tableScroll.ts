/**
 * The "more columns this way" cues of every <TableScroll> frame (src/components/TableScroll): while
 * columns are hidden to one side, the frame gets `data-fade-start` / `data-fade-end`, and CSS fades
 * that edge and shows the "Scroll →" badge. Plain DOM code rather than React state, so it also works
 * on tables inside a <StaticIsland>, which React never hydrates. Frames that appear later (lazily
 * loaded tables, client-side navigation) are picked up by a MutationObserver; a ResizeObserver
 * follows width changes (a folded <details> opening, a rotated phone).
 */
import {hiddenEdges} from '@site/src/lib/tableScroll';

const FRAME = '[data-table-scroll]';
const watched = new WeakSet<Element>();
let resizes: ResizeObserver | null = null;

function update(frame: HTMLElement): void {
  const scroller = frame.firstElementChild as HTMLElement | null;
  if (!scroller) return;
  const edges = hiddenEdges(scroller.scrollLeft, scroller.scrollWidth, scroller.clientWidth);
  frame.toggleAttribute('data-fade-start', edges.start);
  frame.toggleAttribute('data-fade-end', edges.end);
}

function watch(frame: HTMLElement): void {
  if (watched.has(frame)) return;
  watched.add(frame);
  const scroller = frame.firstElementChild as HTMLElement | null;
  if (!scroller) return;
  scroller.addEventListener('scroll', () => update(frame), {passive: true});
  resizes ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const owner = entry.target.closest<HTMLElement>(FRAME);
      if (owner) update(owner);
    }
  });
  resizes.observe(scroller);
  if (scroller.firstElementChild) resizes.observe(scroller.firstElementChild);
  update(frame);
}

function scan(root: ParentNode): void {
  if (root instanceof HTMLElement && root.matches(FRAME)) watch(root);
  root.querySelectorAll<HTMLElement>(FRAME).forEach(watch);
}

if (typeof document !== 'undefined' && typeof ResizeObserver !== 'undefined') {
  const start = () => {
    scan(document);
    new MutationObserver((mutations) => {
      for (const m of mutations) for (const node of m.addedNodes) if (node instanceof HTMLElement) scan(node);
    }).observe(document.body, {childList: true, subtree: true});
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, {once: true});
  else start();
}
