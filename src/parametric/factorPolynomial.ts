/**
 * # Factoring a polynomial over Q, with nerdamer as an untrusted proposer
 *
 * Defines `factorPolynomial(p)`: `p = constant * prod base_i^power_i` with every base monic
 * (leading coefficient 1 in the graded lexicographic order of `Polynomial`), non-constant and
 * distinct, and `factorisationText` / `factorisationLatex` to display one. It serves two users:
 * the case split decides sign conditions from the factors (`(t - 1)^2 < 0` is empty,
 * `p != 0` is `base_i != 0` for every i), and the derivations show `(t - 1)^2 > 0` rather than
 * `t^2 - 2*t + 1 > 0` when that is shorter.
 *
 * Why nerdamer, and why it is not trusted: factoring over Q is long to write and easy to check,
 * so the proposal comes from nerdamer (`nerdamer-prime`) and the check is ours. nerdamer gets
 * only exact text: p divided by its content (coprime integer coefficients, computed by us),
 * variables renamed to `v1, v2, ...` so that names such as `e`, `i` or `pi` do not become its
 * constants, and a `TIMEOUT`. Its answer is split into factors, each read back by
 * `parseExpression`, normalised with our arithmetic, and accepted only when
 * `constant * prod base^power` expands to exactly p. Otherwise, and whenever nerdamer throws or
 * times out, the result is the trivial factorisation `1 * p^1`. A wrong proposal therefore costs
 * only a missed simplification, never a wrong statement.
 *
 * What nerdamer's `factor` was measured to do (nerdamer-prime 1.5.0, scratch runs with tsx;
 * 1-50 ms per call for the small polynomials of a case split, `npm run bench` for a figure):
 * - univariate over Q, degree up to about 8: correct (`t^2 - 2*t + 1` -> `(-1+t)^2`,
 *   `t^2/4 - t + 1` -> `(1/4)*(-2+t)^2`, `t^4 - 1`, `t^6 - 1`);
 * - multivariate: differences of squares, perfect squares of binomials, and a univariate or
 *   monomial factor (`a^2*b - b` -> `(-1+a)*(1+a)*b`, `a^2*b^2 - t^2`). Returned unfactored:
 *   `a^2*b^2 - 2*a*b + 1` (= `(a*b - 1)^2`), `a^2*b^2 - 4`, and the expanded forms of
 *   `(a - b)(a + b + 1)`, `(a - b)(a^2 + b^2)`, `(a - b)^2 (a + b + 1)`;
 * - wrong answers, rejected by the re-check: `t^12 - 1` (factors of total degree 26), the
 *   unexpanded input `(t - 1/3)^2` (constant 1/3 instead of 1/9), coefficients beyond 2^53
 *   (rounded through floating point: `123456789012345678901234567890` came back as
 *   `123456789012345680000000000000`);
 * - `TIMEOUT` (milliseconds, `nerdamer.set('TIMEOUT', ms)`, default 800) is checked
 *   cooperatively inside nerdamer's loops: multivariate inputs of degree up to 10 stopped within
 *   1.3 times the limit, but `t^32 - 1` ran 37 s and `t^64 - 1` 64 s with a 500 ms limit. Hence
 *   the guards: nerdamer is asked only about polynomials of total degree at most `MAX_DEGREE`,
 *   at most `MAX_TERMS` terms and (after removing the content) coefficients below 2^53.
 * nerdamer keeps every parsed expression in a global history and its settings globally; each call
 * removes its own history entry and restores the previous `TIMEOUT`.
 */

import nerdamer from 'nerdamer-prime';
import { Rational } from '../scalar/rational.ts';
import { Polynomial } from './polynomial.ts';
import { parseExpression } from './parseExpression.ts';

/** nerdamer's cooperative time limit per call, in milliseconds. */
const NERDAMER_TIMEOUT_MS = 250;
/** Largest total degree sent to nerdamer (degree 24 took up to 0.6 s, 32 ran away). */
const MAX_DEGREE = 12;
/** Largest number of terms sent to nerdamer. */
const MAX_TERMS = 40;
/** Cached factorisations kept before the cache is emptied. */
const CACHE_LIMIT = 5000;

interface Factor {
  readonly base: Polynomial;
  readonly power: number;
}

interface Factorisation {
  readonly constant: Rational;
  /** Monic, non-constant, pairwise distinct bases with positive powers. */
  readonly factors: readonly Factor[];
}

