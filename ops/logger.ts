/**
 * Structured logs with no personal text: log ids, levels, rule ids and counts,
 * never message text, phone numbers or postcodes beyond the district.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { currentRequestId } from './requestId';

export type { Logger };

/**
 * Standard error, written in batches: a line waits until 4 KB are ready or for at most FLUSH_MS,
 * instead of one write system call per line (a turn logs one line: about 3% of its CPU here).
 * Whatever waits is written when the process exits, however it exits short of being killed.
 */
export const FLUSH_MS = 250;

export function createLogger(
  level: LogLevel,
  destination: DestinationStream = pino.destination({ dest: 2, minLength: 4096, periodicFlush: FLUSH_MS }),
): Logger {
  return pino(
    {
      level,
      base: { app: 'carers-support-bot' },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      // Belt and braces: if a field named like personal text slips into a log call, it is dropped.
      redact: { paths: ['text', '*.text', 'phone', '*.phone', 'postcode', '*.postcode', 'activity.text'], remove: true },
    },
    // Logs go to standard error by default, so that the JSON commands keep standard output clean.
    destination,
  );
}
