import { describe, expect, it } from 'vitest';
import { q } from '../../src/scalar/rational.ts';
import { Polynomial } from '../../src/parametric/polynomial.ts';
import { parseExpression } from '../../src/parametric/parseExpression.ts';
import { rationalRoots } from '../../src/parametric/rationalRoots.ts';
import { InputError } from '../../src/scalar/parseRational.ts';

const P = ['a', 'b', 't'];
const parse = (s: string): Polynomial => parseExpression(s, P, 'test');

describe('Polynomial', () => {
  it('multiplies, expands and prints exactly', () => {
    const p = parse('(a + b)^2 - (a - b)^2');
    expect(p.toString()).toBe('4*a*b');
    expect(parse('a*b/3 - 1/2').toString()).toBe('1/3*a*b - 1/2');
    expect(parse('(t - 1)*(t + 1)').toString()).toBe('t^2 - 1');
    expect(parse('0.25*t').toString()).toBe('1/4*t');
  });

  it('substitutes polynomials and evaluates rationals', () => {
    const p = parse('a^2 - b');
    const s = p.substitute(new Map([['a', parse('t + 1')]]));
    expect(s.toString()).toBe('t^2 - b + 2*t + 1');
    const v = p.evaluate(
      new Map([
        ['a', q(1, 2)],
        ['b', q(3)],
      ]),
    );
    expect(v.toString()).toBe('-11/4');
  });

  it('round-trips through the expression parser', () => {
    for (const text of ['2*a^2 - a*t + 1/3', '-t', '0', 'a*b*t - 7/5']) {
      const p = parse(text);
      expect(parse(p.toString()).equals(p)).toBe(true);
    }
  });

  it('normalises p and c p to the same monic key', () => {
    const a = parse('2*t - 4').monicNormal();
    const b = parse('3 - 3*t/2').monicNormal();
    expect(a.monic.key()).toBe(b.monic.key());
    expect([a.sign, b.sign]).toEqual([1, -1]);
  });

  it('splits off the monomial content', () => {
    const { variables, quotient } = parse('a^2*t + a*t^3').monomialContent();
    expect(variables).toEqual(['a', 't']);
    expect(quotient.toString()).toBe('t^2 + a');
  });

  it('writes LaTeX', () => {
    expect(parse('-t^2/2 + a').toLatex()).toBe('-\\frac{1}{2} t^{2} + a');
  });
});

describe('parseExpression errors name the field and position', () => {
  const bad = (text: string): string => {
    try {
      parseExpression(text, P, 'net.json: channels[2].alpha[0]');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('expected an InputError');
  };
  it('refuses undeclared names, division by a parameter, bad syntax', () => {
    expect(bad('2*s')).toBe(
      'net.json: channels[2].alpha[0]: undeclared parameter "s" (declared: a, b, t) ' +
        'at position 3 of "2*s"',
    );
    expect(bad('1/t')).toContain('division by a non-constant');
    expect(bad('1/(2-2)')).toContain('division by zero');
    expect(bad('t +')).toContain('unexpected end');
    expect(bad('t $ 1')).toContain('unexpected character "$" at position 3');
    expect(bad('t^1.5')).toContain('exponent must be a whole number');
  });
});

describe('rationalRoots', () => {
  it('finds exactly the rational roots', () => {
    // 6x^3 - 7x^2 + 1 = (x - 1)(2x - 1)(3x + 1)
    const roots = rationalRoots([q(1), q(0), q(-7), q(6)])!;
    expect(roots.map(String)).toEqual(['-1/3', '1/2', '1']);
    expect(rationalRoots([q(-2), q(0), q(1)])).toEqual([]);
    expect(rationalRoots([q(0), q(0), q(1), q(1)])!.map(String)).toEqual(['-1', '0']);
  });
  it('gives up (null) beyond the trial-division bound', () => {
    expect(rationalRoots([q(10n ** 13n + 7n), q(1)])).toBeNull();
  });

  it('divides exactly, or says it cannot', () => {
    const quotient = (a: string, b: string): string => String(parse(a).exactQuotient(parse(b)));
    expect(quotient('a*b + a', 'a')).toBe('b + 1');
    expect(quotient('a^2 - b^2', 'a + b')).toBe('a - b');
    expect(quotient('t^3 - 2*t', '-t^2 + 2')).toBe('-t');
    expect(quotient('1/2*t', '2*t')).toBe('1/4');
    expect(quotient('(a - b)^3*(a + t)', '(a - b)^2')).toBe(parse('(a - b)*(a + t)').toString());
    expect(quotient('0', 'a')).toBe('0');
    expect(quotient('a*b + 1', 'a')).toBe('null');
    expect(quotient('a^2 + b^2', 'a + b')).toBe('null');
    expect(quotient('1/2*a^2 + 1/2*a', 'a^2')).toBe('null');
    expect(quotient('a', '0')).toBe('null');
  });
});
