/**
 * The admin store on Redis, for several instances: one hash per organisation (a field per
 * section, JSON), a set of the organisations with a record, and a pub/sub channel that tells
 * every instance which organisation changed. The clients are made by the composition root
 * (storage/redisClient.ts) for this store alone, the subscriber a connection of its own as Redis
 * requires; close() ends both.
 */
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import { checkOrgId, SECTIONS, type AdminStore, type OrgRecord, type Section } from './store';

export const ADMIN_PREFIX = 'carers-bot:admin:';

export class RedisAdminStore implements AdminStore {
  private readonly events = new EventEmitter();
  private readonly channel: string;
  private readonly subscribed: Promise<void>;

  constructor(
    private readonly client: Redis,
    private readonly subscriber: Redis,
    private readonly prefix = ADMIN_PREFIX,
  ) {
    this.channel = `${prefix}changed`;
    this.subscriber.on('message', (channel: string, org: string) => {
      if (channel === this.channel) this.events.emit('change', org);
    });
    this.subscribed = this.subscribe();
  }

  /**
   * Subscribes, and when that fails (Redis not up yet, a command timed out while instances
   * start together) tries again each time the connection is ready, instead of leaving a
   * rejected promise nobody handles (which ends the process) and an instance deaf to changes.
   */
  private subscribe(): Promise<void> {
    const attempt = () => this.subscriber.subscribe(this.channel).then(() => undefined);
    return attempt().catch(
      () =>
        new Promise<void>((resolve) => {
          const retry = () =>
            void attempt().then(
              () => {
                this.subscriber.off('ready', retry);
                resolve();
              },
              () => undefined,
            );
          this.subscriber.on('ready', retry);
        }),
    );
  }

  /** Resolves once change notifications from other instances arrive. */
  ready(): Promise<void> {
    return this.subscribed;
  }

  private key(org: string): string {
    return `${this.prefix}org:${checkOrgId(org)}`;
  }

  async read(org: string): Promise<OrgRecord> {
    const fields = await this.client.hgetall(this.key(org));
    const record: OrgRecord = {};
    for (const section of SECTIONS) if (fields[section] !== undefined) Object.assign(record, { [section]: JSON.parse(fields[section]) });
    return record;
  }

  async orgs(): Promise<string[]> {
    return (await this.client.smembers(`${this.prefix}orgs`)).sort();
  }

  async write<K extends Section>(org: string, section: K, value: OrgRecord[K]): Promise<void> {
    const multi = this.client.multi();
    if (value === undefined) multi.hdel(this.key(org), section);
    else multi.hset(this.key(org), section, JSON.stringify(value));
    await multi.sadd(`${this.prefix}orgs`, org).publish(this.channel, org).exec();
  }

  onChange(listener: (org: string) => void): () => void {
    this.events.on('change', listener);
    return () => this.events.off('change', listener);
  }

  /** Ends both connections: they were made for this store, and ioredis would keep the process alive reconnecting. */
  async close(): Promise<void> {
    this.events.removeAllListeners();
    await this.subscriber.unsubscribe(this.channel).catch(() => undefined);
    this.subscriber.disconnect();
    this.client.disconnect();
  }
}
