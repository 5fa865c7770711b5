import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, ZeroDenominatorError, gcd, lcm, q } from '../../src/scalar/rational.ts';

describe('Rational', () => {
  it('is always in lowest terms with a positive denominator', () => {
    const r = Rational.of(6n, -4n);
    expect([r.num, r.den]).toEqual([-3n, 2n]);
    expect(q(-6, -4).toString()).toBe('3/2');
    expect(q(0, -5).toString()).toBe('0');
    expect(q(0, 7).den).toBe(1n);
    expect(q(10, 5).toString()).toBe('2');
  });

  it('refuses a zero denominator and division by zero', () => {
    expect(() => q(1, 0)).toThrow(ZeroDenominatorError);
    expect(() => q(1, 2).div(Rational.ZERO)).toThrow(ZeroDenominatorError);
    expect(() => Rational.ZERO.inv()).toThrow(ZeroDenominatorError);
  });

  it('refuses a number that is not a safe integer', () => {
    expect(() => Rational.of(0.5)).toThrow(RangeError);
    expect(() => Rational.of(2 ** 53)).toThrow(RangeError);
  });

  it('does exact arithmetic', () => {
    expect(q(1, 2).add(q(1, 3)).toString()).toBe('5/6');
    expect(q(1, 2).sub(q(1, 3)).toString()).toBe('1/6');
    expect(q(2, 3).mul(q(9, 4)).toString()).toBe('3/2');
    expect(q(2, 3).div(q(-4, 9)).toString()).toBe('-3/2');
    expect(q(-3, 7).neg().toString()).toBe('3/7');
    expect(q(-3, 7).abs().toString()).toBe('3/7');
    expect(q(-3, 7).inv().toString()).toBe('-7/3');
    expect(q(1, 3).add(q(2, 3)).toString()).toBe('1');
    expect(q(5).add(q(-5)).isZero()).toBe(true);
    // 0.1 + 0.2 is exactly 3/10 here.
    expect(q(1, 10).add(q(2, 10)).equals(q(3, 10))).toBe(true);
  });

  it('compares, signs and tests integrality exactly', () => {
    expect(q(1, 3).compare(q(33333333333, 100000000000))).toBe(1);
    expect(q(-1, 2).compare(q(-1, 3))).toBe(-1);
    expect(q(2, 4).compare(q(1, 2))).toBe(0);
    expect([q(-2, 3).sign(), Rational.ZERO.sign(), q(1, 9).sign()]).toEqual([-1, 0, 1]);
    expect(q(4, 2).isInteger()).toBe(true);
    expect(q(3, 2).isInteger()).toBe(false);
  });

  it('prints "n" or "p/q", and JSON as that string', () => {
    expect(q(3, 4).toString()).toBe('3/4');
    expect(q(-7).toString()).toBe('-7');
    expect(JSON.stringify([q(1, 2), q(-3)])).toBe('["1/2","-3"]');
    const big = Rational.of(10n ** 40n + 1n, 3n);
    expect(big.toString()).toBe('10000000000000000000000000000000000000001/3');
  });

  it('approximates only for display', () => {
    expect(q(1, 4).approximate()).toBe(0.25);
    expect(q(-1, 3).approximate()).toBeCloseTo(-0.333333, 5);
  });

  it('has gcd and lcm on BigInt', () => {
    expect(gcd(-12n, 18n)).toBe(6n);
    expect(gcd(0n, -5n)).toBe(5n);
    expect(lcm(4n, -6n)).toBe(12n);
    expect(lcm(0n, 6n)).toBe(0n);
  });

  it('satisfies field identities (property, fixed seed)', () => {
    const rat = fc
      .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 50 }))
      .map(([n, d]) => q(n, d));
    fc.assert(
      fc.property(rat, rat, rat, (a, b, c) => {
        expect(
          a
            .add(b)
            .mul(c)
            .equals(a.mul(c).add(b.mul(c))),
        ).toBe(true);
        expect(a.sub(b).add(b).equals(a)).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).equals(a)).toBe(true);
        expect(gcd(a.num, a.den)).toBe(1n);
        expect(a.den > 0n).toBe(true);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
