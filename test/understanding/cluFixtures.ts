/** What the CLU tests share: recorded response bodies (documented 2023-04-01 shape, no network) and a test configuration. */
import { readFileSync } from 'node:fs';
import type { CluConfig } from '../../understanding/clu';

export const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

export function cluConfig(timeoutMs: number): CluConfig {
  return { endpoint: 'https://example.cognitiveservices.azure.com/', key: 'test-key', projectName: 'carers-support', deploymentName: 'production', timeoutMs };
}
