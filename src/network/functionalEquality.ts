/**
 * # Deciding whether two networks compute the same function
 *
 * Defines `functionallyEqual(F, G)`: exact, from canonical forms (MATH.md section 2: equal
 * functions iff equal canonical forms). A "no" carries a witness, a rational point x where the
 * two networks, evaluated directly (not through their canonical forms), give different values.
 */

import { Rational } from '../scalar/rational.ts';
import { vectorsEqual } from '../linalg/matrix.ts';
import { canonicalForm } from './canonicalForm.ts';
import { distinguishingPoint } from './distinguishingPoint.ts';
import { evaluate } from './evaluate.ts';
import { scaleNetwork, sumNetworks, type Network } from './network.ts';

type Equality =
  | { readonly equal: true }
  | {
      readonly equal: false;
      readonly witness: { x: Rational[]; left: Rational[]; right: Rational[] };
    };

/** The difference F - G as a network (channels of F, then those of G with negated weights). */
function differenceNetwork(f: Network, g: Network): Network {
  return sumNetworks(f, scaleNetwork(g, Rational.MINUS_ONE));
}

function functionallyEqual(f: Network, g: Network): Equality {
  if (f.inputDim !== g.inputDim || f.outputDim !== g.outputDim) {
    throw new RangeError(
      `networks have different shapes: ${f.inputDim}->${f.outputDim} and ` +
        `${g.inputDim}->${g.outputDim}`,
    );
  }
  const x = distinguishingPoint(canonicalForm(differenceNetwork(f, g)));
  if (!x) return { equal: true };
  const left = evaluate(f, x);
  const right = evaluate(g, x);
  if (vectorsEqual(left, right)) throw new Error('internal: witness point does not distinguish');
  return { equal: false, witness: { x, left, right } };
}

export { functionallyEqual, differenceNetwork };
export type { Equality };
