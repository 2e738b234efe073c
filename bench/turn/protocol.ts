/** What the bench and a bot server child say to each other over Node's IPC channel. */
export type BotRole = 'project' | 'baseline';

export interface ServerOptions {
  storage: 'lowdb' | 'redis';
  stateDir: string;
  redisUrl: string;
  /** Where the project keeps advisor accounts (empty, in the temp folder). */
  advisorDir: string;
  /** Baseline only: the replay table (JSON file). */
  replayFile?: string;
}

/** What a server profiles between `start` and `stop`: CPU samples, or allocation samples (every object allocated, collected or not). */
export type ProfileKind = 'cpu' | 'alloc';

export type Request =
  | { id: number; type: 'state'; key: string }
  | { id: number; type: 'memory' }
  /** Collects garbage (through the inspector, no flag needed), then reports memory; writes a heap snapshot to `snapshot` if given. */
  | { id: number; type: 'heap'; snapshot?: string }
  | { id: number; type: 'cpu' }
  /** Redis commands this server has sent so far, by name (bench/turn/redisCount.ts). */
  | { id: number; type: 'redis' }
  | { id: number; type: 'profile'; kind: ProfileKind; action: 'start' }
  /** Writes the profile to `path` (.cpuprofile or .heapprofile, read by Chrome DevTools and bench/cpuprofile.ts). */
  | { id: number; type: 'profile'; kind: ProfileKind; action: 'stop'; path: string }
  | { id: number; type: 'stop' };

export interface MemoryReport {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export type Message =
  | { type: 'ready'; url: string }
  | { id: number; type: 'state'; item?: Record<string, unknown> }
  | { id: number; type: 'memory'; memory: MemoryReport }
  | { id: number; type: 'heap'; memory: MemoryReport }
  /** process.cpuUsage(), user + system, in microseconds. */
  | { id: number; type: 'cpu'; micros: number }
  | { id: number; type: 'redis'; sent: Record<string, number> }
  | { id: number; type: 'profiled' }
  | { id: number; type: 'stopped' }
  | { id: number; type: 'error'; message: string };
