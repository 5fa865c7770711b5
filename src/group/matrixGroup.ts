/**
 * # Finite matrix groups
 *
 * Defines `MatrixGroup`: a finite group G given by rational generator matrices acting on the
 * input space Q^d (`rho_in`) and, optionally, on the output space Q^k (`rho_out`; trivial when
 * absent). `generateGroup` validates the generators and closes them under multiplication.
 * MATH.md section 1.
 *
 * Main facts used:
 * - Each generator must have finite order; `hasFiniteOrder` (finiteOrder.ts) decides it exactly
 *   from the characteristic polynomial, so `[[1,1],[0,1]]` and `[[2,1],[1,1]]` are refused at
 *   once instead of looping or growing huge entries.
 * - Closure is a breadth-first search over products with the generators, keyed by an exact
 *   integer form of each element, and stops with an error as soon as the order exceeds the cap.
 *
 * Implementation note: elements are multiplied as integer matrices over one common denominator
 * (`ScaledMatrix`, scaledMatrix.ts), reduced by a single gcd per product, not entry-wise
 * rationals.
 */

import { Rational } from '../scalar/rational.ts';
import { InputError } from '../scalar/parseRational.ts';
import { countOf } from '../scalar/parseJson.ts';
import { identity, inverse, transpose, type Matrix } from '../linalg/matrix.ts';
import { finiteOrderExponent, hasFiniteOrder } from './finiteOrder.ts';
import {
  fromScaled,
  scaledKey,
  scaledMul,
  scaledTrace,
  toScaled,
  type ScaledMatrix,
} from './scaledMatrix.ts';

/** An element of G: its matrix on the input and (null when trivial) on the output. */
interface GroupElement {
  readonly input: Matrix;
  readonly output: Matrix | null;
  /** `rho_in(g)^{-T}`: how g acts on channel vectors and hyperplane normals. */
  readonly contragredient: Matrix;
  /** Indices of generators whose product (left to right) is this element; [] for identity. */
  readonly word: readonly number[];
}

interface MatrixGroup {
  readonly inputDim: number;
  /** Output dimension when some generator acts on the output, else null (trivial action). */
  readonly outputDim: number | null;
  readonly generators: readonly GroupElement[];
  /** All elements, identity first. */
  readonly elements: readonly GroupElement[];
  readonly name: string;
}

interface GeneratorSpec {
  readonly input: Matrix;
  readonly output?: Matrix | null;
}

/**
 * Largest matrix size accepted, the same bound as network dimensions: the finite-order test
 * costs d products of d x d matrices, about a second for a dense 64 x 64 generator.
 */
const MAX_DIMENSION = 64;

/** Default largest order accepted: B_5 (3840) and S_7 (5040) fit. */
const DEFAULT_MAX_ORDER = 10_000;

function validateSquare(m: Matrix, size: number | null, where: string): number {
  if (m.length === 0) throw new InputError(where, 'matrix is empty');
  const n = size ?? m.length;
  if (m.length !== n) throw new InputError(where, `expected ${countOf(n, 'row')}, got ${m.length}`);
  if (n > MAX_DIMENSION) {
    throw new InputError(
      where,
      `${n} x ${n} is too large (at most ${MAX_DIMENSION} x ${MAX_DIMENSION})`,
    );
  }
  m.forEach((row, i) => {
    if (row.length !== n) {
      throw new InputError(
        `${where}[${i}]`,
        `expected ${countOf(n, 'entry', 'entries')} (a square matrix), got ${row.length}`,
      );
    }
  });
  return n;
}

/** Block-diagonal pair (input, output) as one scaled matrix, so closure tracks both at once. */
function pairScaled(input: Matrix, output: Matrix | null, k: number): ScaledMatrix {
  const d = input.length;
  const out = output ?? identity(k);
  const rows: Rational[][] = [];
  for (let i = 0; i < d; i++) rows.push([...input[i]!, ...Array<Rational>(k).fill(Rational.ZERO)]);
  for (let i = 0; i < k; i++) rows.push([...Array<Rational>(d).fill(Rational.ZERO), ...out[i]!]);
  return toScaled(rows);
}

function splitScaled(s: ScaledMatrix, d: number, hasOutput: boolean): [Matrix, Matrix | null] {
  const m = fromScaled(s);
  const input = m.slice(0, d).map((row) => row.slice(0, d));
  const output = hasOutput ? m.slice(d).map((row) => row.slice(d)) : null;
  return [input, output];
}

function scaledIsScalar(s: ScaledMatrix, c: bigint): boolean {
  return s.num.every((row, i) => row.every((x, j) => x === (i === j ? c * s.den : 0n)));
}

/** The largest bit length of a numerator entry or of the denominator. */
function entryBits(s: ScaledMatrix): number {
  let bits = s.den.toString(16).length * 4;
  for (const row of s.num) {
    for (const x of row) bits = Math.max(bits, (x < 0n ? -x : x).toString(16).length * 4);
  }
  return bits;
}

/**
 * Throws when the new element `s` provably has infinite order, so that generators of finite
 * order whose products do not (e.g. two reflections whose product has trace -4) are refused
 * at once instead of filling memory up to a raised `--max-order`. An element of finite order
 * is a matrix whose eigenvalues are roots of unity, so its trace is a rational algebraic integer
 * (an integer) of absolute value at most its size: one cheap exact test per element. Unipotent
 * elements pass that test, so once entries grow well past the generators' size the full
 * finite-order test runs too; the returned limit is where the next such test is due.
 */
