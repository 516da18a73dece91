/**
 * Applies a filter and sort result to a model table's static rows: moves them into the given
 * order, hides the rows that do not match, and marks the row a #model-<id> link points at.
 * Browser only; the rows are `tr[data-model]` in each table's <tbody> (./Rows.tsx).
 */
export interface RowUpdate {
  /** Row ids in display order. */
  order: readonly string[];
  /** Ids of the rows to show; null shows every row. */
  shown: ReadonlySet<string> | null;
  highlight: string | null;
  highlightClass: string;
}

export function applyToRows(tbody: HTMLTableSectionElement, update: RowUpdate): void {
  const rows = new Map<string, HTMLTableRowElement>();
  for (const row of Array.from(tbody.rows)) {
    const id = row.dataset.model;
    if (id) rows.set(id, row);
  }
  const wanted = update.order.filter((id) => rows.has(id));
  if (wanted.join() !== [...rows.keys()].join()) {
    for (const id of wanted) {
      const row = rows.get(id);
      if (row) tbody.appendChild(row);
    }
  }
  for (const [id, row] of rows) {
    const hidden = update.shown ? !update.shown.has(id) : false;
    if (row.hidden !== hidden) row.hidden = hidden;
    row.classList.toggle(update.highlightClass, id === update.highlight);
  }
}
