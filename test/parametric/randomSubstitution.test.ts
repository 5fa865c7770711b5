/**
 * Property test of issue 6: for random parametric networks, substituting rational parameter
 * values (random ones, and ones sampled inside each case) and running the exact
 * non-parametric core (`canonicalForm`, `functionallyEqual` through `equivarianceWitness`, the
 * multiset check `lenWitness`) agrees with the case split's predictions: exactly one case
 * contains each point, its form is the canonical form there, and the derived hyperplane,
 * equivariance and LEN conditions hold exactly where the exact checks say so.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, q } from '../../src/scalar/rational.ts';
import { presetGroup } from '../../src/group/presets.ts';
import { canonicalForm, canonicalFormsEqual } from '../../src/network/canonicalForm.ts';
import {
  parseParametricNetwork,
  substituteParameters,
} from '../../src/parametric/parametricNetwork.ts';
import type { ParametricNetwork } from '../../src/parametric/parametricNetwork.ts';
import {
  evaluateForm,
  parametricCanonicalForm,
} from '../../src/parametric/parametricCanonicalForm.ts';
import {
  boundaryHyperplaneConditions,
  equivarianceConditions,
  layerwiseEquivarianceConditions,
} from '../../src/parametric/derivedConditions.ts';
import {
  caseContains,
  sampleCase,
  type ParameterCase,
} from '../../src/parametric/parameterCase.ts';
import { equivarianceWitness, lenWitness } from '../../src/parametric/derivation.ts';

const PARAMETERS = ['s', 't'];
const VALUES = [q(0), q(1), q(-1), q(2), q(1, 2), q(-3, 2), q(3)];

const weight = fc.oneof(
  fc.integer({ min: -2, max: 2 }).map(String),
  fc
    .tuple(
      fc.integer({ min: -2, max: 2 }),
      fc.constantFrom('s', 't'),
      fc.integer({ min: -1, max: 1 }),
    )
    .map(([c, v, e]) => `${c}*${v} + ${e}`),
  fc.constantFrom('s*t', 's^2 - 1', 't - s', '-t', 's'),
);

const network = fc
  .record({
    k: fc.constantFrom(1, 1, 2),
    channels: fc.array(fc.tuple(fc.tuple(weight, weight), fc.tuple(weight, weight)), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ k, channels }) =>
    parseParametricNetwork(
      {
        parameters: PARAMETERS,
        inputDim: 2,
        outputDim: k,
        channels: channels.map(([alpha, beta]) => ({ alpha, beta: beta.slice(0, k) })),
      },
      'random',
    ),
  );

const point = fc.tuple(fc.constantFrom(...VALUES), fc.constantFrom(...VALUES)).map(
  ([s, t]) =>
    new Map<string, Rational>([
      ['s', s],
      ['t', t],
    ]),
);

function inSome(cases: readonly ParameterCase[], p: ReadonlyMap<string, Rational>): boolean {
  return cases.some((c) => caseContains(c, p));
}

function checkForm(net: ParametricNetwork, points: Map<string, Rational>[]): void {
  const split = parametricCanonicalForm(net);
  const sampled = split.flatMap((x) => sampleCase(x.case, 2, 7));
  for (const p of [...points, ...sampled]) {
    const cells = split.filter((x) => caseContains(x.case, p));
    expect(cells).toHaveLength(1);
    const exact = canonicalForm(substituteParameters(net, p));
    expect(canonicalFormsEqual(evaluateForm(cells[0]!.form, p), exact)).toBe(true);
  }
}

describe('random substitutions agree with the exact commands', () => {
  it('case split: one case per point, and its form is the canonical form', () => {
    fc.assert(
      fc.property(network, fc.array(point, { minLength: 3, maxLength: 6 }), (net, points) => {
        checkForm(net, points);
      }),
      { seed: 20260406, numRuns: 60 },
    );
  });

  it('boundary hyperplane conditions match the exact canonical form', () => {
    fc.assert(
      fc.property(network, fc.array(point, { minLength: 3, maxLength: 6 }), (net, points) => {
        for (const normal of [
          [q(1), q(-1)],
          [q(1), q(0)],
        ]) {
          const h = boundaryHyperplaneConditions(net, normal);
          for (const p of [...points, ...h.boundary.flatMap((c) => sampleCase(c, 1, 3))]) {
            const exact = canonicalForm(substituteParameters(net, p)).hyperplanes.some(
              (x) => x.normal.join(',') === normal.join(','),
            );
            expect(inSome(h.boundary, p)).toBe(exact);
            expect(inSome(h.notBoundary, p)).toBe(!exact);
          }
        }
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('equivariance and LEN conditions match the exact checks', () => {
    const groups = [presetGroup('klein4'), presetGroup('negation:2'), presetGroup('symmetric:2')];
    fc.assert(
      fc.property(
        network.filter((n) => n.outputDim === 1),
        fc.constantFrom(0, 1, 2),
        fc.array(point, { minLength: 3, maxLength: 6 }),
        (net, gi, points) => {
          const group = groups[gi]!;
          const eq = equivarianceConditions(net, group);
          const len = layerwiseEquivarianceConditions(net, group);
          expect(len.complete).toBe(true);
          const lenCases = len.cases.map((x) => x.case);
          const extra = [...eq, ...lenCases].flatMap((c) => sampleCase(c, 1, 11));
          for (const p of [...points, ...extra]) {
            const concrete = substituteParameters(net, p);
            expect(inSome(eq, p)).toBe(equivarianceWitness(concrete, group).equivariant);
            expect(inSome(lenCases, p)).toBe(lenWitness(concrete, group).len);
          }
        },
      ),
      { seed: 99, numRuns: 40 },
    );
  });
});
