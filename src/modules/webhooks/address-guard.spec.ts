import { AddressGuard, blockedReason } from './address-guard';

describe('blockedReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.1.2.3', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.100.100.200', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['168.63.129.16', 'cloud metadata'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::a00:1', 'NAT64'],
    ['2002:a00:1::', '6to4'],
  ])('refuses %s (%s)', (ip, what) => {
    expect(blockedReason(ip)).toContain(what);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows public %s',
    (ip) => expect(blockedReason(ip)).toBeNull(),
  );
});

describe('AddressGuard', () => {
  const guard = (allowPrivate = false) =>
    new AddressGuard({ allowPrivate } as ConstructorParameters<typeof AddressGuard>[0]);

  it('refuses a name when any of its addresses is private, and pins a public one', async () => {
    const g = guard();
    g.lookup = async (host) =>
      host === 'mixed.example'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '10.0.0.7', family: 4 },
          ]
        : [{ address: '93.184.216.34', family: 4 }];
    await expect(g.resolve(new URL('https://mixed.example/x'))).rejects.toThrow(/10\.0\.0\.7/);
    await expect(g.resolve(new URL('https://ok.example/x'))).resolves.toEqual({
      address: '93.184.216.34',
      family: 4,
    });
  });

  it('judges the host of a URL as WHATWG URL normalises it', async () => {
    const g = guard();
    for (const url of [
      'http://[::ffff:127.0.0.1]/',
      'http://2130706433/',
      'http://0x7f.0.0.1/',
      'http://localhost/',
      'http://api.localhost./',
    ]) {
      await expect(g.resolve(new URL(url))).rejects.toThrow(/loopback/);
    }
  });

  it('lets private addresses through when WEBHOOK_ALLOW_PRIVATE is set', async () => {
    await expect(guard(true).resolve(new URL('http://127.0.0.1:9/'))).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
  });
});
