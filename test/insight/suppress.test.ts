import { expect } from 'chai';
import { suppress, type Cell } from '../../insight/suppress';

/** `_` marks a suppressed number in the expected tables. */
const _ = null;

interface Case {
  name: string;
  values: number[][];
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

const CASES: Case[] = [
  {
    name: 'nothing under 5: everything shown',
    values: [
      [5, 6],
      [7, 0],
    ],
    cells: [
      [5, 6],
      [7, 0],
    ],
    rowTotals: [11, 7],
    columnTotals: [12, 6],
    total: 18,
  },
  {
    name: 'a zero is shown: it names nobody',
    values: [[0, 0, 9]],
    cells: [[0, 0, 9]],
    rowTotals: [9],
    columnTotals: [0, 0, 9],
    total: 9,
  },
  {
    name: 'one small cell in a row forces a second (the smallest other) so the row total cannot give it away',
    values: [[3, 10, 6]],
    cells: [[_, 10, _]],
    rowTotals: [19],
    columnTotals: [_, 10, _],
    total: 19,
  },
  {
    name: 'a small row total is hidden, and so is its one cell',
    values: [
      [2, 0],
      [10, 12],
    ],
    cells: [
      [_, 0],
      [_, 12],
    ],
    rowTotals: [_, _],
    columnTotals: [12, 12],
    total: 24,
  },
  {
    name: 'the second suppression in a row then forces one in its column, and that one in its row',
    values: [
      [4, 8, 9],
      [7, 6, 20],
    ],
    cells: [
      [_, _, 9],
      [_, _, 20],
    ],
    rowTotals: [21, 33],
    columnTotals: [11, 14, 29],
    total: 54,
  },
  {
    name: 'two small cells in a row protect each other',
    values: [[1, 2, 30]],
    cells: [[_, _, 30]],
    rowTotals: [33],
    columnTotals: [_, _, 30],
    total: 33,
  },
  {
    name: 'a cell hidden to protect another whose line has nothing else to hide hides the total',
    values: [
      [3, 0],
      [6, 0],
    ],
    cells: [
      [_, 0],
      [_, 0],
    ],
    rowTotals: [_, _],
    columnTotals: [9, 0],
    total: 9,
  },
  {
    name: 'an empty table',
    values: [],
    cells: [],
    rowTotals: [],
    columnTotals: [],
    total: 0,
  },
];

/** No line (row or column with its total) may have exactly one hidden member. */
function lineSafe(t: ReturnType<typeof suppress>): boolean {
  const grid = [...t.cells.map((row, i) => [...row, t.rowTotals[i]]), [...t.columnTotals, t.total]];
  const lines = [...grid, ...grid[0].map((_c, j) => grid.map((row) => row[j]))];
  return lines.every((line) => line.filter((v) => v === null).length !== 1);
}

describe('suppress (disclosure control)', () => {
  for (const c of CASES)
    it(c.name, () => {
      const t = suppress(c.values);
      expect(t).to.deep.equal({ cells: c.cells, rowTotals: c.rowTotals, columnTotals: c.columnTotals, total: c.total });
      expect(lineSafe(t)).to.equal(true);
    });

  it('leaves no line with a single hidden number and no shown number under 5, on many seeded tables', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 14;
    for (let n = 0; n < 500; n++) {
      const rows = 1 + (next() % 5);
      const columns = 1 + (next() % 6);
      const values = Array.from({ length: rows }, () => Array.from({ length: columns }, () => (next() < 5 ? next() % 5 : next())));
      const t = suppress(values);
      expect(lineSafe(t), JSON.stringify(values)).to.equal(true);
      const shown = [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter((v): v is number => v !== null);
      expect(
        shown.every((v) => v === 0 || v >= 5),
        JSON.stringify(values),
      ).to.equal(true);
    }
  });
});
