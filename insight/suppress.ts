/**
 * Disclosure control for a table of counts with its row, column and grand totals.
 * Primary: a count from 1 to THRESHOLD - 1 is hidden (0 is shown: it names nobody).
 * Secondary: a total is the sum of its line, so a line with exactly one hidden member
 * (a cell or the total) would give it away by subtraction; another member of that line is
 * hidden too (the smallest positive cell, else the total), and this repeats across rows and
 * columns until no line has a single hidden member.
 */
export const THRESHOLD = 5;

/** A shown count, or null where it is suppressed. */
export type Cell = number | null;

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

export function suppress(values: readonly (readonly number[])[], threshold = THRESHOLD): SuppressedTable {
  const rows = values.length;
  const columns = rows ? values[0].length : 0;
  // The table with its totals: row `rows` holds the column totals, column `columns` the row totals.
  const grid = values.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  grid.push(Array.from({ length: columns + 1 }, (_, j) => grid.reduce((sum, row) => sum + row[j], 0)));
  const hidden = grid.map((row) => row.map((v) => v > 0 && v < threshold));
  const lines: Array<Array<[number, number]>> = [
    ...grid.map((_, i) => grid[0].map((__, j) => [i, j] as [number, number])),
    ...grid[0].map((_, j) => grid.map((__, i) => [i, j] as [number, number])),
  ];
  const isTotal = ([i, j]: [number, number]) => i === rows || j === columns;
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(([i, j]) => hidden[i][j]).length !== 1) continue;
      const open = line.filter(([i, j]) => !hidden[i][j]);
      const by = (members: Array<[number, number]>) => [...members].sort(([a, b], [c, d]) => grid[a][b] - grid[c][d])[0];
      const pick = by(open.filter((m) => !isTotal(m) && grid[m[0]][m[1]] > 0)) ?? by(open.filter((m) => isTotal(m) && grid[m[0]][m[1]] > 0)) ?? by(open);
      if (!pick) continue;
      hidden[pick[0]][pick[1]] = true;
      changed = true;
    }
  }
  const shown = grid.map((row, i) => row.map((v, j) => (hidden[i][j] ? null : v)));
  return {
    cells: shown.slice(0, rows).map((row) => row.slice(0, columns)),
    rowTotals: shown.slice(0, rows).map((row) => row[columns]),
    columnTotals: shown[rows].slice(0, columns),
    total: shown[rows][columns],
  };
}
