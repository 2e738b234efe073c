/** Bundles `entry` (relative to the repository; default server.ts) to `outfile` (default dist/server.mjs). */
export function buildServer(entry?: string, outfile?: string): Promise<string>;
