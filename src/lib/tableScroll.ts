/**
 * Which edges of a sideways-scrolling table hide content, from the scroller's geometry (1px slack
 * for sub-pixel widths). Pure; used by src/clientModules/tableScroll.ts, unit-tested in
 * tests/unit/tableScroll.test.ts.
 */
export interface Edges {
  start: boolean;
  end: boolean;
}

export function hiddenEdges(scrollLeft: number, scrollWidth: number, clientWidth: number): Edges {
  const max = scrollWidth - clientWidth;
  return {start: max > 1 && scrollLeft > 1, end: max > 1 && max - scrollLeft > 1};
}
