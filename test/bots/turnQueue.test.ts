import { expect } from 'chai';
import type { TurnContext } from 'botbuilder';
import { SerialTurnsMiddleware } from '../../bots/turnQueue';

function contextFor(conversationId: string, channelId = 'webchat'): TurnContext {
  return { activity: { channelId, conversation: { id: conversationId } } } as unknown as TurnContext;
}

/** A promise with its resolve exposed, to hold a turn open until the test lets it go. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('SerialTurnsMiddleware', () => {
  it('runs the turns of one conversation one at a time, in arrival order', async () => {
    const queue = new SerialTurnsMiddleware();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const turn = (name: string, ms: number) =>
      queue.onTurn(contextFor('c1'), async () => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        running--;
      });
    // Later turns are quicker: without the queue they would finish first.
    await Promise.all([turn('a', 30), turn('b', 10), turn('c', 1)]);
    expect(maxRunning).to.equal(1);
    expect(log).to.deep.equal(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('runs different conversations in parallel', async () => {
    const queue = new SerialTurnsMiddleware();
    const held = gate();
    let otherRan = false;
    const first = queue.onTurn(contextFor('c1'), () => held.promise);
    await queue.onTurn(contextFor('c2'), async () => void (otherRan = true));
    expect(otherRan).to.equal(true);
    held.open();
    await first;
  });

  it('keeps the same conversation id on different channels apart', async () => {
    const queue = new SerialTurnsMiddleware();
    const held = gate();
    const first = queue.onTurn(contextFor('same', 'webchat'), () => held.promise);
    let otherRan = false;
    await queue.onTurn(contextFor('same', 'sms'), async () => void (otherRan = true));
    expect(otherRan).to.equal(true);
    held.open();
    await first;
  });

  it('does not let a failed turn block the next one', async () => {
    const queue = new SerialTurnsMiddleware();
    const failing = queue.onTurn(contextFor('c1'), async () => {
      throw new Error('boom');
    });
    let nextRan = false;
    const next = queue.onTurn(contextFor('c1'), async () => void (nextRan = true));
    const error = await failing.then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.equal('boom');
    await next;
    expect(nextRan).to.equal(true);
    expect(queue.activeConversations).to.equal(0);
  });

  it('drain() waits for running and queued turns, then the queue is empty', async () => {
    const queue = new SerialTurnsMiddleware();
    const held = gate();
    const done: string[] = [];
    const turns = [
      queue.onTurn(contextFor('c1'), async () => {
        await held.promise;
        done.push('c1 first');
      }),
      queue.onTurn(contextFor('c1'), async () => void done.push('c1 second')),
      queue.onTurn(contextFor('c2'), async () => {
        await held.promise;
        done.push('c2');
      }),
    ];
    let drained = false;
    const draining = queue.drain().then(() => (drained = true));
    await tick();
    expect(drained).to.equal(false);
    expect(queue.activeConversations).to.equal(2);
    held.open();
    await draining;
    expect(done).to.have.members(['c1 first', 'c1 second', 'c2']);
    expect(queue.activeConversations).to.equal(0);
    await Promise.all(turns);
  });

  it('drain() also waits for a turn queued while draining', async () => {
    const queue = new SerialTurnsMiddleware();
    const held = gate();
    const done: string[] = [];
    const first = queue.onTurn(contextFor('c1'), () => held.promise);
    const draining = queue.drain();
    const late = queue.onTurn(contextFor('c1'), async () => void done.push('late'));
    held.open();
    await draining;
    expect(done).to.deep.equal(['late']);
    await Promise.all([first, late]);
  });

  it('drain() resolves at once when nothing runs', async () => {
    await new SerialTurnsMiddleware().drain();
  });

  it('forgets a conversation once its last turn has finished', async () => {
    const queue = new SerialTurnsMiddleware();
    for (let i = 0; i < 100; i++) await queue.onTurn(contextFor(`c${i}`), async () => undefined);
    expect(queue.activeConversations).to.equal(0);
  });
});
