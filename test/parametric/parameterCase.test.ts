import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../src/parametric/parseExpression.ts';
import {
  NEGATIVE,
  NONZERO,
  POSITIVE,
  ZERO,
  describeCase,
  mergeCases,
  restrictCase,
  rootCase,
  sampleCase,
  caseContains,
  type ParameterCase,
} from '../../src/parametric/parameterCase.ts';

const P = ['a', 'b', 't'];
const p = (s: string) => parseExpression(s, P, 'test');
const root = rootCase(P);
const chain = (steps: [string, number][]): ParameterCase[] =>
  steps.reduce((cs, [s, signs]) => cs.flatMap((c) => restrictCase(c, p(s), signs)), [root]);

describe('restrictCase', () => {
  it('solves linear equations by substitution and decides what becomes constant', () => {
    const [c] = chain([['2*t - 2', ZERO]]);
    expect(describeCase(c!)).toBe('t = 1');
    expect(
      chain([
        ['t - 1', ZERO],
        ['t', NEGATIVE],
      ]),
    ).toEqual([]);
    expect(
      chain([
        ['a - 2*b', ZERO],
        ['b - 1', ZERO],
      ]).map(describeCase),
    ).toEqual(['a = 2, b = 1']);
  });

  it('solves univariate equations by the rational root theorem', () => {
    expect(chain([['t^2 - t', ZERO]]).map(describeCase)).toEqual(['t = 0', 't = 1']);
    expect(chain([['t^2 - 2', ZERO]])).toEqual([]);
    expect(
      chain([
        ['t^2 - 2', ZERO],
        ['a', POSITIVE],
      ]),
    ).toEqual([]);
  });

  it('splits homogeneous equations in two parameters into lines', () => {
    expect(chain([['a^2 - b^2', ZERO]]).map(describeCase)).toEqual([
      'a = 0, b = 0',
      'a = -b, b != 0',
      'a = b, b != 0',
    ]);
  });

  it('recognises the same condition up to a factor and intersects', () => {
    expect(
      chain([
        ['t', POSITIVE],
        ['-2*t', POSITIVE],
      ]),
    ).toEqual([]);
    expect(
      chain([
        ['t', POSITIVE | ZERO],
        ['3*t', NEGATIVE | ZERO],
      ]).map(describeCase),
    ).toEqual(['t = 0']);
    expect(chain([['t^2 + 1', NEGATIVE | ZERO]])).toEqual([]);
  });

  it('eliminates a parameter from two equations by the resultant', () => {
    // a^2 + b^2 = 2 and a (a b - 1) = 0: a = 0 forces b^2 = 2 (no rational b); a b = 1 leaves
    // (a^2 - 1)^2 = 0 after elimination, so (1, 1) and (-1, -1).
    const cs = chain([
      ['a^2 + b^2 - 2', ZERO],
      ['a^2*b - a', ZERO],
    ]);
    expect(cs.map(describeCase)).toEqual(['a = -1, b = -1', 'a = 1, b = 1']);
    expect(
      chain([
        ['a^2 + b^2 - 3', ZERO],
        ['a*b - 1', ZERO],
      ]),
    ).toEqual([]);
  });

  it('states univariate and monomial sign conditions by their rational roots and factors', () => {
    expect(chain([['t^3 - t', NONZERO]]).map(describeCase)).toEqual(['t != -1, t != 0, t != 1']);
    expect(chain([['t^2 - 2', NONZERO]]).map(describeCase)).toEqual(['all parameter values']);
    expect(chain([['t^2', POSITIVE]]).map(describeCase)).toEqual(['t != 0']);
    expect(
      chain([
        ['a^2 + 1', POSITIVE],
        ['b^2 + 1', NONZERO],
      ]).map(describeCase),
    ).toEqual(['all parameter values']);
  });

  it('compares bounds on the same parameter: a < 0 makes a != 1 redundant', () => {
    expect(
      chain([
        ['a', NEGATIVE],
        ['a - 1', NONZERO],
      ]).map(describeCase),
    ).toEqual(['a < 0']);
    expect(
      chain([
        ['a - 1', NONZERO],
        ['a', NEGATIVE],
      ]).map(describeCase),
    ).toEqual(['a < 0']);
    expect(
      chain([
        ['t - 2', POSITIVE],
        ['t', POSITIVE],
      ]).map(describeCase),
    ).toEqual(['t > 2']);
    expect(
      chain([
        ['t', POSITIVE],
        ['t + 1', NEGATIVE],
      ]),
    ).toEqual([]);
    expect(
      chain([
        ['t - 1', POSITIVE],
        ['t - 3', NEGATIVE],
      ]).map(describeCase),
    ).toEqual(['t < 3, t > 1']);
  });

  it('keeps an undecided condition as stated', () => {
    const cs = chain([['a^2 + a*b - t^3', ZERO]]);
    expect(cs.map(describeCase)).toEqual(['t^3 - a*b - a^2 = 0']);
  });
});

describe('mergeCases and sampleCase', () => {
  it('merges t > 0 and t < 0 into t != 0, and t = 1 with t != 1 into everything', () => {
    const parts = [...chain([['t', POSITIVE]]), ...chain([['t', NEGATIVE]])];
    const merged = mergeCases(
      parts.map((c) => ({ case: c, payload: 1 })),
      String,
    );
    expect(merged.map((x) => describeCase(x.case))).toEqual(['t != 0']);
    const two = [...chain([['t - 1', ZERO]]), ...chain([['t - 1', NONZERO]])];
    const all = mergeCases(
      two.map((c) => ({ case: c, payload: 1 })),
      String,
    );
    expect(all.map((x) => describeCase(x.case))).toEqual(['all parameter values']);
    const different = mergeCases(
      two.map((c, i) => ({ case: c, payload: i })),
      String,
    );
    expect(different).toHaveLength(2);
  });

  it('merges t^2 - 2 < 0 and t^2 - 2 > 0 into everything: t^2 - 2 has no rational root', () => {
    const parts = [...chain([['t^2 - 2', NEGATIVE]]), ...chain([['t^2 - 2', POSITIVE]])];
    expect(parts.map(describeCase)).toEqual(['t^2 - 2 < 0', 't^2 - 2 > 0']);
    const merged = mergeCases(
      parts.map((c) => ({ case: c, payload: 1 })),
      String,
    );
    expect(merged.map((x) => describeCase(x.case))).toEqual(['all parameter values']);
    // With a rational root the joined t^2 - 1 != 0 is restated by its roots, not dropped.
    const roots = [...chain([['t^2 - 1', NEGATIVE]]), ...chain([['t^2 - 1', POSITIVE]])];
    const joined = mergeCases(
      roots.map((c) => ({ case: c, payload: 1 })),
      String,
    );
    expect(joined.map((x) => describeCase(x.case))).toEqual(['t != -1, t != 1']);
  });

  it('samples points that lie in the case, checked exactly', () => {
    const [c] = chain([
      ['a - b', POSITIVE],
      ['t - 2*a', ZERO],
      ['b', POSITIVE],
    ]);
    const points = sampleCase(c!, 5);
    expect(points.length).toBe(5);
    for (const x of points) {
      expect(caseContains(c!, x)).toBe(true);
      expect(x.get('t')!.equals(x.get('a')!.add(x.get('a')!))).toBe(true);
    }
  });
});
