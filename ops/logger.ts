/**
 * Structured logs with no personal text: log ids, levels, rule ids and counts,
 * never message text, phone numbers or postcodes beyond the district.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';
import { currentRequestId } from './requestId';

export type { Logger };

export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(2)): Logger {
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
