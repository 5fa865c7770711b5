import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { q } from '../../../src/scalar/rational.ts';
import { presetGroup } from '../../../src/group/presets.ts';
import type { MatrixGroup } from '../../../src/group/matrixGroup.ts';
import type { Network } from '../../../src/network/network.ts';
import { functionallyEqual } from '../../../src/network/functionalEquality.ts';
import { isEquivariant } from '../../../src/theory/equivariance/isEquivariant.ts';
import { isLayerwiseEquivariant } from '../../../src/theory/equivariance/isLayerwiseEquivariant.ts';
import { hyperplaneOrbits } from '../../../src/theory/equivariance/hyperplaneOrbits.ts';
import { symmetrise } from '../../../src/theory/equivariance/symmetrise.ts';
import {
  checkEquivarianceCertificate,
  checkEquivarianceCounterexample,
} from '../../../src/theory/equivariance/checkEquivariance.ts';
import {
  checkLayerwiseFailure,
  checkLayerwiseWitness,
} from '../../../src/theory/equivariance/checkLayerwiseWitness.ts';
import { R, RT, STRETCH_SWAP, group } from './fixtures.ts';

const SEED = { seed: 31415, numRuns: 60 };
const SWAP = [
  [0, 1],
  [1, 0],
];

/** Groups on Q^2 (scalar output) and on Q^2 x Q^2 (vector output). */
const SCALAR_GROUPS: MatrixGroup[] = [
  presetGroup('klein4'),
  presetGroup('dihedral4'),
  group([{ input: R }], 'C3 by R'),
  group([{ input: RT }], 'C3 by R^T'),
  group([{ input: STRETCH_SWAP }], 'stretch swap'),
];
const VECTOR_GROUPS: MatrixGroup[] = [
  group([{ input: SWAP, output: SWAP }], 'swap on both'),
  group([{ input: R, output: R }], 'C3 on both'),
  group([{ input: R, output: RT }], 'C3, R in, R^T out'),
  group(
    [
      {
        input: [
          [-1, 0],
          [0, -1],
        ],
        output: [
          [-1, 0],
          [0, 1],
        ],
      },
    ],
    'sign',
  ),
];

const entry = fc.integer({ min: -2, max: 2 }).map((n) => q(n));
const network = (k: number) =>
  fc
    .array(
      fc.record({
        alpha: fc.array(entry, { minLength: 2, maxLength: 2 }),
        beta: fc.array(entry, { minLength: k, maxLength: k }),
      }),
      { maxLength: 4 },
    )
    .map((channels): Network => ({ inputDim: 2, outputDim: k, channels }));

const cases = fc.oneof(
  fc.tuple(network(1), fc.constantFrom(...SCALAR_GROUPS)),
  fc.tuple(network(2), fc.constantFrom(...VECTOR_GROUPS)),
);

describe('equivariance properties (fixed seed)', () => {
  it('GEN answers carry checkable witnesses and agree with the hyperplane report', () => {
    fc.assert(
      fc.property(cases, ([f, g]) => {
        const result = isEquivariant(f, g);
        const check = result.equivariant
          ? checkEquivarianceCertificate(f, g, result.certificate)
          : checkEquivarianceCounterexample(f, g, result.witness);
        expect(check).toEqual({ ok: true });
        const report = hyperplaneOrbits(f, g);
        expect(result.equivariant).toBe(report.consistent && report.linearEquivariant);
        if (result.equivariant) expect(report.symmetric).toBe(true);
      }),
      SEED,
    );
  });

  it('LEN answers carry checkable witnesses; regular implies any implies GEN', () => {
    fc.assert(
      fc.property(cases, ([f, g]) => {
        const answers = (['any', 'regular'] as const).map((convention) => {
          const result = isLayerwiseEquivariant(f, g, convention);
          const check = result.layerwise
            ? checkLayerwiseWitness(f, g, result)
            : checkLayerwiseFailure(f, g, convention, result.failure);
          expect(check).toEqual({ ok: true });
          return result.layerwise;
        });
        if (answers[1]) expect(answers[0]).toBe(true);
        if (answers[0]) expect(isEquivariant(f, g).equivariant).toBe(true);
      }),
      SEED,
    );
  });

  it('symmetrisation gives a LEN that is equivariant, merges to the same function, and is idempotent', () => {
    fc.assert(
      fc.property(cases, fc.nat(), ([f, g], shuffleSeed) => {
        const s = symmetrise(f, g);
        expect(s.network.channels.length).toBe(g.elements.length * f.channels.length);
        expect(checkLayerwiseWitness(s.network, g, s.layerwise)).toEqual({ ok: true });
        expect(isEquivariant(s.network, g).equivariant).toBe(true);
        // Theorem 4.3 on an equivariant network: symmetric hyperplanes, kinks transported.
        const report = hyperplaneOrbits(s.network, g);
        expect([report.symmetric, report.consistent, report.linearEquivariant]).toEqual([
          true,
          true,
          true,
        ]);
        const merged = symmetrise(f, g, { merge: true });
        expect(checkLayerwiseWitness(merged.network, g, merged.layerwise)).toEqual({ ok: true });
        expect(functionallyEqual(merged.network, s.network)).toEqual({ equal: true });
        expect(merged.network.channels.length).toBeLessThanOrEqual(s.network.channels.length);
        expect(symmetrise(s.network, g).sameFunction.equal).toBe(true);

        // Reordering and doubling the hidden units keeps a regular LEN.
        const units = [...s.network.channels, ...s.network.channels];
        const order = units
          .map((_, i) => i)
          .sort((a, b) => ((a * 7919 + shuffleSeed) % 101) - ((b * 7919 + shuffleSeed) % 101));
        const shuffled = { ...s.network, channels: order.map((i) => units[i]!) };
        const again = isLayerwiseEquivariant(shuffled, g, 'regular');
        expect(again.layerwise).toBe(true);
        if (again.layerwise)
          expect(checkLayerwiseWitness(shuffled, g, again)).toEqual({ ok: true });
      }),
      { ...SEED, numRuns: 40 },
    );
  });
});
