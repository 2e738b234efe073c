/** Reads and validates the catalogue at boot; a bad catalogue stops the bot with named errors. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from './types';
import { formatProblem, validateCatalogue, type CatalogueProblem } from './validate';

export const DEFAULT_CATALOGUE_PATH = fileURLToPath(new URL('../data/catalogue/services.json', import.meta.url));

export class CatalogueError extends Error {
  constructor(
    readonly path: string,
    readonly problems: CatalogueProblem[],
  ) {
    super(`Service catalogue ${path} is invalid:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

export function loadCatalogue(path: string = DEFAULT_CATALOGUE_PATH): Catalogue {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CatalogueError(path, [{ entry: 'catalogue', field: '', message: `cannot be read as JSON: ${reason}` }]);
  }
  const result = validateCatalogue(data);
  if (!result.ok) throw new CatalogueError(path, result.problems);
  return result.catalogue;
}
