/**
 * # Canonical form and boundary hyperplanes
 *
 * Defines `canonicalForm(F)`: the unique representation
 * `F(x) = W x + sum_l c_l |<n_l, x>|` of MATH.md section 2, with `W = (1/2) B A`, one term per
 * boundary hyperplane `n_l^perp`, each normal `n_l` the primitive integer vector with first
 * nonzero entry positive, and each kink `c_l = (1/2) sum |lambda_i| beta_i` over the channels
 * `alpha_i = lambda_i n_l` on that line. Terms with zero kink and zero channels are dropped, and
 * terms are sorted by normal, so two networks compute the same function iff their canonical
 * forms are equal (the functions `|<n_l, x>|` for distinct lines and the coordinates are
 * linearly independent).
 *
 * `boundaryHyperplanes(F)` (Definition 4.1) is the list of `(n_l, c_l)`; Theorem 4.2 is the
 * statement that these are exactly the hyperplanes across which F is not linear.
 */

import { Rational } from '../scalar/rational.ts';
import { isZeroVector, vectorsEqual, matricesEqual, dot, type Vector } from '../linalg/matrix.ts';
import { lineNormal } from '../group/action.ts';
import type { Network } from './network.ts';

interface BoundaryHyperplane {
  /** Primitive integer normal, first nonzero entry positive. */
  readonly normal: Rational[];
  /** The kink c_l in Q^k; never zero. */
  readonly kink: Rational[];
}

interface CanonicalForm {
  readonly inputDim: number;
  readonly outputDim: number;
  /** W, k x d. */
  readonly linear: Rational[][];
  /** Sorted lexicographically by normal. */
  readonly hyperplanes: BoundaryHyperplane[];
}

function compareVectors(u: Vector, v: Vector): number {
  for (let i = 0; i < u.length; i++) {
    const c = u[i]!.compare(v[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** lambda with alpha = lambda * n, for alpha on the line of n. */
function ratioOnLine(alpha: Vector, n: Vector): Rational {
  const j = n.findIndex((x) => !x.isZero());
  return alpha[j]!.div(n[j]!);
}

/** The canonical form of F (MATH.md section 2). */
function canonicalForm(net: Network): CanonicalForm {
  const { inputDim: d, outputDim: k } = net;
  const linear = Array.from({ length: k }, () => Array<Rational>(d).fill(Rational.ZERO));
  const terms = new Map<string, { normal: Rational[]; kink: Rational[] }>();

  for (const { alpha, beta } of net.channels) {
    if (isZeroVector(alpha) || isZeroVector(beta)) continue;
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < d; c++) {
        linear[r]![c] = linear[r]![c]!.add(beta[r]!.mul(alpha[c]!).mul(Rational.HALF));
      }
    }

    // relu(t) = (t + |t|)/2, and |<alpha, x>| = |lambda| |<n, x>|.
    const normal = lineNormal(alpha);
    const key = normal.join(',');
    const weight = ratioOnLine(alpha, normal).abs().mul(Rational.HALF);
    const term = terms.get(key) ?? { normal, kink: Array<Rational>(k).fill(Rational.ZERO) };
    term.kink = term.kink.map((c, r) => c.add(beta[r]!.mul(weight)));
    terms.set(key, term);
  }

  const hyperplanes = [...terms.values()]
    .filter((t) => !isZeroVector(t.kink))
    .sort((a, b) => compareVectors(a.normal, b.normal));
  return { inputDim: d, outputDim: k, linear, hyperplanes };
}

/** Definition 4.1: the boundary hyperplanes of F with their kinks. */
function boundaryHyperplanes(net: Network): BoundaryHyperplane[] {
  return canonicalForm(net).hyperplanes;
}

function canonicalFormsEqual(a: CanonicalForm, b: CanonicalForm): boolean {
  return (
    a.inputDim === b.inputDim &&
    a.outputDim === b.outputDim &&
    matricesEqual(a.linear, b.linear) &&
    a.hyperplanes.length === b.hyperplanes.length &&
    a.hyperplanes.every(
      (h, i) =>
        vectorsEqual(h.normal, b.hyperplanes[i]!.normal) &&
        vectorsEqual(h.kink, b.hyperplanes[i]!.kink),
    )
  );
}

/** Evaluates `W x + sum c_l |<n_l, x>|`; equal to evaluating the network itself. */
function evaluateCanonical(cf: CanonicalForm, x: Vector): Rational[] {
  const out = cf.linear.map((row) => dot(row, x));
  for (const h of cf.hyperplanes) {
    const a = dot(h.normal, x).abs();
    for (let r = 0; r < out.length; r++) out[r] = out[r]!.add(h.kink[r]!.mul(a));
  }
  return out;
}

export {
  canonicalForm,
  boundaryHyperplanes,
  canonicalFormsEqual,
  evaluateCanonical,
  compareVectors,
};
export type { CanonicalForm, BoundaryHyperplane };