function refuseInfiniteOrder(s: ScaledMatrix, growthLimit: number, where: string): number {
  const n = BigInt(s.num.length);
  const trace = scaledTrace(s);

  // Trace n (or -n) forces every eigenvalue to be 1 (or -1); of finite order, s is then
  // diagonalisable, so it must be I (or -I). A unipotent [[1,1],[0,1]] fails here at once.
  const extreme = trace.den === 1n && (trace.num === n || trace.num === -n);
  const bounded =
    trace.den === 1n &&
    trace.num <= n &&
    trace.num >= -n &&
    (!extreme || scaledIsScalar(s, trace.num / n));
  const bits = entryBits(s);
  if (bounded && bits <= growthLimit) return growthLimit;
  if (!bounded || !hasFiniteOrder(s)) {
    throw new InputError(
      where,
      'the generators produce an element of infinite order (trace ' +
        `${trace.toString()}), so they generate an infinite group`,
    );
  }
  return 2 * bits;
}

/**
 * The finite group generated by the given matrices, with every element listed.
 * @param specs generators; `output` may be omitted on all of them (trivial output action)
 * @param options `maxOrder` (default 10000) and a display `name`
 * @param where prefix for error messages (e.g. the file name)
 * @throws InputError for a non-square, mismatched, singular or infinite-order generator, and
 *   for a group with more than `maxOrder` elements
 */
function generateGroup(
  specs: readonly GeneratorSpec[],
  options: { maxOrder?: number; name?: string } = {},
  where = 'group',
): MatrixGroup {
  const maxOrder = options.maxOrder ?? DEFAULT_MAX_ORDER;
  if (specs.length === 0)
    throw new InputError(`${where}: generators`, 'at least one generator is needed');

  let d: number | null = null;
  let k: number | null = null;
  specs.forEach((g, i) => {
    d = validateSquare(g.input, d, `${where}: generators[${i}].input`);
    if (g.output) k = validateSquare(g.output, k, `${where}: generators[${i}].output`);
  });
  const inputDim = d!;
  const outputDim: number | null = k;
  const kk = outputDim ?? 0;

  const gens = specs.map((g, i) => {
    const input = g.input;
    if (!inverse(input))
      throw new InputError(`${where}: generators[${i}].input`, 'matrix is singular');
    if (g.output && !inverse(g.output)) {
      throw new InputError(`${where}: generators[${i}].output`, 'matrix is singular');
    }
    const s = pairScaled(input, outputDim === null ? null : (g.output ?? identity(kk)), kk);
    if (!hasFiniteOrder(s)) {
      throw new InputError(
        `${where}: generators[${i}]`,
        'has infinite order (no power is the identity)',
      );
    }
    return s;
  });

  // (s g)^{-T} = s^{-T} g^{-T}: contragredients are carried along the search, one product per
  // new element, instead of one inverse per element at the end; when every generator is
  // orthogonal (g^{-T} = g, e.g. signed permutations) each element is its own contragredient.
  const gensContra = specs.map((g) => toScaled(transpose(inverse(g.input)!)));
  const orthogonal = gensContra.every(
    (c, i) => scaledKey(c) === scaledKey(toScaled(specs[i]!.input)),
  );
  let growthLimit = 2 * Math.max(...gens.map(entryBits)) + 64;
  const start = toScaled(identity(inputDim + kk));
  const seen = new Set<string>([scaledKey(start)]);
  // Each element keeps its parent and last generator, not its whole word: words of an
  // infinite group grow with the search, and storing them made memory quadratic in the cap.
  const queue: { s: ScaledMatrix; contra: ScaledMatrix; parent: number; generator: number }[] = [
    { s: start, contra: toScaled(identity(inputDim)), parent: -1, generator: -1 },
  ];
  for (let head = 0; head < queue.length; head++) {
    const { s, contra } = queue[head]!;
    gens.forEach((g, gi) => {
      const next = scaledMul(s, g);
      const key = scaledKey(next);
      if (seen.has(key)) return;
      seen.add(key);
      growthLimit = refuseInfiniteOrder(next, growthLimit, where);
      const nextContra = orthogonal ? contra : scaledMul(contra, gensContra[gi]!);
      queue.push({ s: next, contra: nextContra, parent: head, generator: gi });
      if (queue.length > maxOrder) {
        throw new InputError(
          `${where}`,
          `group has more than ${maxOrder} elements (raise --max-order if it is finite; generators of finite order can also generate an infinite group)`,
        );
      }
    });
  }

  const toElement = (
    s: ScaledMatrix,
    contra: ScaledMatrix,
    word: readonly number[],
  ): GroupElement => {
    const [input, output] = splitScaled(s, inputDim, outputDim !== null);
    return { input, output, contragredient: orthogonal ? input : fromScaled(contra), word };
  };
  const words: number[][] = [];
  queue.forEach(({ parent, generator }, i) => {
    words[i] = parent < 0 ? [] : [...words[parent]!, generator];
  });
  const elements = queue.map(({ s, contra }, i) => toElement(s, contra, words[i]!));
  const generators = gens.map((s, i) => toElement(s, gensContra[i]!, [i]));
  return { inputDim, outputDim, generators, elements, name: options.name ?? 'G' };
}

/** `rho_out(g)` as a k x k matrix: the given output matrix, or the identity when trivial. */
function outputMatrix(g: GroupElement, k: number): Matrix {
  return g.output ?? identity(k);
}

export { generateGroup, outputMatrix, finiteOrderExponent, DEFAULT_MAX_ORDER };
export type { GroupElement, MatrixGroup, GeneratorSpec };
