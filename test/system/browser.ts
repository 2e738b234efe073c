/**
 * What every browser test shares: Debian's Chromium (never a downloaded browser), the flags that
 * keep it off the network, where screenshots go, and axe-core's WCAG 2.2 AA check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** As root, headless, and without the background connections this closed network refuses. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const OUTPUT_DIR = fileURLToPath(new URL('../../test-output/', import.meta.url));
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Chromium, or undefined when it is not installed (the test skips itself). In CI a missing
 * Chromium fails the run instead of passing it by skipping.
 */
export async function launchChromium(what: string): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(`Chromium is required in CI and was not found at ${CHROMIUM}`);
    console.warn(`skipping the ${what}: no Chromium at ${CHROMIUM} (install the Debian package chromium)`);
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; html: string }>;
}

/**
 * axe-core in one document (each frame separately: the chat frame sits in the launcher's shadow
 * root). Evaluated over the DevTools protocol, which the page's CSP does not restrict.
 */
export async function axeViolations(target: Page | Frame): Promise<{ violations: AxeViolation[]; passes: number }> {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async (tags) => {
    // Runs in the browser; this project's TypeScript has no DOM types, hence globalThis.
    type Axe = { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
    const { axe, document } = globalThis as unknown as { axe: Axe; document: unknown };
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false });
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
    return { violations, passes: result.passes.length };
  }, WCAG_TAGS);
}
