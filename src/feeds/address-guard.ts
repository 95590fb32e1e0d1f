import { BlockList, isIP } from 'node:net';

/**
 * Addresses a feed may never be fetched from, whatever the configuration: cloud metadata services
 * hand out credentials, and multicast/reserved space is never a web server.
 */
const alwaysBlocked = new BlockList();
alwaysBlocked.addAddress('169.254.169.254', 'ipv4'); // AWS, GCP, Azure, OpenStack metadata
alwaysBlocked.addAddress('169.254.170.2', 'ipv4'); // AWS ECS task credentials
alwaysBlocked.addAddress('100.100.100.200', 'ipv4'); // Alibaba Cloud metadata
alwaysBlocked.addAddress('fd00:ec2::254', 'ipv6'); // AWS metadata over IPv6
alwaysBlocked.addSubnet('224.0.0.0', 4, 'ipv4'); // multicast
alwaysBlocked.addSubnet('240.0.0.0', 4, 'ipv4'); // reserved, includes broadcast
alwaysBlocked.addSubnet('ff00::', 8, 'ipv6'); // multicast

/** Our own network and the machine itself: blocked unless local testing asks otherwise. */
const privateRanges = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches localhost on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
] as const) {
  privateRanges.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local, still routed by some stacks
] as const) {
  privateRanges.addSubnet(net, bits, 'ipv6');
}

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Decides whether a connection to `address` (a literal IPv4 or IPv6 address) is allowed.
 * IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that
 * IPv4 address, so `::ffff:127.0.0.1` is loopback.
 */
export function checkAddress(address: string, allowPrivate: boolean): AddressVerdict {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return { allowed: false, reason: `"${address}" is not an IP address` };
  if (family === 6) {
    const embedded = embeddedIPv4(bare);
    if (embedded !== null) return checkAddress(embedded, allowPrivate);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  if (alwaysBlocked.check(bare, type)) {
    return { allowed: false, reason: `${bare} is a metadata, multicast or reserved address` };
  }
  if (!allowPrivate && privateRanges.check(bare, type)) {
    return { allowed: false, reason: `${bare} is a loopback, private or link-local address` };
  }
  return { allowed: true };
}

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase();
  // A trailing dotted quad stands for the last two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headGroups.length - tailGroups.length;
  return [...headGroups, ...Array<string>(Math.max(missing, 0)).fill('0'), ...tailGroups].map((g) =>
    Number.parseInt(g, 16),
  );
}

function toDotted(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/** The IPv4 address an IPv6 address tunnels to, if it is one of the forms that do. */
function embeddedIPv4(address: string): string | null {
  const g = ipv6Groups(address);
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(5) && g5 === 0xffff) return toDotted(g6, g7); // ::ffff:a.b.c.d (mapped)
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return toDotted(g6, g7); // ::ffff:0:a.b.c.d (translated)
  if (zeroUpTo(6) && (g6 !== 0 || g7 > 1)) return toDotted(g6, g7); // ::a.b.c.d (compatible)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return toDotted(g6, g7); // 64:ff9b::/96 NAT64
  }
  if (g0 === 0x2002 && g1 !== undefined && g2 !== undefined) return toDotted(g1, g2); // 6to4
  return null;
}
