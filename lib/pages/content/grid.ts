/**
 * Tables as a person reads them: column headings and rows of cells, whatever builds them — an
 * HTML table, an ARIA grid or table (role=row / columnheader / cell), or Katal's kat-table
 * (kat-table-head / kat-table-row / kat-table-cell, evidenced as Amazon's components).
 */
import { deepElements } from './deep';

export interface Grid {
  element: Element;
  headers: Element[];
  rows: Element[][];
}

const kids = (el: Element, test: (c: Element) => boolean): Element[] => Array.from(el.children).filter(test);

function htmlTable(table: Element): Grid | undefined {
  const sections = kids(table, (c) => ['thead', 'tbody', 'tfoot'].includes(c.localName));
  const allRows = [
    ...kids(table, (c) => c.localName === 'tr'),
    ...sections.flatMap((s) => kids(s, (c) => c.localName === 'tr')),
  ];
  const headerRow = allRows.find((r) => kids(r, (c) => c.localName === 'th').length > 1);
  if (!headerRow) return undefined;
  const rows = allRows
    .filter((r) => r !== headerRow && r.parentElement?.localName !== 'tfoot')
    .map((r) => kids(r, (c) => c.localName === 'td' || c.localName === 'th'))
    .filter((cells) => cells.some((c) => c.localName === 'td'));
  return { element: table, headers: kids(headerRow, (c) => c.localName === 'th'), rows };
}

function roleGrid(grid: Element): Grid | undefined {
  const rows = deepElements(grid).filter((el) => el.getAttribute('role') === 'row');
  const cellsOf = (row: Element) =>
    kids(row, (c) =>
      ['cell', 'gridcell', 'columnheader', 'rowheader'].includes(c.getAttribute('role') ?? ''),
    );
  const headerRow = rows.find((r) => cellsOf(r).some((c) => c.getAttribute('role') === 'columnheader'));
  if (!headerRow) return undefined;
  return {
    element: grid,
    headers: cellsOf(headerRow),
    rows: rows.filter((r) => r !== headerRow).map(cellsOf),
  };
}

function katalTable(table: Element): Grid | undefined {
  const head = deepElements(table).find((el) => el.localName === 'kat-table-head');
  const body = deepElements(table).find((el) => el.localName === 'kat-table-body');
  const rowsOf = (part: Element | undefined) =>
    part ? kids(part, (c) => c.localName === 'kat-table-row') : [];
  const cellsOf = (row: Element) => kids(row, (c) => c.localName === 'kat-table-cell');
  const headerRow = rowsOf(head)[0];
  if (!headerRow) return undefined;
  return { element: table, headers: cellsOf(headerRow), rows: rowsOf(body).map(cellsOf) };
}

/** Every table-like structure under `root`, open shadow roots included, in document order. */
export function gridsIn(root: ParentNode): Grid[] {
  const grids: Grid[] = [];
  for (const el of deepElements(root)) {
    const grid =
      el.localName === 'table'
        ? htmlTable(el)
        : el.localName === 'kat-table'
          ? katalTable(el)
          : ['grid', 'table', 'treegrid'].includes(el.getAttribute('role') ?? '')
            ? roleGrid(el)
            : undefined;
    if (grid && grid.headers.length > 0) grids.push(grid);
  }
  return grids;
}
