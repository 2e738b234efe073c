/** TurnState writes exactly what botbuilder's ConversationState writes, for every way a turn uses its state. */
import { expect } from 'chai';
import { ConversationState, MemoryStorage, TestAdapter, TurnContext, type StoreItems } from 'botbuilder';
import { TurnState } from '../../bots/turnState';

type Step = (state: ConversationState, context: TurnContext) => Promise<void>;

const prop = (state: ConversationState) => state.createProperty<{ n: number; list: string[] }>('data');
const set: Step = async (state, context) => void (await prop(state).set(context, { n: 1, list: ['a'] }));
const change: Step = async (state, context) => void ((await prop(state).get(context, { n: 0, list: [] })).n += 1);
const read: Step = async (state, context) => void (await prop(state).get(context, { n: 0, list: [] }));
const save: Step = (state, context) => state.saveChanges(context);
const force: Step = (state, context) => state.saveChanges(context, true);
const clear: Step = (state, context) => state.clear(context);
const remove: Step = (state, context) => prop(state).delete(context);
const reload: Step = async (state, context) => void (await state.load(context, true));

/** Each case: the turns, each a list of steps, run on a fresh store. */
const CASES: Array<[string, Step[][]]> = [
  ['a first turn that sets and saves', [[set, save]]],
  [
    'a turn that reads and changes nothing writes nothing',
    [
      [set, save],
      [read, save],
    ],
  ],
  [
    'a change is written, a second save with no change is not',
    [
      [set, save],
      [change, save, save],
    ],
  ],
  ['a save with no state loaded writes nothing', [[save]]],
  ['a forced save writes even unchanged, even with nothing loaded', [[force], [read, force]]],
  [
    'clear then save writes an empty state',
    [
      [set, save],
      [clear, save],
    ],
  ],
  [
    'a property deleted is written',
    [
      [set, save],
      [remove, save],
    ],
  ],
  [
    'a forced reload drops what the turn changed',
    [
      [set, save],
      [change, reload, save],
    ],
  ],
  [
    'changes across three turns',
    [
      [set, save],
      [change, save],
      [change, save],
    ],
  ],
];

async function run(make: (storage: MemoryStorage) => ConversationState, turns: Step[][]): Promise<{ writes: StoreItems[]; stored: StoreItems }> {
  const storage = new MemoryStorage();
  const writes: StoreItems[] = [];
  const write = storage.write.bind(storage);
  storage.write = async (changes) => {
    writes.push(JSON.parse(JSON.stringify(changes)) as StoreItems);
    await write(changes);
  };
  const state = make(storage);
  for (const steps of turns) {
    const adapter = new TestAdapter(async (context) => {
      for (const step of steps) await step(state, context);
    });
    await adapter.send('hi');
  }
  const key = 'test/conversations/Convo1/';
  return { writes: writes.map((w) => ({ ...w[key], eTag: undefined })), stored: { ...(await storage.read([key]))[key], eTag: undefined } };
}

describe('TurnState', () => {
  for (const [name, turns] of CASES) {
    it(`writes what ConversationState writes: ${name}`, async () => {
      const ours = await run((storage) => new TurnState(storage), turns);
      const theirs = await run((storage) => new ConversationState(storage), turns);
      expect(ours).to.deep.equal(theirs);
    });
  }

  it("keeps the turn's state where botbuilder's accessors find it", async () => {
    const state = new TurnState(new MemoryStorage());
    const adapter = new TestAdapter(async (context) => {
      const loaded = await state.load(context);
      expect(state.get(context)).to.equal(loaded);
      await prop(state).set(context, { n: 2, list: [] });
      expect((state.get(context) as { data?: unknown }).data).to.deep.equal({ n: 2, list: [] });
    });
    await adapter.send('hi');
  });
});
