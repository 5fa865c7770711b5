/**
 * # Property: Theorem 4.2 (boundary hyperplanes), against the slope oracle
 *
 * Claim (MATH.md section 2): M = n^perp is a boundary hyperplane of F (F is not differentiable
 * at generic points of M) iff `sum_{i : alpha_i parallel to n} beta_i |<alpha_i, v>| != 0` for v
 * off M; every boundary hyperplane carries a channel vector, so `width >= #boundary hyperplanes`.
 *
 * Tested on random networks with hard cases (duplicate, parallel, opposite, zero and cancelling
 * channels, linear relu pairs). Candidate hyperplanes: the line of every channel vector, plus
 * random lines, which must never be boundaries. For each candidate the slope oracle
 * (`slopeOracle.ts`, exact evaluation only) decides whether F kinks there, and three answers must
 * agree with it: `boundaryHyperplanes(F)` from the canonical form, and the Theorem 4.2 sum with
 * `v = n` (the |.| form; the relu variant is wrong, as `relu(t) - relu(-t) = t` shows, and the
 * `linearPair` hard case exercises exactly that).
 */

import fc from 'fast-check';
import { dot, isZeroVector, vectorsEqual, type Vector } from '../../linalg/matrix.ts';
import { lineNormal } from '../../group/action.ts';
import { boundaryHyperplanes } from '../../network/canonicalForm.ts';
import type { Network } from '../../network/network.ts';
import { anyNetworkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { nonzeroVectorArbitrary } from '../arbitraries/rationalArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';
import { isParallel, slopesAcross } from './slopeOracle.ts';

interface Theorem42Input {
  readonly network: Network;
  readonly extraLines: Vector[];
}

function theorem42Sum(net: Network, n: Vector): boolean {
  let total = net.channels[0] ? net.channels[0].beta.map((b) => b.sub(b)) : [];
  for (const { alpha, beta } of net.channels) {
    if (isZeroVector(alpha) || !isParallel(alpha, n)) continue;
    const weight = dot(alpha, n).abs();
    total = total.map((t, r) => t.add(beta[r]!.mul(weight)));
  }
  return total.some((t) => !t.isZero());
}

function checkTheorem42({ network, extraLines }: Theorem42Input): void {
  const boundary = boundaryHyperplanes(network);
  const boundaryKeys = new Set(boundary.map((h) => h.normal.join(',')));
  const candidates = new Map<string, Vector>();
  for (const v of [...network.channels.map((c) => c.alpha), ...extraLines]) {
    if (isZeroVector(v)) continue;
    const n = lineNormal(v);
    candidates.set(n.join(','), n);
  }

  for (const [key, n] of candidates) {
    const oracle = slopesAcross(network, n);
    const inForm = boundaryKeys.has(key);
    expectThat(
      oracle.kinked === inForm,
      () =>
        `hyperplane <(${key}), x> = 0: ` +
        `slopes ${oracle.minus.join(',')} | ${oracle.plus.join(',')} ` +
        `at (${oracle.point.join(',')}) but the canonical form ${inForm ? 'lists' : 'omits'} it`,
    );
    expectThat(
      theorem42Sum(network, n) === oracle.kinked,
      () => `hyperplane <(${key}), x> = 0: the Theorem 4.2 sum disagrees with the slope oracle`,
    );
  }
  for (const h of boundary) {
    expectThat(
      candidates.has(h.normal.join(',')),
      `boundary hyperplane (${h.normal.join(',')}) has no channel vector`,
    );
    expectThat(
      !vectorsEqual(
        h.kink,
        h.kink.map((x) => x.sub(x)),
      ),
      'a listed kink is zero',
    );
  }
  expectThat(
    network.channels.length >= boundary.length,
    'width below the number of boundary hyperplanes',
  );
}

function theorem42Statement(): Statement<Theorem42Input> {
  const arbitrary = anyNetworkArbitrary().chain((network) =>
    fc
      .array(nonzeroVectorArbitrary(network.inputDim, { huge: false }), { maxLength: 2 })
      .map((extraLines) => ({ network, extraLines })),
  );
  return {
    name: 'theorem-4.2',
    reference: 'MATH.md section 2, Theorem 4.2 and Definition 4.1',
    claim:
      'n^perp is a boundary hyperplane iff sum over channels parallel to n of ' +
      'beta_i |<alpha_i, v>| is nonzero; ' +
      'the canonical form lists exactly the hyperplanes where exact one-sided slopes differ',
    arbitrary,
    check: checkTheorem42,
  };
}

export { theorem42Statement, checkTheorem42 };
export type { Theorem42Input };
