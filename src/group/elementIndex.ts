/**
 * # Looking up group elements and multiplying them by index
 *
 * Defines `elementIndex(group)`: the index in `group.elements` of any element given by its
 * matrices, and the product and inverse of elements by index. The LEN decision, its witness
 * checker and the dimension counts speak about group elements by index (stabilisers, hidden
 * permutations per element), so all of them need this table; it is not search code.
 *
 * An element of a `MatrixGroup` is the pair `(rho_in(g), rho_out(g))`, so the key joins both
 * matrices. Products are computed on demand (one matrix product and one map look-up), not as a
 * full |G| x |G| table, because B_5 has 3840 elements and most callers need a few rows only.
 */

import { identity, inverse, matMul, type Matrix } from '../linalg/matrix.ts';
import type { GroupElement, MatrixGroup } from './matrixGroup.ts';

interface ElementIndex {
  /** Index in `group.elements` of the element with these matrices, or -1 if none. */
  readonly indexOf: (input: Matrix, output: Matrix | null) => number;
  /** Index of the product `elements[i] * elements[j]` (apply j first, then i). */
  readonly product: (i: number, j: number) => number;
  /** Index of `elements[i]^{-1}`. */
  readonly inverseOf: (i: number) => number;
  /** Index of `generators[k]` among the elements. */
  readonly generatorIndex: (k: number) => number;
}

function matrixKey(m: Matrix): string {
  return m.map((row) => row.map((x) => x.toString()).join(',')).join(';');
}

function elementKey(input: Matrix, output: Matrix | null, outputDim: number | null): string {
  const out = output ?? (outputDim === null ? null : identity(outputDim));
  return out === null ? matrixKey(input) : `${matrixKey(input)}|${matrixKey(out)}`;
}

function elementIndex(group: MatrixGroup): ElementIndex {
  const k = group.outputDim;
  const byKey = new Map<string, number>();
  group.elements.forEach((g, i) => byKey.set(elementKey(g.input, g.output, k), i));
  const indexOf = (input: Matrix, output: Matrix | null): number =>
    byKey.get(elementKey(input, output, k)) ?? -1;

  const productOf = (a: GroupElement, b: GroupElement): number => {
    const input = matMul(a.input, b.input);
    const output = k === null ? null : matMul(a.output ?? identity(k), b.output ?? identity(k));
    return indexOf(input, output);
  };
  const product = (i: number, j: number): number => {
    const r = productOf(group.elements[i]!, group.elements[j]!);
    if (r < 0) throw new Error('internal: group is not closed under multiplication');
    return r;
  };
  const inverseOf = (i: number): number => {
    const g = group.elements[i]!;
    const output = g.output === null ? null : inverse(g.output);
    const r = indexOf(inverse(g.input)!, output);
    if (r < 0) throw new Error('internal: group element without inverse');
    return r;
  };
  const generatorIndex = (gi: number): number => {
    const g = group.generators[gi]!;
    const r = indexOf(g.input, g.output);
    if (r < 0) throw new Error('internal: generator missing from the element list');
    return r;
  };
  return { indexOf, product, inverseOf, generatorIndex };
}

export { elementIndex };
export type { ElementIndex };
