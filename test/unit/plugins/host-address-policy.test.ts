import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../../server/src/plugins/host/address-policy.js';
import { exactlyListed, hostAllowed } from '../../../server/src/plugins/host/host-allow-list.js';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true], ['127.8.9.10', true], ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true],
    ['172.32.0.1', false], ['192.168.1.1', true], ['169.254.169.254', true], ['100.64.0.1', true], ['0.0.0.0', true],
    ['224.0.0.1', true], ['255.255.255.255', true], ['8.8.8.8', false], ['93.184.216.34', false],
    ['::1', true], ['::', true], ['fd00:ec2::254', true], ['fc00::1', true], ['fe80::1', true], ['ff02::1', true],
    ['::ffff:127.0.0.1', true], ['::ffff:7f00:1', true], ['::ffff:169.254.169.254', true], ['::ffff:8.8.8.8', false],
    ['2606:4700:4700::1111', false], ['not-an-ip', true],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});

describe('host allow-list', () => {
  const list = ['api.example.com', '*.shop.test', '127.0.0.1:4010', 'erp.local:8443'];
  it.each([
    ['https://api.example.com/x', true, false],
    ['http://api.example.com:8080/x', true, false],
    ['https://a.shop.test/', true, false],
    ['https://deep.a.shop.test/', true, false],
    ['https://shop.test/', false, false],
    ['https://evilshop.test/', false, false],
    ['https://api.example.com.evil.io/', false, false],
    ['http://127.0.0.1:4010/', true, true],
    ['http://127.0.0.1:4011/', false, false],
    ['http://127.0.0.1/', false, false],
    ['https://erp.local:8443/', true, true],
    ['https://erp.local/', false, false],
  ])('%s → allowed %s, exactly listed %s', (url, allowed, exact) => {
    expect(hostAllowed(new URL(url), list)).toBe(allowed);
    expect(exactlyListed(new URL(url), list)).toBe(exact);
  });

  it('an entry for port 443 matches an https URL without a port', () => {
    expect(exactlyListed(new URL('https://pay.test/'), ['pay.test:443'])).toBe(true);
  });
});
