/**
 * # Parameter dimension of a LEN architecture
 *
 * Defines `fixedSpaceDimension(group, subgroup, action)` and `lenParameterDimension(group,
 * orbits, outputDim)` (MATH.md section 7, "reduced hypothesis space dimensionality"). A LEN
 * whose hidden layer splits into orbits G/H_1, ..., G/H_r is fixed by one channel vector in
 * `Fix_{H_j}(rho_in^*)` (the contragredient action) and one output weight in
 * `Fix_{H_j}(rho_out)` per orbit, the rest being transported by the group; so it has
 * `sum_j (dim Fix_{H_j}(rho_in^*) + dim Fix_{H_j}(rho_out))` free parameters. A regular orbit
 * (H = {e}) contributes d + k, the same as one unit of a GN.
 *
 * Algorithm: `dim Fix_H(rho) = (1/|H|) sum_{h in H} trace rho(h)` (the projection onto the
 * fixed space is the average of rho over H, and the trace of a projection is its rank). The
 * trace formula is exact on rationals; the tests compare it with the nullspace of the stacked
 * `rho(h) - I`.
 */

import { Rational } from '../../scalar/rational.ts';
import { InputError } from '../../scalar/parseRational.ts';
import { identity, type Matrix } from '../../linalg/matrix.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { elementIndex } from '../../group/elementIndex.ts';

/** Which representation a fixed space is taken in. */
type Representation = 'contragredient' | 'output';

function trace(m: Matrix): Rational {
  return m.reduce((s, row, i) => s.add(row[i]!), Rational.ZERO);
}

/**
 * @throws InputError when the indices are out of range, miss the identity, or are not closed
 *   under products
 */
function assertSubgroup(group: MatrixGroup, subgroup: readonly number[], where: string): void {
  const n = group.elements.length;
  if (subgroup.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= n)) {
    throw new InputError(where, `element indices must be whole numbers from 0 to ${n - 1}`);
  }
  const set = new Set(subgroup);
  if (!set.has(0)) throw new InputError(where, 'a subgroup must contain the identity (index 0)');
  const index = elementIndex(group);
  for (const i of set) {
    for (const j of set) {
      if (!set.has(index.product(i, j))) {
        throw new InputError(where, `not closed under products: elements ${i} and ${j}`);
      }
    }
  }
}

/**
 * The dimension of the subspace fixed by a subgroup H of G.
 * @example fixedSpaceDimension(klein4, [0], 'contragredient') === 2
 * @param group G
 * @param subgroup H, as indices into `group.elements`
 * @param representation `contragredient` (channel vectors) or `output` (output weights)
 * @param outputDim k, used when G acts trivially on the output
 */
function fixedSpaceDimension(
  group: MatrixGroup,
  subgroup: readonly number[],
  representation: Representation,
  outputDim = group.outputDim ?? 1,
): number {
  const set = [...new Set(subgroup)];
  let sum = Rational.ZERO;
  for (const i of set) {
    const g = group.elements[i]!;
    const m =
      representation === 'contragredient' ? g.contragredient : (g.output ?? identity(outputDim));
    sum = sum.add(trace(m));
  }
  const dim = sum.div(Rational.of(set.length));
  if (!dim.isInteger()) throw new Error('internal: the average trace of a subgroup is not whole');
  return Number(dim.num);
}

/**
 * Free parameters of a LEN with the given hidden orbits G/H_j.
 * @example lenParameterDimension(klein4, [[0], stabiliserOf(1, -1)], 1) === 5
 * @param group G acting on Q^d (and Q^k)
 * @param orbits one subgroup H_j per hidden orbit, as element indices
 * @param outputDim k
 * @throws InputError when some H_j is not a subgroup
 */
function lenParameterDimension(
  group: MatrixGroup,
  orbits: readonly (readonly number[])[],
  outputDim: number,
): number {
  return orbits.reduce((sum, h, j) => {
    assertSubgroup(group, h, `orbits[${j}]`);
    return (
      sum +
      fixedSpaceDimension(group, h, 'contragredient') +
      fixedSpaceDimension(group, h, 'output', outputDim)
    );
  }, 0);
}

/** Units of a LEN with these hidden orbits: sum of the indices [G : H_j]. */
function lenArchitectureWidth(group: MatrixGroup, orbits: readonly (readonly number[])[]): number {
  return orbits.reduce((s, h) => s + group.elements.length / new Set(h).size, 0);
}

export { fixedSpaceDimension, lenParameterDimension, lenArchitectureWidth, assertSubgroup };
export type { Representation };
