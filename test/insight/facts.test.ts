import { expect } from 'chai';
import { turnEvents, type TurnObservation } from '../../insight/facts';

const base: TurnObservation = { counted: [], message: true, channel: 'webchat', language: 'en', risk: 'none', topics: [], unmet: [] };
const show = (o: Partial<TurnObservation>) => {
  const { events, counted } = turnEvents({ ...base, ...o });
  return { events: events.map((e) => `${e.metric}:${e.category}`), counted };
};

describe('turnEvents (what a turn adds)', () => {
  const cases: Array<{ name: string; turn: Partial<TurnObservation>; events: string[]; counted?: string[] }> = [
    { name: 'a welcome before anyone writes counts nothing', turn: { message: false, topics: ['money'] }, events: [], counted: [] },
    {
      name: 'the first message starts a conversation, with its channel and language',
      turn: { channel: 'sms' },
      events: ['conversations:started', 'channel:sms', 'language:en'],
      counted: ['start', 'l:en'],
    },
    { name: 'a later message in the same language adds nothing', turn: { counted: ['start', 'l:en'] }, events: [] },
    { name: 'a new language counts once', turn: { counted: ['start', 'l:en'], language: 'cy' }, events: ['language:cy'] },
    {
      name: 'risk levels above none, topics and the council count once each',
      turn: { counted: ['start', 'l:en', 't:money'], risk: 'urgent', topics: ['money', 'break', 'break'], council: 'E09000028' },
      events: ['risk:urgent', 'topic:break', 'council:E09000028'],
    },
    {
      name: 'nothing local for a topic in a council is unmet need, once',
      turn: {
        counted: ['start', 'l:en', 'u:break/E06000044'],
        unmet: [
          { topic: 'break', council: 'E06000044' },
          { topic: 'money', council: 'E06000044' },
        ],
      },
      events: ['unmet:money/E06000044'],
    },
    {
      name: 'asking for a call back counts when the state turns to it',
      turn: { counted: ['start', 'l:en'], handoffBefore: 'callback_offered', handoffAfter: 'callback_requested' },
      events: ['handoff:callback'],
    },
    {
      name: 'a call back already asked for is not counted again',
      turn: { counted: ['start', 'l:en'], handoffBefore: 'callback_requested', handoffAfter: 'callback_requested' },
      events: [],
    },
    {
      name: 'a turn after a welcome in an already started conversation still counts (not a message: no language)',
      turn: { counted: ['start'], message: false, risk: 'concern' },
      events: ['risk:concern'],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const got = show(c.turn);
      expect(got.events).to.deep.equal(c.events);
      if (c.counted) expect(got.counted).to.deep.equal(c.counted);
    });

  it('stops adding tags at the cap', () => {
    const counted = Array.from({ length: 200 }, (_, i) => `t:x${i}`);
    expect(show({ counted, topics: ['money'] }).events).to.deep.equal([]);
  });
});
