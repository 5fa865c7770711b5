/**
 * `factorPolynomial`: nerdamer proposes, our exact arithmetic disposes. Exact factorisations
 * where nerdamer-prime 1.5.0 finds them, the trivial one where it does not or where its answer
 * (real or injected) fails the re-check; the sign decisions of the case split that use the
 * factors; and the factored display of conditions in the derivation text and LaTeX.
 */
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/scalar/rational.ts';
import { Polynomial } from '../../src/parametric/polynomial.ts';
import { parseExpression } from '../../src/parametric/parseExpression.ts';
import {
  factorPolynomial,
  factorisationLatex,
  factorisationText,
  type Factorisation,
} from '../../src/parametric/factorPolynomial.ts';
import {
  NEGATIVE,
  NONZERO,
  POSITIVE,
  ZERO,
  describeCase,
  restrictCase,
  rootCase,
  type ParameterCase,
} from '../../src/parametric/parameterCase.ts';
import { parseParametricNetwork } from '../../src/parametric/parametricNetwork.ts';
import { deriveParametric } from '../../src/parametric/derivation.ts';
import { derivationToJson, formatDerivation } from '../../src/parametric/derivationText.ts';
import { derivationToLatex } from '../../src/parametric/derivationLatex.ts';

const P = ['a', 'b', 't', 'e', 'i'];
const p = (s: string) => parseExpression(s, P, 'test');

function shape(f: Factorisation): { constant: string; factors: [string, number][] } {
  return {
    constant: f.constant.toString(),
    factors: f.factors.map((x) => [x.base.toString(), x.power]),
  };
}

function expand(f: Factorisation): Polynomial {
  return f.factors.reduce(
    (acc, x) => acc.mul(x.base.pow(x.power)),
    Polynomial.constant(f.constant),
  );
}

const chain = (steps: [string, number][]): ParameterCase[] =>
  steps.reduce<ParameterCase[]>(
    (cs, [s, signs]) => cs.flatMap((c) => restrictCase(c, p(s), signs)),
    [rootCase(P)],
  );

describe('factorPolynomial with nerdamer', () => {
  it('factors univariate polynomials over Q exactly, bases monic', () => {
    expect(shape(factorPolynomial(p('t^2 - 2*t + 1')))).toEqual({
      constant: '1',
      factors: [['t - 1', 2]],
    });
    expect(shape(factorPolynomial(p('2*t - 2')))).toEqual({
      constant: '2',
      factors: [['t - 1', 1]],
    });
    expect(shape(factorPolynomial(p('t^3 - t')))).toEqual({
      constant: '1',
      factors: [
        ['t', 1],
        ['t - 1', 1],
        ['t + 1', 1],
      ],
    });
    expect(shape(factorPolynomial(p('t^2/4 - t + 1')))).toEqual({
      constant: '1/4',
      factors: [['t - 2', 2]],
    });
    expect(shape(factorPolynomial(p('t^2 - 2/3*t + 1/9')))).toEqual({
      constant: '1',
      factors: [['t - 1/3', 2]],
    });
    expect(shape(factorPolynomial(p('t^4 - 1')))).toEqual({
      constant: '1',
      factors: [
        ['t - 1', 1],
        ['t + 1', 1],
        ['t^2 + 1', 1],
      ],
    });
  });

  it('factors the multivariate cases it knows and merges (b - a)(a - b) into -(a - b)^2', () => {
    expect(shape(factorPolynomial(p('a^2*b - b')))).toEqual({
      constant: '1',
      factors: [
        ['b', 1],
        ['a - 1', 1],
        ['a + 1', 1],
      ],
    });
    expect(shape(factorPolynomial(p('-a^2 + 2*a*b - b^2')))).toEqual({
      constant: '-1',
      factors: [['a - b', 2]],
    });
    expect(shape(factorPolynomial(p('6*a^2 - 6*b^2')))).toEqual({
      constant: '6',
      factors: [
        ['a - b', 1],
        ['a + b', 1],
      ],
    });
  });

  it('renames parameters, so that e and i are not read as constants', () => {
    expect(factorisationText(factorPolynomial(p('e^2 - 1')))).toBe('(e - 1)*(e + 1)');
    expect(factorisationText(factorPolynomial(p('i^2 - 1')))).toBe('(i - 1)*(i + 1)');
  });

  it('strips an integer content first, so huge coefficients still factor', () => {
    const big = '123456789012345678901234567890';
    expect(shape(factorPolynomial(p(`${big}*t^2 - ${big}`)))).toEqual({
      constant: big,
      factors: [
        ['t - 1', 1],
        ['t + 1', 1],
      ],
    });
  });

  it('returns the trivial factorisation where nerdamer finds nothing (over Q or at all)', () => {
    for (const s of ['t^2 - 2', 't^2 + 1', 'a^2*b^2 - 2*a*b + 1', 'a^2 - b^2 - 1']) {
      expect(shape(factorPolynomial(p(s)))).toEqual({ constant: '1', factors: [[s, 1]] });
    }
    // t^12 - 1 does factor over Q, but nerdamer's answer has total degree 26: rejected.
    expect(shape(factorPolynomial(p('t^12 - 1')))).toEqual({
      constant: '1',
      factors: [['t^12 - 1', 1]],
    });
    expect(shape(factorPolynomial(p('-3/7')))).toEqual({ constant: '-3/7', factors: [] });
  });

  it('every answer expands back to the input exactly', () => {
    for (const s of [
      't^6 - 1',
      'a^3 - b^3',
      '3/4*a - 3/4*b',
      't^4 - 2*t^2 + 1',
      '9*t^2 - 6*t + 1',
    ]) {
      expect(expand(factorPolynomial(p(s))).equals(p(s))).toBe(true);
    }
  });
});

