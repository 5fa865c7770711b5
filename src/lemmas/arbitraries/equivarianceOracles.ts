/**
 * # Independent equivariance oracles for the property suite
 *
 * Defines the small, definition-level computations the lemma suite compares the product
 * against, written from MATH.md alone and importing only the core (never the theory modules
 * under test):
 * - `precomposeInput(F, M)` is `x -> F(M x)` (channels `M^T alpha_i`), and
 *   `postcomposeOutput(F, R)` is `x -> R F(x)` (output weights `R beta_i`);
 * - `equivarianceWitness(G, F)`: null when `F(rho_in(g) x) = rho_out(g) F(x)` for every generator
 *   g (decided on canonical forms, MATH.md section 2), else a generator and a point where the
 *   two sides, evaluated directly, differ;
 * - `symmetrisedNetwork(G, F)`: Lemma 6.1's `F^G`, channel `(h, i)` being
 *   `(rho_in(h)^T alpha_i, rho_out(h)^{-1} beta_i / |G|)`, listed h-major;
 * - `channelMultisetInvariant(G, F)`: Theorem 4.6's condition, the multiset of
 *   (channel vector, output weight) pairs fixed by `g.(alpha, beta) = (rho_in(g)^{-T} alpha,
 *   rho_out(g) beta)` for every generator.
 *
 * The contragredient is recomputed from `rho_in` here (`inverse` then `transpose`), never read
 * from `GroupElement.contragredient`, so a group whose stored contragredient is wrong (the
 * planted transposition bug) cannot fool the oracle.
 */

import { Rational } from '../../scalar/rational.ts';
import { inverse, matVec, transpose, type Matrix } from '../../linalg/matrix.ts';
import { outputMatrix, type GroupElement, type MatrixGroup } from '../../group/matrixGroup.ts';
import { vectorKey } from '../../group/action.ts';
import type { Network } from '../../network/network.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';

/** x -> F(M x): channel vectors become `M^T alpha`. */
function precomposeInput(net: Network, m: Matrix): Network {
  const mt = transpose(m);
  return {
    ...net,
    channels: net.channels.map((c) => ({ alpha: matVec(mt, c.alpha), beta: c.beta })),
  };
}

/** x -> R F(x): output weights become `R beta`. */
function postcomposeOutput(net: Network, r: Matrix): Network {
  return {
    ...net,
    channels: net.channels.map((c) => ({ alpha: c.alpha, beta: matVec(r, c.beta) })),
  };
}

/** `rho_in(g)^{-T}`, recomputed from the input matrix. */
function trueContragredient(g: GroupElement): Matrix {
  return transpose(inverse(g.input)!);
}

interface EquivarianceFailure {
  /** Index of the generator g in `group.generators`. */
  readonly generator: number;
  readonly x: Rational[];
  /** F(rho_in(g) x) and rho_out(g) F(x). */
  readonly left: Rational[];
  readonly right: Rational[];
}

/** Null when F is G-equivariant (checked on generators), else a witnessed failure. */
function equivarianceWitness(group: MatrixGroup, net: Network): EquivarianceFailure | null {
  for (const [i, g] of group.generators.entries()) {
    const left = precomposeInput(net, g.input);
    const right = postcomposeOutput(net, outputMatrix(g, net.outputDim));
    const eq = functionallyEqual(left, right);
    if (!eq.equal) return { generator: i, ...eq.witness };
  }
  return null;
}

/** Lemma 6.1's symmetrisation F^G, width |G| m, channels listed h-major. */
function symmetrisedNetwork(group: MatrixGroup, net: Network): Network {
  const order = Rational.of(group.elements.length);
  const channels = group.elements.flatMap((h) => {
    const back = inverse(outputMatrix(h, net.outputDim))!;
    const ht = transpose(h.input);
    return net.channels.map((c) => ({
      alpha: matVec(ht, c.alpha),
      beta: matVec(back, c.beta).map((b) => b.div(order)),
    }));
  });
  return { ...net, channels };
}

function channelKey(alpha: readonly Rational[], beta: readonly Rational[]): string {
  return `${vectorKey(alpha)}|${vectorKey(beta)}`;
}

/**
 * For each generator, a permutation `pi` of the hidden units with
 * `alpha_{pi(i)} = rho_in(g)^{-T} alpha_i` and `beta_{pi(i)} = rho_out(g) beta_i`, or null when
 * the multiset of channels is not invariant (Theorem 4.6).
 */
function channelPermutations(group: MatrixGroup, net: Network): number[][] | null {
  const perms: number[][] = [];
  for (const g of group.generators) {
    const ct = trueContragredient(g);
    const out = outputMatrix(g, net.outputDim);
    const free = new Map<string, number[]>();
    net.channels.forEach((c, i) => {
      const key = channelKey(c.alpha, c.beta);
      free.set(key, [...(free.get(key) ?? []), i]);
    });
    const perm: number[] = [];
    for (const c of net.channels) {
      const slots = free.get(channelKey(matVec(ct, c.alpha), matVec(out, c.beta)));
      const j = slots?.shift();
      if (j === undefined) return null;
      perm.push(j);
    }
    perms.push(perm);
  }
  return perms;
}

function channelMultisetInvariant(group: MatrixGroup, net: Network): boolean {
  return channelPermutations(group, net) !== null;
}

export {
  precomposeInput,
  postcomposeOutput,
  trueContragredient,
  equivarianceWitness,
  symmetrisedNetwork,
  channelPermutations,
  channelMultisetInvariant,
};
export type { EquivarianceFailure };
