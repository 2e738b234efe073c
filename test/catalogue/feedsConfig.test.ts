import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../config';

describe('catalogue feeds: configuration', () => {
  const table: Array<[string, Record<string, string>, unknown]> = [
    ['no feeds: nothing to fetch', {}, undefined],
    ['blank: nothing to fetch', { CATALOGUE_FEEDS: ' , ' }, undefined],
    [
      'https feeds, every hour by default',
      { CATALOGUE_FEEDS: 'https://a.example.org/services, https://b.example.org/feed' },
      { urls: ['https://a.example.org/services', 'https://b.example.org/feed'], everyMs: 3_600_000, allowPrivate: false },
    ],
    [
      'http on an intranet with ALLOW_PRIVATE, every 15 minutes',
      { CATALOGUE_FEEDS: 'http://10.0.0.5/feed', CATALOGUE_FEEDS_ALLOW_PRIVATE: '1', CATALOGUE_FEED_MINUTES: '15' },
      { urls: ['http://10.0.0.5/feed'], everyMs: 900_000, allowPrivate: true },
    ],
  ];
  for (const [what, env, expected] of table) {
    it(what, () => expect(loadConfig(env).catalogueFeeds).to.deep.equal(expected));
  }

  const refused: Array<[string, Record<string, string>, string]> = [
    ['http without ALLOW_PRIVATE', { CATALOGUE_FEEDS: 'http://a.example.org/feed' }, 'CATALOGUE_FEEDS'],
    ['not a URL', { CATALOGUE_FEEDS: 'feeds please' }, 'CATALOGUE_FEEDS'],
    ['another scheme', { CATALOGUE_FEEDS: 'file:///etc/passwd', CATALOGUE_FEEDS_ALLOW_PRIVATE: 'true' }, 'CATALOGUE_FEEDS'],
    ['too often', { CATALOGUE_FEEDS: 'https://a.example.org/f', CATALOGUE_FEED_MINUTES: '1' }, 'CATALOGUE_FEED_MINUTES'],
  ];
  for (const [what, env, variable] of refused) {
    it(`refuses ${what}`, () => {
      expect(() => loadConfig(env))
        .to.throw(ConfigError)
        .with.property('variable', variable);
    });
  }
});
