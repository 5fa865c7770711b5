import { describe, expect, it } from 'vitest';
import { Rational, q } from '../../src/scalar/rational.ts';
import { integerToLatex, rationalToLatex } from '../../src/scalar/rationalLatex.ts';

describe('rationalToLatex', () => {
  it('prints integers and signed fractions', () => {
    expect(rationalToLatex(q(3, 4))).toBe('\\frac{3}{4}');
    expect(rationalToLatex(q(-1, 2))).toBe('-\\frac{1}{2}');
    expect(rationalToLatex(q(7))).toBe('7');
    expect(rationalToLatex(q(-7))).toBe('-7');
    expect(rationalToLatex(Rational.ZERO)).toBe('0');
  });

  it('makes long integers breakable in groups of three digits', () => {
    expect(integerToLatex(123456789012n)).toBe('123456789012');
    expect(integerToLatex(1234567890123n)).toBe(
      '1\\,\\allowbreak 234\\,\\allowbreak 567\\,\\allowbreak 890\\,\\allowbreak 123',
    );
    expect(integerToLatex(-(10n ** 14n))).toBe(
      '-100\\,\\allowbreak 000\\,\\allowbreak 000\\,\\allowbreak 000\\,\\allowbreak 000',
    );
    expect(rationalToLatex(Rational.of(1n, 10n ** 13n))).toBe(
      '\\frac{1}{10\\,\\allowbreak 000\\,\\allowbreak 000\\,\\allowbreak 000\\,\\allowbreak 000}',
    );
  });
});
