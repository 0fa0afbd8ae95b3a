import { socketClientAddress } from './client-address';

const socket = (address: string, forwarded?: string) =>
  ({ handshake: { address, headers: forwarded ? { 'x-forwarded-for': forwarded } : {} } }) as never;
const loopback = (addr: string) => addr === '127.0.0.1' || addr === '::1' || addr === '::ffff:127.0.0.1';

describe('the client address of a socket', () => {
  it('is the TCP peer without a trusted proxy', () => {
    expect(socketClientAddress(socket('198.51.100.4', '10.9.9.9'))).toBe('198.51.100.4');
    expect(socketClientAddress(socket('198.51.100.4', '10.9.9.9'), () => false)).toBe('198.51.100.4');
    expect(socketClientAddress(socket('198.51.100.4', '10.9.9.9'), loopback)).toBe('198.51.100.4');
  });

  it('is the forwarded client behind a trusted proxy, and a client cannot prepend a spoofed hop', () => {
    expect(socketClientAddress(socket('127.0.0.1', '203.0.113.7'), loopback)).toBe('203.0.113.7');
    expect(socketClientAddress(socket('::ffff:127.0.0.1', '1.2.3.4, 203.0.113.7'), loopback)).toBe('203.0.113.7');
    expect(socketClientAddress(socket('127.0.0.1'), loopback)).toBe('127.0.0.1');
  });

  it('walks as many hops as are trusted (TRUST_PROXY=2)', () => {
    const hops = (_addr: string, i: number) => i < 2;
    expect(socketClientAddress(socket('10.0.0.1', '1.2.3.4, 203.0.113.7, 10.0.0.2'), hops)).toBe('203.0.113.7');
  });
});
