/** A state file's text: the same whether the item comes as an object or already serialised. */
import { expect } from 'chai';
import { hashKey, parseStateFile, SerialisedItem, serialiseStateFile, type StateFile } from '../../storage/lowdbLayout';

const ITEMS: Array<[string, Record<string, unknown>]> = [
  ['a flat item', { v: 1, eTag: 'e1' }],
  [
    'nested objects, arrays and unicode',
    { data: { situation: { who: 'mam', topics: ['money', 'break'] }, recent: ['مرحبا', '癌症', 'dziękuję'] }, eTag: 'e2' },
  ],
  ['integer-like keys and odd numbers', { 2: 'b', 1: 'a', x: -0, y: 1e21, z: null }],
  ['an empty item', {}],
];

describe('lowdb state file layout', () => {
  for (const [what, item] of ITEMS) {
    it(`${what}: a serialised item gives JSON.stringify's text, which parses back`, () => {
      const file: StateFile = { key: 'webchat/conversations/a+b/ü', lastWrite: 1_796_000_000_000, item };
      const text = serialiseStateFile({ ...file, item: new SerialisedItem(JSON.stringify(item)) });
      expect(text).to.equal(JSON.stringify(file));
      expect(serialiseStateFile(file)).to.equal(text);
      expect(parseStateFile(text)).to.deep.equal(JSON.parse(JSON.stringify(file)));
    });
  }

  it('names a key by the hex SHA-256 of its UTF-8 text', () => {
    expect(hashKey('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashKey('ü')).to.have.length(64).and.not.equal(hashKey('u'));
  });
});
