/** The id of the HTTP request being served, so every log line of a turn carries it without passing it around. */
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<string>();

export function withRequestId<T>(id: string, work: () => Promise<T>): Promise<T> {
  return current.run(id, work);
}

export function currentRequestId(): string | undefined {
  return current.getStore();
}
