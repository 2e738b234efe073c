import { expect } from 'chai';
import { clientAddressOf, parseTrustProxy, type TrustProxy } from '../../ops/trustProxy';

describe('TRUST_PROXY: the client address behind proxies', () => {
  const rows: { why: string; peer: string; xff?: string; trust?: TrustProxy; expected: string }[] = [
    { why: 'unset: the peer, whatever the header says', peer: '10.0.0.5', xff: '1.2.3.4', expected: '10.0.0.5' },
    { why: 'one hop: the address the proxy saw', peer: '10.0.0.5', xff: '1.2.3.4', trust: { hops: 1 }, expected: '1.2.3.4' },
    { why: 'one hop: a forged entry to the left is ignored', peer: '10.0.0.5', xff: '6.6.6.6, 1.2.3.4', trust: { hops: 1 }, expected: '1.2.3.4' },
    { why: 'more hops than entries: the leftmost', peer: '10.0.0.5', xff: '1.2.3.4', trust: { hops: 5 }, expected: '1.2.3.4' },
    {
      why: 'ranges: proxies skipped from the right',
      peer: '10.0.0.5',
      xff: '6.6.6.6, 1.2.3.4, 10.0.0.9',
      trust: { cidrs: ['10.0.0.0/8'] },
      expected: '1.2.3.4',
    },
    { why: 'ranges: a peer outside them is the client', peer: '8.8.8.8', xff: '1.2.3.4', trust: { cidrs: ['10.0.0.0/8'] }, expected: '8.8.8.8' },
    { why: 'IPv4-mapped peer', peer: '::ffff:10.0.0.5', xff: '1.2.3.4', trust: { cidrs: ['10.0.0.0/8'] }, expected: '1.2.3.4' },
  ];
  for (const { why, peer, xff, trust, expected } of rows) it(why, () => expect(clientAddressOf(peer, xff, trust)).to.equal(expected));

  it('parses hops and ranges, refuses nonsense', () => {
    expect(parseTrustProxy('2')).to.deep.equal({ hops: 2 });
    expect(parseTrustProxy('10.0.0.0/8, fd00::/8')).to.deep.equal({ cidrs: ['10.0.0.0/8', 'fd00::/8'] });
    expect(() => parseTrustProxy('10.0.0.0/99')).to.throw(RangeError);
    expect(() => parseTrustProxy('proxy.example')).to.throw(RangeError);
  });
});
