import { MemoryStorage } from 'botbuilder';
import { MemoryStateStorage } from '../../storage/memoryStateStorage';
import { describeStorageContract } from './storageContract';

// botbuilder's own store is the reference the contract is written against; it never expires.
describeStorageContract('MemoryStorage (botbuilder)', () => new MemoryStorage());

describeStorageContract('MemoryStateStorage', () => new MemoryStateStorage(), {
  keys: (storage) => storage.keys(),
});
