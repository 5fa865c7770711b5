/**
 * # Exact evaluation and the feature function
 *
 * Defines `evaluate(F, x)`, the exact value of a network at a rational point, and
 * `featureFunction(F, x)`, the paper's Figure 2 object
 * `Phi_F(x) = sum_i beta_i [<alpha_i, x> > 0] alpha_i^T` (a k x d matrix, the Jacobian of F on the
 * open region containing x), which satisfies `F(x) = Phi_F(x) x` everywhere.
 */

import { Rational } from '../scalar/rational.ts';
import { dot, zeros, type Vector } from '../linalg/matrix.ts';
import type { Network } from './network.ts';

function relu(t: Rational): Rational {
  return t.sign() > 0 ? t : Rational.ZERO;
}

/** F(x), exactly. */
function evaluate(net: Network, x: Vector): Rational[] {
  const out = Array<Rational>(net.outputDim).fill(Rational.ZERO);
  for (const { alpha, beta } of net.channels) {
    const a = relu(dot(alpha, x));
    if (a.isZero()) continue;
    for (let j = 0; j < out.length; j++) out[j] = out[j]!.add(beta[j]!.mul(a));
  }
  return out;
}

/** Phi_F(x): the sum of beta_i alpha_i^T over channels active at x (strictly positive). */
function featureFunction(net: Network, x: Vector): Rational[][] {
  const phi = zeros(net.outputDim, net.inputDim);
  for (const { alpha, beta } of net.channels) {
    if (dot(alpha, x).sign() <= 0) continue;
    for (let r = 0; r < net.outputDim; r++) {
      for (let c = 0; c < net.inputDim; c++) phi[r]![c] = phi[r]![c]!.add(beta[r]!.mul(alpha[c]!));
    }
  }
  return phi;
}

export { evaluate, featureFunction, relu };
