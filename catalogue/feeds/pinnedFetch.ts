/**
 * The real fetch for feeds: core/pinnedFetch (the connection goes only to the addresses its lookup
 * resolved and checked, so DNS rebinding between check and connection does not get through), with
 * its refusal as a FeedError. Never follows redirects itself (fetchFeed checks each hop).
 */
import { checkedLookup, pinnedFetch as pinned, PrivateAddressError, resolveAll } from '../../core/pinnedFetch';
import { FeedError, type FeedFetch } from './fetchFeed';

export { checkedLookup, resolveAll };

export function pinnedFetch(allowPrivate: boolean): FeedFetch {
  const fetcher = pinned({ allowPrivate });
  return (url, init) =>
    fetcher(url, { method: 'GET', headers: init.headers, signal: init.signal }).catch((error: unknown) => {
      throw error instanceof PrivateAddressError ? new FeedError('address', error.message) : error;
    });
}
