/** The service catalogue's public API. */
export * from './types';
export { loadCatalogue, CatalogueError, DEFAULT_CATALOGUE_PATH } from './load';
export { validateCatalogue, formatProblem, looksLikeUkNumber, type CatalogueProblem, type ValidationResult } from './validate';
export { findServices, rankServices, isStale, WEIGHTS } from './find';
export {
  lookupPostcodeDistrict,
  lookupPlace,
  normaliseDistrict,
  borderAreas,
  isKnownPostcodeArea,
  postcodeArea,
  nationNamedIn,
  nationOnly,
  otherPlacesNamed,
  COUNCILS,
  councilsFor,
  councilByCode,
  canonicalCouncilCode,
  nationOfCouncilIds,
  allCouncils,
  allDistricts,
  placeKey,
} from './geography';
export { exonymIn } from './geography/exonyms';
export { abroadIn } from './geography/abroad';
export type { Council, CouncilLookup, CouncilKind, CouncilTier, CrownDependency } from './geography';
export { formatSchedule } from './schedule';
export {
  localHelpFor,
  localHelpWith,
  resolveCouncilCodes,
  NATIONAL_FINDERS,
  type LocalHelp,
  type LocalHelpService,
  type LocalHelpServiceKind,
  type AssessmentRoute,
  type NationalFinder,
  type CouncilSummary,
} from './localHelp';
