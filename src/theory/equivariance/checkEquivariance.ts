/**
 * # Checking GEN answers from their witnesses alone
 *
 * Defines `checkEquivarianceCounterexample` and `checkEquivarianceCertificate`, which re-check
 * the two kinds of answer of `isEquivariant` without calling it (only its types are imported).
 *
 * - A counterexample `(g, x, left, right)` is checked by evaluating F directly at
 *   `rho_in(g) x` and at x: `left = F(rho_in(g) x)`, `right = rho_out(g) F(x)`, `left != right`.
 * - A certificate is the canonical form `W x + sum_l c_l |<n_l, x>|` of F and, per generator g, a
 *   bijection `l -> l'` of the boundary hyperplanes with scales `mu_l` such that
 *   `rho_in(g)^T n_{l'} = mu_l n_l` (stated with the transpose, so no inverse is trusted),
 *   `c_{l'} |mu_l| = rho_out(g) c_l`, and `W rho_in(g) = rho_out(g) W`. Then
 *   `F(rho_in(g) x) = W rho_in(g) x + sum_l c_{l'} |<rho_in(g)^T n_{l'}, x>|` (re-indexed by the
 *   bijection) `= rho_out(g) W x + sum_l rho_out(g) c_l |<n_l, x>| = rho_out(g) F(x)`: equivariance
 *   under the generators, hence under G. The canonical form itself is recomputed from F.
 */

import {
  matMul,
  matVec,
  matricesEqual,
  transpose,
  vectorsEqual,
  scaleVector,
} from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { canonicalForm, canonicalFormsEqual } from '../../network/canonicalForm.ts';
import { evaluate } from '../../network/evaluate.ts';
import type { EquivarianceCertificate, EquivarianceCounterexample } from './isEquivariant.ts';

type CheckResult = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const OK: CheckResult = { ok: true };
const fail = (reason: string): CheckResult => ({ ok: false, reason });

/** Re-checks `F(rho_in(g) x) != rho_out(g) F(x)` by direct evaluation. */
function checkEquivarianceCounterexample(
  net: Network,
  group: MatrixGroup,
  witness: EquivarianceCounterexample,
): CheckResult {
  const g = group.generators[witness.generator];
  if (!g) return fail(`no generator ${witness.generator}`);
  if (witness.x.length !== net.inputDim) return fail('x has the wrong dimension');
  const left = evaluate(net, matVec(g.input, witness.x));
  const right = matVec(outputMatrix(g, net.outputDim), evaluate(net, witness.x));
  if (!vectorsEqual(left, witness.left)) return fail('left is not F(rho_in(g) x)');
  if (!vectorsEqual(right, witness.right)) return fail('right is not rho_out(g) F(x)');
  if (vectorsEqual(left, right)) return fail('the two sides agree at x');
  return OK;
}

/** Re-checks an equivariance certificate: hyperplane bijections, kinks and linear part. */
function checkEquivarianceCertificate(
  net: Network,
  group: MatrixGroup,
  certificate: EquivarianceCertificate,
): CheckResult {
  const cf = certificate.canonicalForm;
  if (!canonicalFormsEqual(cf, canonicalForm(net))) return fail('not the canonical form of F');
  if (certificate.transports.length !== group.generators.length) {
    return fail('need one hyperplane transport per generator');
  }
  const p = cf.hyperplanes.length;
  for (let gi = 0; gi < group.generators.length; gi++) {
    const g = group.generators[gi]!;
    const s = outputMatrix(g, net.outputDim);
    const { images, scales } = certificate.transports[gi]!;
    if (!matricesEqual(matMul(cf.linear, g.input), matMul(s, cf.linear))) {
      return fail(`generator ${gi}: W rho_in(g) != rho_out(g) W`);
    }
    if (images.length !== p || scales.length !== p) return fail(`generator ${gi}: wrong length`);
    if (new Set(images).size !== p || images.some((i) => !(i >= 0 && i < p))) {
      return fail(`generator ${gi}: the hyperplane map is not a bijection`);
    }
    const rt = transpose(g.input);
    for (let l = 0; l < p; l++) {
      const from = cf.hyperplanes[l]!;
      const to = cf.hyperplanes[images[l]!]!;
      const mu = scales[l]!;
      if (!vectorsEqual(matVec(rt, to.normal), scaleVector(from.normal, mu))) {
        return fail(`generator ${gi}: hyperplane ${l} is not sent to hyperplane ${images[l]}`);
      }
      if (!vectorsEqual(scaleVector(to.kink, mu.abs()), matVec(s, from.kink))) {
        return fail(`generator ${gi}: the kink of hyperplane ${l} is not transported`);
      }
    }
  }
  return OK;
}

export { checkEquivarianceCounterexample, checkEquivarianceCertificate };
export type { CheckResult };