describe('factorPolynomial re-checks every proposal', () => {
  it('passes nerdamer exact text over renamed variables and accepts a correct proposal', () => {
    const seen: string[] = [];
    const f = factorPolynomial(p('a^2 - t^2'), (text) => {
      seen.push(text);
      return '(v1-v2)*(v1+v2)';
    });
    expect(seen).toEqual(['v1^2 - v2^2']);
    expect(shape(f)).toEqual({
      constant: '1',
      factors: [
        ['a - t', 1],
        ['a + t', 1],
      ],
    });
  });

  it('rejects a wrong proposal and falls back to the unfactored polynomial', () => {
    // nerdamer's real answer for factor((t-1/3)^2), off by a factor 3.
    const wrongConstant = factorPolynomial(p('9*t^2 - 6*t + 1'), () => '(1/3)*(-1+3*v1)^2');
    expect(shape(wrongConstant)).toEqual({ constant: '1', factors: [['9*t^2 - 6*t + 1', 1]] });
    const wrongFactor = factorPolynomial(p('t^2 - 1'), () => '(-1+v1)^2');
    expect(shape(wrongFactor)).toEqual({ constant: '1', factors: [['t^2 - 1', 1]] });
  });

  it('falls back when the proposer throws, times out or answers outside the polynomials', () => {
    const trivial = { constant: '1', factors: [['t^2 - 1', 1]] };
    const timeout = (): string => {
      throw new Error('timeout');
    };
    expect(shape(factorPolynomial(p('t^2 - 1'), timeout))).toEqual(trivial);
    expect(shape(factorPolynomial(p('t^2 - 1'), () => '(sqrt(v1^2)-1)*(1+v1)'))).toEqual(trivial);
    expect(shape(factorPolynomial(p('t^2 - 1'), () => '(v1-1)^(1/2)'))).toEqual(trivial);
  });

  it('does not ask nerdamer about degrees beyond its guard', () => {
    const seen: string[] = [];
    const f = factorPolynomial(p('t^32 - 1'), (text) => {
      seen.push(text);
      return text;
    });
    expect(seen).toEqual([]);
    expect(shape(f)).toEqual({ constant: '1', factors: [['t^32 - 1', 1]] });
  });

  it('writes factorisations as text that parses back, and as LaTeX', () => {
    const f = factorPolynomial(p('-2*t^3 + 2*t^2 + 2*t - 2'));
    expect(factorisationText(f)).toBe('-2*(t - 1)^2*(t + 1)');
    expect(p(factorisationText(f)).equals(p('-2*t^3 + 2*t^2 + 2*t - 2'))).toBe(true);
    expect(factorisationLatex(f)).toBe('-2 (t - 1)^{2} (t + 1)');
    const half = { constant: Rational.of(1, 2), factors: [{ base: p('a - b'), power: 3 }] };
    expect(factorisationText(half)).toBe('(1/2)*(a - b)^3');
    expect(factorisationLatex(half)).toBe('\\frac{1}{2} (a - b)^{3}');
  });
});

