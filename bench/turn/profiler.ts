/**
 * Profiles the server it runs in between two requests of the bench, through the inspector
 * (no restart, no --cpu-prof covering start-up and calibration): CPU samples, or allocation
 * samples that keep objects the GC has since collected (what a turn allocates, not only what
 * it keeps), so a profile shows where a turn's garbage comes from.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { ProfileKind } from './protocol';

/** One sample per this many bytes allocated, on average. */
const ALLOC_SAMPLING_BYTES = 16 * 1024;

export class Profiler {
  private session?: Session;

  async start(kind: ProfileKind): Promise<void> {
    if (this.session) throw new Error('a profile is already running');
    const session = new Session();
    session.connect();
    this.session = session;
    if (kind === 'cpu') {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    } else {
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: ALLOC_SAMPLING_BYTES,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
  }

  async stop(kind: ProfileKind, path: string): Promise<void> {
    const session = this.session;
    if (!session) throw new Error('no profile is running');
    this.session = undefined;
    const profile = kind === 'cpu' ? (await session.post('Profiler.stop')).profile : (await session.post('HeapProfiler.stopSampling')).profile;
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  }
}
