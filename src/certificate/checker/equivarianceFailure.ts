/**
 * # Equivariance of the certificate's target
 *
 * Whether the certificate's target is G-equivariant, decided from canonical forms generator by
 * generator (MATH.md section 2), and whether the output action is trivial.
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import { identity, matVec, matricesEqual, transpose } from '../../linalg/matrix.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { canonicalForm, canonicalFormsEqual } from '../../network/canonicalForm.ts';
import type { Network } from '../../network/network.ts';

function equivarianceFailure(target: Network, group: MatrixGroup): string | null {
  for (const [gi, g] of group.generators.entries()) {
    const out = g.output ?? identity(target.outputDim);
    const pre: Network = {
      ...target,
      channels: target.channels.map((c) => ({
        alpha: matVec(transpose(g.input), c.alpha),
        beta: c.beta,
      })),
    };
    const post: Network = {
      ...target,
      channels: target.channels.map((c) => ({ alpha: c.alpha, beta: matVec(out, c.beta) })),
    };
    if (!canonicalFormsEqual(canonicalForm(pre), canonicalForm(post))) {
      return (
        `the target is not equivariant: F(rho_in(g) x) and rho_out(g) F(x) have different ` +
        `canonical forms for generator ${gi}`
      );
    }
  }
  return null;
}

function hasTrivialOutput(group: MatrixGroup): boolean {
  if (group.outputDim === null) return true;
  const id = identity(group.outputDim);
  return group.generators.every((g) => g.output === null || matricesEqual(g.output, id));
}

export { equivarianceFailure, hasTrivialOutput };