describe('sign conditions decided from the factors', () => {
  it('(t - 1)^2 < 0 is empty, > 0 is t != 1, >= 0 always holds', () => {
    expect(chain([['t^2 - 2*t + 1', NEGATIVE]])).toEqual([]);
    expect(chain([['-t^2 + 2*t - 1', POSITIVE]])).toEqual([]);
    expect(chain([['t^2 - 2*t + 1', POSITIVE]]).map(describeCase)).toEqual(['t != 1']);
    expect(chain([['t^2 - 2*t + 1', ZERO | POSITIVE]]).map(describeCase)).toEqual([
      'all parameter values',
    ]);
    expect(chain([['t^2 - 2*t + 1', ZERO | NEGATIVE]]).map(describeCase)).toEqual(['t = 1']);
    // Monic in our order, a^2 - 2ab + b^2 is -1/2 (a - b)^2: the constant is negative.
    expect(chain([['a^2 - 2*a*b + b^2', NEGATIVE]])).toEqual([]);
    // The equation left over is split as a homogeneous one, b = 0 apart.
    expect(chain([['a^2 - 2*a*b + b^2', ZERO | NEGATIVE]]).map(describeCase)).toEqual([
      'a = 0, b = 0',
      'a = b, b != 0',
    ]);
    expect(chain([['a^2 - 2*a*b + b^2', POSITIVE]]).map(describeCase)).toEqual(['a - b != 0']);
  });

  it('a product is nonzero iff every base is, and zero iff some base is', () => {
    expect(chain([['a^2*b^2 - t^2', NONZERO]]).map(describeCase)).toEqual([
      'a*b + t != 0, a*b - t != 0',
    ]);
    // Not linear in a parameter with a constant coefficient, not homogeneous: split by factors.
    expect(chain([['a^2*b^2 - t^2', ZERO]]).map(describeCase)).toEqual([
      't = a*b',
      't = -a*b, a != 0, b != 0',
    ]);
    expect(chain([['a^2*b^2 + 2*a*b*t + t^2', ZERO]]).map(describeCase)).toEqual(['t = -a*b']);
  });

  it('leaves what nerdamer does not factor as stated', () => {
    // (a - b)(a + b + 1) and (a b - 2)(a b + 2): nerdamer-prime 1.5.0 returns them unfactored.
    expect(chain([['a^2 - b^2 + a - b', NONZERO]]).map(describeCase)).toEqual([
      'a^2 - b^2 + a - b != 0',
    ]);
    expect(chain([['a^2*b^2 - 4', ZERO]]).map(describeCase)).toEqual(['a^2*b^2 - 4 = 0']);
  });

  it('keeps a condition with an odd factor as stated', () => {
    expect(chain([['a^3 - 3*a^2*b + 3*a*b^2 - b^3', POSITIVE]]).map(describeCase)).toEqual([
      'a*b^2 - a^2*b + 1/3*a^3 - 1/3*b^3 > 0',
    ]);
  });
});

describe('derivations use the factors', () => {
  it('prunes the case (t - 1)^2 < 0 that used to be kept as undecided', () => {
    const net = parseParametricNetwork(
      {
        parameters: ['t'],
        inputDim: 2,
        outputDim: 1,
        channels: [
          { alpha: ['t^2 - 2*t + 1', 1], beta: [1] },
          { alpha: [0, 1], beta: [1] },
        ],
      },
      'square.json',
    );
    const d = deriveParametric(net, null);
    expect(d.cases.map((c) => describeCase(c.case))).toEqual(['t != 1', 't = 1']);
    expect(d.cases.every((c) => c.sample !== null)).toBe(true);
    expect(formatDerivation(d)).not.toContain('feasibility undecided');
  });

  it('shows (a - b)^3 > 0 in text and LaTeX, the expanded polynomial in JSON', () => {
    const net = parseParametricNetwork(
      {
        parameters: ['a', 'b'],
        inputDim: 2,
        outputDim: 1,
        channels: [{ alpha: ['(a - b)^3', 1], beta: [1] }],
      },
      'cube.json',
    );
    const d = deriveParametric(net, null);
    const text = formatDerivation(d);
    expect(text).toContain('case 1: (a - b)^3 < 0    [sample point');
    expect(text).toContain('case 2: (a - b)^3 > 0    [sample point');
    expect(text).toContain('case 3: a = b    [sample point a = 0, b = 0]');
    expect(derivationToLatex(d)).toContain('\\subsection*{Case 1: $(a - b)^{3} < 0$}');
    const json = derivationToJson(d) as { cases: { case: { statements: string[] } }[] };
    expect(json.cases[0]!.case.statements).toEqual(['a*b^2 - a^2*b + 1/3*a^3 - 1/3*b^3 < 0']);
  });
});
