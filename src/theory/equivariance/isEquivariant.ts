/**
 * # Deciding whether a network is equivariant as a function (GEN)
 *
 * Defines `isEquivariant(F, G)`: does `F(rho_in(g) x) = rho_out(g) F(x)` hold for all g and x?
 * MATH.md section 1 (the class GEN) and Theorem 4.3 (symmetry of the boundary hyperplanes).
 *
 * Algorithm: checking the generators suffices. For a generator g, both sides are networks:
 * `x -> F(rho_in(g) x)` has channels `rho_in(g)^T alpha_i` with the same output weights, and
 * `x -> rho_out(g) F(x)` has channels `alpha_i` with output weights `rho_out(g) beta_i`. Two
 * networks compute the same function iff their canonical forms are equal (MATH.md section 2), so
 * the decision is exact and needs no sampling.
 *
 * Witnesses:
 * - "no": the generator index and a rational point x (from `distinguishingPoint` on the
 *   difference) with `F(rho_in(g) x) != rho_out(g) F(x)`, both sides recomputed by direct
 *   evaluation of F, not through canonical forms.
 * - "yes": the canonical form `W x + sum c_l |<n_l, x>|` of F and, per generator, where each
 *   boundary hyperplane goes: `n_{image(l)} = scale_l rho_in(g)^{-T} n_l`. With `W rho_in(g) =
 *   rho_out(g) W` and `c_{image(l)} |scale_l| = rho_out(g) c_l`, the identity
 *   `F(rho_in(g) x) = rho_out(g) F(x)` follows by re-indexing the sum, so `checkEquivariance.ts`
 *   verifies it without the uniqueness of canonical forms.
 */

import { Rational } from '../../scalar/rational.ts';
import { matVec, transpose, vectorsEqual, type Matrix, type Vector } from '../../linalg/matrix.ts';
import { lineNormal, vectorKey } from '../../group/action.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import {
  canonicalForm,
  canonicalFormsEqual,
  type CanonicalForm,
} from '../../network/canonicalForm.ts';
import { distinguishingPoint } from '../../network/distinguishingPoint.ts';
import { differenceNetwork } from '../../network/functionalEquality.ts';
import { evaluate } from '../../network/evaluate.ts';
import { assertGroupFitsNetwork } from './groupFitsNetwork.ts';

/** Where one generator sends the boundary hyperplanes: `n_images[l] = scales[l] g^{-T} n_l`. */
interface HyperplaneTransport {
  readonly images: number[];
  readonly scales: Rational[];
}

interface EquivarianceCertificate {
  readonly canonicalForm: CanonicalForm;
  /** One entry per generator of G. */
  readonly transports: HyperplaneTransport[];
}

interface EquivarianceCounterexample {
  /** Index of the generator g in `group.generators`. */
  readonly generator: number;
  readonly x: Rational[];
  /** `F(rho_in(g) x)`. */
  readonly left: Rational[];
  /** `rho_out(g) F(x)`. */
  readonly right: Rational[];
}

type EquivarianceResult =
  | { readonly equivariant: true; readonly certificate: EquivarianceCertificate }
  | { readonly equivariant: false; readonly witness: EquivarianceCounterexample };

/** The first nonzero ratio target / source, for two nonzero parallel vectors. */
function parallelScale(target: Vector, source: Vector): Rational {
  const j = source.findIndex((x) => !x.isZero());
  return target[j]!.div(source[j]!);
}

/**
 * Where each boundary hyperplane of `cf` goes under the contragredient action of each generator,
 * or null when some image is not a boundary hyperplane.
 */
function hyperplaneTransports(cf: CanonicalForm, group: MatrixGroup): HyperplaneTransport[] | null {
  const index = new Map(cf.hyperplanes.map((h, l) => [vectorKey(h.normal), l]));
  const transports: HyperplaneTransport[] = [];
  for (const g of group.generators) {
    const images: number[] = [];
    const scales: Rational[] = [];
    for (const h of cf.hyperplanes) {
      const moved = matVec(g.contragredient, h.normal);
      const normal = lineNormal(moved);
      const image = index.get(vectorKey(normal));
      if (image === undefined) return null;
      images.push(image);
      scales.push(parallelScale(normal, moved));
    }
    transports.push({ images, scales });
  }
  return transports;
}

/** The network `x -> F(rho_in(g) x)`: channels `rho_in(g)^T alpha_i`, same output weights. */
function precomposed(net: Network, input: Matrix): Network {
  const rt = transpose(input);
  return {
    ...net,
    channels: net.channels.map((c) => ({ alpha: matVec(rt, c.alpha), beta: c.beta })),
  };
}

/** The network `x -> S F(x)`: channels `alpha_i`, output weights `S beta_i`. */
function postcomposed(net: Network, output: Matrix): Network {
  return {
    ...net,
    channels: net.channels.map((c) => ({ alpha: c.alpha, beta: matVec(output, c.beta) })),
  };
}

/**
 * Decides whether F is G-equivariant as a function (membership in GEN), exactly.
 * @example isEquivariant(figure2, presetGroup('klein4')).equivariant === true
 * @param net the network F: Q^d -> Q^k
 * @param group G acting on Q^d, and trivially or on Q^k
 * @returns a certificate (hyperplane transport per generator) or a counterexample point
 * @throws InputError when G does not act on the network's input and output spaces
 */
function isEquivariant(net: Network, group: MatrixGroup): EquivarianceResult {
  assertGroupFitsNetwork(net, group);
  const k = net.outputDim;
  for (let gi = 0; gi < group.generators.length; gi++) {
    const g = group.generators[gi]!;
    const s = outputMatrix(g, k);
    const lhs = precomposed(net, g.input);
    const rhs = postcomposed(net, s);
    if (canonicalFormsEqual(canonicalForm(lhs), canonicalForm(rhs))) continue;

    const x = distinguishingPoint(canonicalForm(differenceNetwork(lhs, rhs)));
    if (!x) throw new Error('internal: different canonical forms without a distinguishing point');
    const left = evaluate(net, matVec(g.input, x));
    const right = matVec(s, evaluate(net, x));
    if (vectorsEqual(left, right)) throw new Error('internal: witness point does not distinguish');
    return { equivariant: false, witness: { generator: gi, x, left, right } };
  }

  const cf = canonicalForm(net);
  const transports = hyperplaneTransports(cf, group);
  if (!transports) throw new Error('internal: equivariant network with asymmetric hyperplanes');
  return { equivariant: true, certificate: { canonicalForm: cf, transports } };
}

export { isEquivariant, hyperplaneTransports };
export type {
  EquivarianceResult,
  EquivarianceCertificate,
  EquivarianceCounterexample,
  HyperplaneTransport,
};
