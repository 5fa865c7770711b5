/**
 * # Property: uniqueness of the canonical form
 *
 * Claim (MATH.md section 2): two networks compute the same function iff their canonical forms
 * are equal (the functions `|<n_l, x>|` on distinct lines and the coordinates are linearly
 * independent), so functional equality is decidable exactly.
 *
 * Inputs: pairs known equal by construction (a network and a function-preserving rewriting of
 * it: rescaled, split, reordered channels, inserted zero and cancelling channels), and pairs of
 * unrelated or slightly edited networks. Cross-checks, all by direct evaluation:
 * - a rewriting has the same canonical form;
 * - equal forms: the two networks agree at the basis vectors, at the random test points, and
 *   on both sides of every channel hyperplane of either network (slope-oracle points);
 * - different forms: `functionallyEqual` returns a point x, and evaluating both networks at x
 *   gives different values.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import {
  addVectors,
  isZeroVector,
  scaleVector,
  subVectors,
  vectorsEqual,
  type Vector,
} from '../../linalg/matrix.ts';
import { canonicalForm, canonicalFormsEqual } from '../../network/canonicalForm.ts';
import { evaluate } from '../../network/evaluate.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import type { Network } from '../../network/network.ts';
import {
  applyHardCase,
  equalNetworkPairArbitrary,
  networkArbitrary,
  type HardCase,
} from '../arbitraries/networkArbitrary.ts';
import { vectorArbitrary } from '../arbitraries/rationalArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';
import { slopesAcross } from './slopeOracle.ts';

interface NetworkPair {
  readonly left: Network;
  readonly right: Network;
  /** True when `right` is a rewriting of `left`, hence the same function. */
  readonly equalByConstruction: boolean;
  readonly points: Vector[];
}

function probePoints(pair: NetworkPair): Vector[] {
  const d = pair.left.inputDim;
  const basis = Array.from({ length: d }, (_, j) =>
    Array.from({ length: d }, (_, i) => (i === j ? Rational.ONE : Rational.ZERO)),
  );
  const across: Vector[] = [];
  for (const c of [...pair.left.channels, ...pair.right.channels]) {
    if (isZeroVector(c.alpha)) continue;
    for (const net of [pair.left, pair.right]) {
      const s = slopesAcross(net, c.alpha);
      const step = scaleVector(c.alpha, s.eps);
      across.push(addVectors(s.point, step), subVectors(s.point, step));
    }
  }
  return [...basis, ...pair.points, ...across];
}

function checkCanonicalFormUniqueness(pair: NetworkPair): void {
  const same = canonicalFormsEqual(canonicalForm(pair.left), canonicalForm(pair.right));
  if (pair.equalByConstruction)
    expectThat(same, 'a function-preserving rewriting changed the canonical form');
  if (same) {
    for (const x of probePoints(pair)) {
      expectThat(
        vectorsEqual(evaluate(pair.left, x), evaluate(pair.right, x)),
        () => `equal canonical forms but the networks differ at (${x.join(',')})`,
      );
    }
    return;
  }
  const eq = functionallyEqual(pair.left, pair.right);
  expectThat(!eq.equal, 'different canonical forms but functionallyEqual says equal');
  if (!eq.equal) {
    const x = eq.witness.x;
    expectThat(
      !vectorsEqual(evaluate(pair.left, x), evaluate(pair.right, x)),
      () => `different canonical forms, but the witness (${x.join(',')}) does not separate them`,
    );
  }
}

function pairArbitrary(d: number, k: number): fc.Arbitrary<NetworkPair> {
  const points = fc.array(vectorArbitrary(d, { huge: false }), { maxLength: 3 });
  const rewritten = fc
    .tuple(equalNetworkPairArbitrary(d, k), points)
    .map(([[left, right], pts]) => ({ left, right, equalByConstruction: true, points: pts }));
  const unrelated = fc
    .tuple(networkArbitrary(d, k), networkArbitrary(d, k), points)
    .map(([left, right, pts]) => ({ left, right, equalByConstruction: false, points: pts }));
  const edited = fc
    .tuple(
      equalNetworkPairArbitrary(d, k),
      fc.nat({ max: 7 }),
      vectorArbitrary(k, { huge: false }),
      points,
    )
    .map(([[left, right], index, beta, pts]) => {
      const edit: HardCase = { kind: 'opposite', index, beta };
      return {
        left,
        right: { ...right, channels: applyHardCase([...right.channels], edit, d, k) },
        equalByConstruction: false,
        points: pts,
      };
    });
  return fc.oneof(rewritten, edited, unrelated);
}

function canonicalFormUniquenessStatement(): Statement<NetworkPair> {
  return {
    name: 'canonical-form-uniqueness',
    reference: 'MATH.md section 2, canonical form',
    claim: 'two networks compute the same function iff their canonical forms are equal',
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }))
      .chain(([d, k]) => pairArbitrary(d, k)),
    check: checkCanonicalFormUniqueness,
  };
}

export { canonicalFormUniquenessStatement, checkCanonicalFormUniqueness };
export type { NetworkPair };
