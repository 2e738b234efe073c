/**
 * Each message handled once: a repeated delivery (same activity id) gets no reply and changes
 * nothing; if the record of handled ids cannot be reached, the message is still answered.
 * A turn without risk is saved before its replies go out; a turn with risk sends while saving.
 */
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import sinon from 'sinon';
import { LocalSeenActivities, MemoryStateStorage } from '../../storage';
import { loadConfig } from '../../config';
import { startServer, type RunningApp } from '../../index';
import { createLogger } from '../../ops/logger';
import { startBot } from '../dialogs/botHarness';
import { messageActivity, postMessage } from '../../bench/scale/messages';

describe('each activity handled once', () => {
  afterEach(() => sinon.restore());

  let running: RunningApp;
  let storage: MemoryStateStorage;
  beforeEach(async () => {
    storage = new MemoryStateStorage();
    const config = loadConfig({ PORT: '0', STORAGE: 'memory', LOG_LEVEL: 'silent' });
    running = await startServer(config, createLogger('silent'), { storage }, '127.0.0.1');
  });
  afterEach(() => running.stop());

  /** Posts a message the way a channel does, replies in the response (expectReplies). */
  async function deliver(id: string, text: string, conversation = 'once-1'): Promise<{ status: number; replies: unknown[] }> {
    const response = await postMessage(running.url, messageActivity(conversation, id, text, { from: 'person-1' }));
    const body = response.status === 200 ? ((await response.json()) as { activities?: unknown[] } | null) : null;
    return { status: response.status, replies: body?.activities ?? [] };
  }
  const stored = async (conversation = 'once-1') => JSON.stringify(await storage.read([`webchat/conversations/${conversation}/`]));

  it('a repeated message id gets 200, no reply, and leaves the stored state as it was', async () => {
    await deliver('a1', 'hello');
    expect((await deliver('a2', 'money worries')).replies.length).to.be.greaterThan(0);
    const before = await stored();
    const repeat = await deliver('a2', 'money worries');
    expect(repeat.status).to.equal(200);
    expect(repeat.replies).to.have.length(0);
    expect(await stored()).to.equal(before);
    expect((await deliver('a3', 'money worries')).replies.length).to.be.greaterThan(0);
  });

  it('the same id in another conversation is another message', async () => {
    expect((await deliver('same', 'hello', 'once-a')).replies.length).to.be.greaterThan(0);
    expect((await deliver('same', 'hello', 'once-b')).replies.length).to.be.greaterThan(0);
  });

  it('an unreachable record: the message is answered anyway (it may carry risk), and again when repeated', async () => {
    sinon.stub(LocalSeenActivities.prototype, 'firstSighting').rejects(new Error('down'));
    for (let i = 0; i < 2; i++) expect(JSON.stringify((await deliver('r1', 'I want to kill myself tonight')).replies)).to.match(/116 123/);
  });

  it('the record in a file survives a restart and forgets ids after their time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seen-'));
    let now = Date.UTC(2026, 11, 1);
    try {
      const file = join(dir, 'seen.log');
      const first = new LocalSeenActivities({ ttlMs: 60_000, file, now: () => now });
      expect(await first.firstSighting('c:1')).to.equal(true);
      expect(await first.firstSighting('c:1')).to.equal(false);
      await first.close();
      const restarted = new LocalSeenActivities({ ttlMs: 60_000, file, now: () => now });
      expect(await restarted.firstSighting('c:1')).to.equal(false);
      now += 60_001;
      expect(await restarted.firstSighting('c:1')).to.equal(true);
      await restarted.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('many messages at once share their writes, and every id is on disk when its turn goes on', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seen-'));
    try {
      const file = join(dir, 'seen.log');
      let writes = 0;
      const append = (path: string, text: string) => {
        writes += 1;
        return appendFile(path, text);
      };
      const record = new LocalSeenActivities({ ttlMs: 60_000, file, append });
      const ids = Array.from({ length: 50 }, (_, i) => `c:${i}`);
      expect(await Promise.all(ids.map((id) => record.firstSighting(id)))).to.deep.equal(ids.map(() => true));
      expect(writes).to.be.lessThan(5);
      expect((await readFile(file, 'utf8')).trim().split('\n')).to.have.length(50);
      const restarted = new LocalSeenActivities({ ttlMs: 60_000, file });
      expect(await Promise.all(ids.map((id) => restarted.firstSighting(id)))).to.deep.equal(ids.map(() => false));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('save before send', () => {
  class SlowWrites extends MemoryStateStorage {
    release?: () => void;
    hold = false;
    override async write(changes: Parameters<MemoryStateStorage['write']>[0]): Promise<void> {
      if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
      return super.write(changes);
    }
  }

  const cases = [
    { name: 'a message without risk: nothing is sent until the state is saved', text: 'money worries', sentBeforeSave: false },
    { name: 'a message with risk: the crisis reply goes out while the state is still saving', text: 'I want to kill myself tonight', sentBeforeSave: true },
  ];
  for (const { name, text, sentBeforeSave } of cases) {
    it(name, async () => {
      const storage = new SlowWrites();
      const h = await startBot({ storage });
      try {
        await h.say('hello');
        storage.hold = true;
        const turn = h.say(text);
        while (!storage.release) await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        expect(h.adapter.activeQueue.length > 0, 'replies sent before the save finished').to.equal(sentBeforeSave);
        storage.hold = false;
        storage.release();
        expect((await turn).activities.length).to.be.greaterThan(0);
      } finally {
        await h.close();
      }
    });
  }
});
