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

  /**
   * A full garbage collection (what is live, not what waits to be collected) and the memory then;
   * with `snapshotPath`, a heap snapshot written there afterwards (its text passes through this
   * heap, so memory is read before it).
   */
  async collectGarbage(snapshotPath?: string): Promise<NodeJS.MemoryUsage> {
    const session = new Session();
    session.connect();
    try {
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.collectGarbage');
      const memory = process.memoryUsage();
      if (snapshotPath) {
        const chunks: string[] = [];
        session.on('HeapProfiler.addHeapSnapshotChunk', (message) => chunks.push(message.params.chunk));
        await session.post('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
        writeFileSync(snapshotPath, chunks.join(''));
      }
      await session.post('HeapProfiler.disable');
      return memory;
    } finally {
      session.disconnect();
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
