import { describe, expect, it } from 'vitest';
import { CONTACT_PHONE, MOBILE_PHONE, passwordsMatch, payRangeOrdered } from './rules';

describe('form rules', () => {
  it('takes mainland mobile numbers only for sign-up', () => {
    for (const ok of ['13800138000', '19912345678', '15193000000']) expect(MOBILE_PHONE.test(ok)).toBe(true);
    for (const bad of ['12800138000', '1380013800', '138001380000', '+8613800138000', '138 0013 8000', '0931-8123456', ''])
      expect(MOBILE_PHONE.test(bad)).toBe(false);
  });

  it('takes a mobile or a landline with area code as a company contact', () => {
    for (const ok of ['13800138000', '0931-8123456', '09318123456', '010-12345678']) expect(CONTACT_PHONE.test(ok)).toBe(true);
    for (const bad of ['8123456', '0931-81234', '931-8123456', 'tel:13800138000']) expect(CONTACT_PHONE.test(bad)).toBe(false);
  });

  it('orders a pay range, with either end open', () => {
    expect(payRangeOrdered(4000, 6000)).toBe(true);
    expect(payRangeOrdered(5000, 5000)).toBe(true);
    expect(payRangeOrdered(6000, 5999)).toBe(false);
    expect(payRangeOrdered(null, 3000)).toBe(true);
    expect(payRangeOrdered(3000, undefined)).toBe(true);
  });

  it('matches the password confirmation, leaving an empty box to the required rule', () => {
    expect(passwordsMatch('Demo@2026', 'Demo@2026')).toBe(true);
    expect(passwordsMatch('Demo@2026', 'demo@2026')).toBe(false);
    expect(passwordsMatch('Demo@2026', '')).toBe(true);
    expect(passwordsMatch(undefined, undefined)).toBe(true);
  });
});
