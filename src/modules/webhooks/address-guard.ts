import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { promises as dns } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { webhookConfig } from '../../config/configuration';

/** Public unicast addresses that still reach a cloud provider's host services. */
const CLOUD_METADATA = [
  '168.63.129.16', // Azure wire server
  'fd00:ec2::254', // AWS IMDS over IPv6 (unique-local anyway)
];

/**
 * Why `ip` may not receive webhooks (loopback, private, link-local, CGNAT, multicast, cloud
 * metadata, reserved…), or null when it is a public unicast address. IPv4-mapped IPv6
 * (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries; every other special IPv6
 * range (NAT64, 6to4, Teredo, unique-local…) is refused outright.
 */
export function blockedReason(ip: string): string | null {
  if (!ipaddr.isValid(ip)) return 'is not an IP address';
  let addr = ipaddr.parse(ip);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  }
  const normalized = addr.toNormalizedString();
  if (CLOUD_METADATA.some((m) => ipaddr.parse(m).toNormalizedString() === normalized)) {
    return 'is a cloud metadata address';
  }
  const range = addr.range();
  const name = RANGE_NAMES[range] ?? range;
  return range === 'unicast' ? null : `is ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} address`;
}

const RANGE_NAMES: Record<string, string> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local (or cloud metadata)',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private',
  uniqueLocal: 'unique-local (private)',
  reserved: 'reserved',
  benchmarking: 'benchmarking',
  rfc6052: 'NAT64',
  rfc6145: 'IPv4-translated',
  '6to4': '6to4',
  teredo: 'Teredo',
};

/** The address a request is pinned to: checked once, connected to, never re-resolved. */
export interface PinnedAddress {
  address: string;
  family: 4 | 6;
}

export class BlockedAddressError extends Error {
  readonly code = 'blocked_address';
}

export class DnsError extends Error {
  readonly code = 'dns';
}

export type Lookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

const systemLookup: Lookup = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * The SSRF guard: a webhook URL's host is resolved, every address is checked, and the request
 * is pinned to the checked address (so a second DNS answer cannot swap in a private one).
 * Runs when a subscription is saved and again before every attempt. `WEBHOOK_ALLOW_PRIVATE`
 * lifts the range check (local development, tests); resolution and pinning stay.
 */
@Injectable()
export class AddressGuard {
  /** The resolver; tests replace it to answer names without a network. */
  lookup: Lookup = systemLookup;

  constructor(
    @Inject(webhookConfig.KEY) private readonly config: ConfigType<typeof webhookConfig>,
  ) {}

  get allowPrivate(): boolean {
    return this.config.allowPrivate;
  }

  /** Resolves the URL's host to one allowed address, or throws BlockedAddressError / DnsError. */
  async resolve(url: URL): Promise<PinnedAddress> {
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses: { address: string; family: number }[];
    if (ipaddr.isValid(host)) {
      addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
    } else {
      if (!this.allowPrivate && /(^|\.)localhost\.?$/i.test(host)) {
        throw new BlockedAddressError(`${host} is a loopback name`);
      }
      try {
        addresses = await this.lookup(host);
      } catch (e) {
        throw new DnsError(
          `${host} does not resolve (${(e as { code?: string }).code ?? 'error'})`,
        );
      }
      if (addresses.length === 0) throw new DnsError(`${host} does not resolve`);
    }
    if (!this.allowPrivate) {
      // Every answer must be public: a name that also resolves to 10.x could be steered there.
      for (const a of addresses) {
        const reason = blockedReason(a.address);
        if (reason) {
          throw new BlockedAddressError(
            a.address === host
              ? `${host} ${reason}`
              : `${host} resolves to ${a.address}, which ${reason}`,
          );
        }
      }
    }
    const first = addresses[0];
    return { address: first.address, family: first.family === 6 ? 6 : 4 };
  }
}
