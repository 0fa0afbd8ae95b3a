import express from 'express';
import { addressKey, clientAddress, TrustProxy } from './live-address';

/** Express compiles TRUST_PROXY exactly as the app does (app.factory sets 'trust proxy'). */
function trust(setting: string | number | boolean): TrustProxy {
  const app = express();
  app.set('trust proxy', setting);
  return app.get('trust proxy fn');
}
const socket = (address: string, xff?: string) => ({ handshake: { address, headers: xff ? { 'x-forwarded-for': xff } : {} } }) as never;

describe('the client address behind a live-room socket', () => {
  it('takes X-Forwarded-For only from a trusted proxy, right to left, as req.ip does', () => {
    // Behind nginx on loopback (the default TRUST_PROXY): the address nginx saw, not what the client wrote before it.
    expect(clientAddress(socket('127.0.0.1', '203.0.113.5'), trust('loopback'))).toBe('203.0.113.5');
    expect(clientAddress(socket('::ffff:127.0.0.1', '6.6.6.6, 203.0.113.5'), trust('loopback'))).toBe('203.0.113.5');
    // A client connecting directly cannot pick its address with the header.
    expect(clientAddress(socket('198.51.100.7', '203.0.113.5'), trust('loopback'))).toBe('198.51.100.7');
    expect(clientAddress(socket('127.0.0.1', '203.0.113.5'), trust(false))).toBe('127.0.0.1');
    // Hop count: one proxy in front.
    expect(clientAddress(socket('10.0.0.2', '6.6.6.6, 203.0.113.5'), trust(1))).toBe('203.0.113.5');
    expect(clientAddress(socket('10.0.0.2'), trust(1))).toBe('10.0.0.2');
    expect(clientAddress(socket('10.0.0.2', '203.0.113.5'))).toBe('10.0.0.2');
  });

  it('keys IPv6 by its /64 (one subscriber rotates within it freely) and IPv4-mapped as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(addressKey('not an address')).toBe('unknown');
  });
});
