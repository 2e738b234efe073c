/**
 * Loaded before the test files (`require` in `.mocharc*.json`): in parallel mode by every worker,
 * so it only configures; it has no root hooks (those would have to be exported as `mochaHooks`).
 * Property tests use one fixed seed so a run is reproducible: the same code always gives the same result.
 * To explore new cases on purpose, run with FAST_CHECK_SEED=<number>.
 */
import fc from 'fast-check';

const seed = Number(process.env.FAST_CHECK_SEED ?? 20261123);
fc.configureGlobal({ seed: Number.isFinite(seed) ? seed : 20261123 });