/** Proposes a factorisation of `text` (a product of powers, as nerdamer prints it). */
type FactorProposer = (text: string) => string;

function nerdamerFactor(text: string): string {
  const previousTimeout = nerdamer.get('TIMEOUT');
  const before = nerdamer.numExpressions();
  nerdamer.set('TIMEOUT', NERDAMER_TIMEOUT_MS);
  try {
    return nerdamer(`factor(${text})`).toString();
  } finally {
    if (nerdamer.numExpressions() > before) nerdamer.clear('last');
    if (typeof previousTimeout === 'number') nerdamer.set('TIMEOUT', previousTimeout);
  }
}

function trivial(p: Polynomial): Factorisation {
  return { constant: Rational.ONE, factors: [{ base: p, power: 1 }] };
}

function fitsNerdamer(p: Polynomial): boolean {
  if (p.totalDegree() > MAX_DEGREE || p.terms.size > MAX_TERMS) return false;
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  const small = (x: bigint): boolean => (x < 0n ? -x : x) <= limit;
  return [...p.terms.values()].every((c) => small(c.num) && small(c.den));
}

/** Splits `text` at the operators in `ops` that sit outside all parentheses. */
function splitTopLevel(text: string, ops: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && ops.includes(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * The factors `[base text, power]` of a product as nerdamer prints it (`-(1/9)*(-1+3*t)^2*b`);
 * a sum (`1+t^2`) is one factor. The texts are read back by `parseExpression` afterwards.
 */
function productFactors(text: string): { negated: boolean; factors: [string, number][] } {
  const compact = text.replace(/\s+/g, '');
  const negated = compact.startsWith('-');
  const body = negated ? compact.slice(1) : compact;
  if (splitTopLevel(body, '+-').length > 1) return { negated: false, factors: [[compact, 1]] };
  const factors = splitTopLevel(body, '*').map((piece): [string, number] => {
    const powered = /^(.*)\^(\d+)$/.exec(piece);
    if (powered && splitTopLevel(powered[1]!, '^').length === 1) {
      return [powered[1]!, Number(powered[2])];
    }
    return [piece, 1];
  });
  return { negated, factors };
}

/** Reads a proposal back into monic, merged factors; null when it is not a product we read. */
function readProposal(
  text: string,
  names: readonly string[],
  back: ReadonlyMap<string, Polynomial>,
): Factorisation | null {
  const { negated, factors } = productFactors(text);
  let constant = negated ? Rational.MINUS_ONE : Rational.ONE;
  const merged = new Map<string, { base: Polynomial; power: number }>();
  for (const [baseText, power] of factors) {
    if (!Number.isSafeInteger(power) || power < 1) return null;
    const base = parseExpression(baseText, names, 'nerdamer factor').substitute(back);
    const value = base.constantValue();
    if (value !== null) {
      for (let i = 0; i < power; i++) constant = constant.mul(value);
      continue;
    }
    const lc = base.leadingCoefficient();
    for (let i = 0; i < power; i++) constant = constant.mul(lc);
    const monic = base.scale(lc.inv());
    const seen = merged.get(monic.key());
    merged.set(monic.key(), { base: monic, power: power + (seen?.power ?? 0) });
  }
  const order = (a: Factor, b: Factor): number =>
    a.base.totalDegree() - b.base.totalDegree() ||
    a.base.terms.size - b.base.terms.size ||
    (a.base.key() < b.base.key() ? -1 : a.base.key() > b.base.key() ? 1 : 0);
  return { constant, factors: [...merged.values()].sort(order) };
}

/** `p = content * q` with q's coefficients coprime integers, its leading one positive. */
function integerContent(p: Polynomial): Rational {
  const gcd = (x: bigint, y: bigint): bigint => (y === 0n ? (x < 0n ? -x : x) : gcd(y, x % y));
  let num = 0n;
  let den = 1n;
  for (const c of p.terms.values()) {
    num = gcd(num, c.num);
    den = (den / gcd(den, c.den)) * c.den;
  }
  const content = Rational.of(num, den);
  return p.leadingCoefficient().sign() < 0 ? content.neg() : content;
}

function expandFactorisation(f: Factorisation): Polynomial {
  return f.factors.reduce(
    (acc, x) => acc.mul(x.base.pow(x.power)),
    Polynomial.constant(f.constant),
  );
}

const cache = new Map<string, Factorisation>();

/**
 * The factorisation of p over Q proposed by nerdamer and verified exactly, or the trivial one.
 * @example factorisationText(factorPolynomial(parseExpression('t^2 - 2*t + 1', ['t'], 'x')))
 *   === '(t - 1)^2'
 * @param p the polynomial; constants and the zero polynomial come back as `c * (empty product)`
 * @param propose replaces nerdamer (tests feed wrong proposals through it); its answers are
 *   re-checked like nerdamer's and not cached
 * @returns `constant * prod base^power === p` exactly; every base monic and non-constant
 * @remarks See `restrictCase` in `parameterCase.ts` for the sign decisions that use it.
 */
function factorPolynomial(p: Polynomial, propose?: FactorProposer): Factorisation {
  const value = p.constantValue();
  if (value !== null) return { constant: value, factors: [] };
  const cached = propose === undefined ? cache.get(p.key()) : undefined;
  if (cached) return cached;
  let result = trivial(p);
  const content = integerContent(p);
  const primitive = p.scale(content.inv());
  if (fitsNerdamer(primitive)) {
    const variables = p.variables();
    const names = variables.map((_, i) => `v${i + 1}`);
    const to = new Map(variables.map((v, i) => [v, Polynomial.variable(names[i]!)]));
    const back = new Map(names.map((n, i) => [n, Polynomial.variable(variables[i]!)]));
    try {
      const text = (propose ?? nerdamerFactor)(primitive.substitute(to).toString());
      const proposal = readProposal(text, names, back);
      if (proposal !== null && expandFactorisation(proposal).equals(primitive)) {
        result = { ...proposal, constant: proposal.constant.mul(content) };
      }
    } catch {
      // nerdamer's timeout or failure, or a proposal that does not parse: keep the trivial one.
    }
  }
  if (propose === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(p.key(), result);
  }
  return result;
}

/** Whether the factorisation says more than `1 * p^1`. */
function isNontrivial(f: Factorisation): boolean {
  return f.factors.length > 1 || f.factors.some((x) => x.power > 1);
}

function factorPieces(
  f: Factorisation,
  render: (p: Polynomial) => string,
  power: (e: number) => string,
): string[] {
  return f.factors.map(({ base, power: e }) => {
    const isVariable = base.terms.size === 1 && base.totalDegree() === 1;
    const body = isVariable ? render(base) : `(${render(base)})`;
    return e === 1 ? body : `${body}${power(e)}`;
  });
}

function withConstant(c: Rational, product: string, constantText: string, times: string): string {
  if (c.equals(Rational.ONE)) return product;
  if (c.equals(Rational.MINUS_ONE)) return `-${product}`;
  return `${constantText}${times}${product}`;
}

/**
 * Plain text that `parseExpression` reads back, e.g. `2*(t - 1)^2*(t + 1)`.
 * @param f a factorisation from `factorPolynomial`
 */
function factorisationText(f: Factorisation): string {
  if (f.factors.length === 0) return f.constant.toString();
  if (!isNontrivial(f) && f.constant.equals(Rational.ONE)) return f.factors[0]!.base.toString();
  const product = factorPieces(
    f,
    (p) => p.toString(),
    (e) => `^${e}`,
  ).join('*');
  const c = f.constant;
  return withConstant(c, product, c.isInteger() ? c.toString() : `(${c.toString()})`, '*');
}

/**
 * LaTeX math-mode text, e.g. `(t - 1)^{2} (t + 1)`.
 * @param f a factorisation from `factorPolynomial`
 */
function factorisationLatex(f: Factorisation): string {
  const constantLatex = Polynomial.constant(f.constant).toLatex();
  if (f.factors.length === 0) return constantLatex;
  if (!isNontrivial(f) && f.constant.equals(Rational.ONE)) return f.factors[0]!.base.toLatex();
  const product = factorPieces(
    f,
    (p) => p.toLatex(),
    (e) => `^{${e}}`,
  ).join(' ');
  return withConstant(f.constant, product, constantLatex, ' ');
}

export {
  factorPolynomial,
  factorisationText,
  factorisationLatex,
  isNontrivial,
  NERDAMER_TIMEOUT_MS,
  MAX_DEGREE,
};
export type { Factorisation, Factor, FactorProposer };
