/**
 * Who is asking, behind a reverse proxy (TRUST_PROXY). Forwarded headers are anyone's to write,
 * so they are believed only as far as configured: a hop count (the client is that many proxies
 * back from the peer) or the proxies' address ranges (addresses in them are skipped from the
 * right). Unset: the peer itself, as before.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

export type TrustProxy = { hops: number } | { cidrs: string[] };

/** Parses TRUST_PROXY: a whole number of hops, or comma-separated CIDR ranges (10.0.0.0/8, fd00::/8). */
export function parseTrustProxy(text: string): TrustProxy {
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const cidrs = text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  rangesOf(cidrs); // throws on a malformed range
  return { cidrs };
}

function rangesOf(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address, bits] = cidr.split('/');
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
    const prefix = Number(bits ?? (family === 'ipv4' ? 32 : 128));
    if (!family || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 'ipv4' ? 32 : 128)) throw new RangeError(`not an address range: ${cidr}`);
    list.addSubnet(address, prefix, family);
  }
  return list;
}

const plain = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** The client's address from the peer and its X-Forwarded-For header, trusting only what `trust` allows. */
export function clientAddressOf(peer: string, forwardedFor: string | string[] | undefined, trust: TrustProxy | undefined): string {
  if (!trust) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const chain = [
    ...header
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    peer,
  ].map(plain);
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)];
  const ranges = rangesOf(trust.cidrs);
  for (let i = chain.length - 1; i > 0; i--) {
    const address = chain[i];
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
    if (!family || !ranges.check(address, family)) return address;
  }
  return chain[0];
}
