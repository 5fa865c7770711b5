/**
 * # Finite matrix groups
 *
 * Defines `MatrixGroup`: a finite group G given by rational generator matrices acting on the
 * input space Q^d (`rho_in`) and, optionally, on the output space Q^k (`rho_out`; trivial when
 * absent). `generateGroup` validates the generators and closes them under multiplication.
 * MATH.md section 1.
 *
 * Main facts used:
 * - A matrix of finite order in GL_d(Q) has eigenvalues that are roots of unity of orders n with
 *   phi(n) <= d, so its order divides `E(d) = lcm{n : phi(n) <= d}`. Hence `g` has finite order
 *   iff `g^E(d) = I`, which repeated squaring decides exactly in O(log E) products. This refuses
 *   `[[1,1],[0,1]]` at once instead of looping.
 * - Closure is a breadth-first search over products with the generators, keyed by an exact
 *   integer form of each element, and stops with an error as soon as the order exceeds the cap.
 *
 * Implementation note: elements are multiplied as integer matrices over one common denominator
 * (`ScaledMatrix`), reduced by a single gcd per product, not entry-wise rationals.
 */

import { Rational, gcd, lcm } from '../scalar/rational.ts';
import { InputError } from '../scalar/parseRational.ts';
import { identity, inverse, transpose, type Matrix } from '../linalg/matrix.ts';

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

/** Default largest order accepted: B_5 (3840) and S_7 (5040) fit. */
const DEFAULT_MAX_ORDER = 10_000;

/** A rational matrix as integers over one positive denominator, in lowest terms. */
interface ScaledMatrix {
  readonly num: bigint[][];
  readonly den: bigint;
}

function toScaled(m: Matrix): ScaledMatrix {
  let den = 1n;
  for (const row of m) for (const x of row) if (x.den !== 1n) den = lcm(den, x.den);
  return { num: m.map((row) => row.map((x) => (x.num * den) / x.den)), den };
}

function fromScaled(s: ScaledMatrix): Rational[][] {
  return s.num.map((row) => row.map((x) => Rational.of(x, s.den)));
}

function scaledMul(a: ScaledMatrix, b: ScaledMatrix): ScaledMatrix {
  const n = a.num.length;
  const p = b.num[0]?.length ?? 0;
  const num: bigint[][] = [];
  let g = a.den * b.den;
  for (let i = 0; i < n; i++) {
    const row: bigint[] = [];
    const ai = a.num[i]!;
    for (let j = 0; j < p; j++) {
      let s = 0n;
      for (let k = 0; k < ai.length; k++) s += ai[k]! * b.num[k]![j]!;
      row.push(s);
      if (g !== 1n && s !== 0n) g = gcd(g, s);
    }
    num.push(row);
  }
  const den = a.den * b.den;
  if (g === 1n) return { num, den };
  return { num: num.map((row) => row.map((x) => x / g)), den: den / g };
}

function scaledIsIdentity(s: ScaledMatrix): boolean {
  return s.num.every((row, i) => row.every((x, j) => x === (i === j ? s.den : 0n)));
}

function scaledKey(s: ScaledMatrix): string {
  return `${s.den}|${s.num.map((r) => r.join(',')).join(';')}`;
}

function eulerPhi(n: number): number {
  let result = n;
  let m = n;
  for (let p = 2; p * p <= m; p++) {
    if (m % p === 0) {
      while (m % p === 0) m /= p;
      result -= result / p;
    }
  }
  if (m > 1) result -= result / m;
  return result;
}

/** lcm of all n with phi(n) <= d: every finite order in GL_d(Q) divides it. */
function finiteOrderExponent(d: number): bigint {
  let e = 1n;
  // phi(n) >= sqrt(n/2), so n <= 2 d^2 bounds the search.
  for (let n = 1; n <= 2 * d * d + 2; n++) if (eulerPhi(n) <= d) e = lcm(e, BigInt(n));
  return e;
}

function scaledPower(s: ScaledMatrix, e: bigint): ScaledMatrix {
  const n = s.num.length;
  let result: ScaledMatrix = toScaled(identity(n));
  let base = s;
  while (e > 0n) {
    if (e & 1n) result = scaledMul(result, base);
    e >>= 1n;
    if (e > 0n) base = scaledMul(base, base);
  }
  return result;
}

function hasFiniteOrder(m: ScaledMatrix): boolean {
  return scaledIsIdentity(scaledPower(m, finiteOrderExponent(m.num.length)));
}

function validateSquare(m: Matrix, size: number | null, where: string): number {
  if (m.length === 0) throw new InputError(where, 'matrix is empty');
  const n = size ?? m.length;
  if (m.length !== n) throw new InputError(where, `expected ${n} rows, got ${m.length}`);
  m.forEach((row, i) => {
    if (row.length !== n) {
      throw new InputError(`${where}[${i}]`, `expected ${n} entries (a square matrix), got ${row.length}`);
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
  if (specs.length === 0) throw new InputError(`${where}: generators`, 'at least one generator is needed');

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
    if (!inverse(input)) throw new InputError(`${where}: generators[${i}].input`, 'matrix is singular');
    if (g.output && !inverse(g.output)) {
      throw new InputError(`${where}: generators[${i}].output`, 'matrix is singular');
    }
    const s = pairScaled(input, outputDim === null ? null : (g.output ?? identity(kk)), kk);
    if (!hasFiniteOrder(s)) {
      throw new InputError(`${where}: generators[${i}]`, 'has infinite order (no power is the identity)');
    }
    return s;
  });

  const start = toScaled(identity(inputDim + kk));
  const seen = new Map<string, number>([[scaledKey(start), 0]]);
  const queue: { s: ScaledMatrix; word: number[] }[] = [{ s: start, word: [] }];
  for (let head = 0; head < queue.length; head++) {
    const { s, word } = queue[head]!;
    gens.forEach((g, gi) => {
      const next = scaledMul(s, g);
      const key = scaledKey(next);
      if (seen.has(key)) return;
      seen.set(key, queue.length);
      queue.push({ s: next, word: [...word, gi] });
      if (queue.length > maxOrder) {
        throw new InputError(`${where}`, `group has more than ${maxOrder} elements (raise --max-order to allow more)`);
      }
    });
  }

  const toElement = (s: ScaledMatrix, word: readonly number[]): GroupElement => {
    const [input, output] = splitScaled(s, inputDim, outputDim !== null);
    return { input, output, contragredient: transpose(inverse(input)!), word };
  };
  const elements = queue.map(({ s, word }) => toElement(s, word));
  const generators = gens.map((s, i) => toElement(s, [i]));
  return { inputDim, outputDim, generators, elements, name: options.name ?? 'G' };
}

/** `rho_out(g)` as a k x k matrix: the given output matrix, or the identity when trivial. */
function outputMatrix(g: GroupElement, k: number): Matrix {
  return g.output ?? identity(k);
}

export { generateGroup, outputMatrix, finiteOrderExponent, DEFAULT_MAX_ORDER };
export type { GroupElement, MatrixGroup, GeneratorSpec };
