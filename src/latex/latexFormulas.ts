/**
 * # Exact objects as LaTeX formulas
 *
 * Defines the renderers the derivation uses: vectors and matrices (`pmatrix`, `smallmatrix`),
 * linear forms `<alpha, x>` in named variables (`a - b`, `\frac{1}{2} x_1 + x_3`), networks
 * `sum beta_i relu(<alpha_i, x>)` (as whole sums or as lists of signed terms, so a long sum can
 * be broken over lines), canonical forms `W x + sum c_l |<n_l, x>|`, and permutations
 * in cycle notation. Every number goes through `exactLatex`, so long integers carry break
 * points; sums are inline formulas, which TeX may break after each `+`.
 */

import { Rational } from '../scalar/rational.ts';
import { integerToLatex, rationalToLatex } from '../scalar/rationalLatex.ts';
import type { Matrix, Vector } from '../linalg/matrix.ts';
import type { Network } from '../network/network.ts';
import type { CanonicalForm } from '../network/canonicalForm.ts';

/** Digits beyond which a fraction is written `p/q` on the line, where TeX can break it. */
const LONG_FRACTION_DIGITS = 12;

/**
 * A rational for running text: `\frac` when short; `p/q` with breakable digit groups when the
 * numerator or denominator is long, since TeX cannot break inside a `\frac` box.
 */
function exactLatex(r: Rational): string {
  const digits = (n: bigint): number => (n < 0n ? -n : n).toString().length;
  if (
    r.den === 1n ||
    (digits(r.num) <= LONG_FRACTION_DIGITS && digits(r.den) <= LONG_FRACTION_DIGITS)
  ) {
    return rationalToLatex(r);
  }
  return `${integerToLatex(r.num)}/${integerToLatex(r.den)}`;
}

/** `a, b` in the plane (the paper's Example 5.1), `a, b, c` in space, else `x_1, ..., x_d`. */
function variableNames(d: number): string[] {
  if (d === 2) return ['a', 'b'];
  if (d === 3) return ['a', 'b', 'c'];
  return Array.from({ length: d }, (_, i) => `x_{${i + 1}}`);
}

function matrixLatex(m: Matrix, small = false): string {
  const env = small ? 'smallmatrix' : 'pmatrix';
  const rows = m.map((row) => row.map(exactLatex).join(' & ')).join(' \\\\ ');
  return small
    ? `\\left(\\begin{${env}} ${rows} \\end{${env}}\\right)`
    : `\\begin{${env}} ${rows} \\end{${env}}`;
}

/** A vector as a row tuple `(1, -\frac{1}{2})`. */
function tupleLatex(v: Vector): string {
  const entries = v.map(exactLatex);
  const long = entries.some((e) => e.includes('\\allowbreak'));
  return `(${entries.join(long ? ',\\allowbreak ' : ', ')})`;
}

/** A coefficient in front of something: `''` for 1, `-` for -1, else the rational. */
function coefficientLatex(c: Rational): string {
  if (c.equals(Rational.ONE)) return '';
  if (c.equals(Rational.MINUS_ONE)) return '-';
  return `${exactLatex(c)}\\,`;
}

/** One summand of a sum: its sign and its unsigned LaTeX. */
interface SignedTerm {
  readonly sign: number;
  readonly body: string;
}

/** A term written first (`-b` or `b`) or after others (` - b` or ` + b`). */
function termLatex(t: SignedTerm, first: boolean): string {
  if (first) return t.sign < 0 ? `-${t.body}` : t.body;
  return t.sign < 0 ? ` - ${t.body}` : ` + ${t.body}`;
}

/** Joins signed terms: `a - b + 2c`; the empty sum is `0`. */
function signedSum(terms: readonly SignedTerm[]): string {
  if (terms.length === 0) return '0';
  return terms.map((t, i) => termLatex(t, i === 0)).join('');
}

function linearFormLatex(v: Vector, names: readonly string[]): string {
  return signedSum(
    v.flatMap((c, i) =>
      c.isZero() ? [] : [{ sign: c.sign(), body: `${coefficientLatex(c.abs())}${names[i]}` }],
    ),
  );
}

/** An output weight in front of a scalar function: a coefficient, or a small column vector. */
function weightTerm(beta: Vector, body: string): SignedTerm {
  if (beta.length === 1) {
    const b = beta[0]!;
    return { sign: b.sign(), body: `${coefficientLatex(b.abs())}${body}` };
  }
  return {
    sign: 1,
    body: `${matrixLatex(
      beta.map((x) => [x]),
      true,
    )}${body}`,
  };
}

/** The summands `beta_i relu(<alpha_i, x>)` of a network, zero units left out. */
function networkTerms(net: Network, names = variableNames(net.inputDim)): SignedTerm[] {
  return net.channels
    .filter((c) => c.alpha.some((x) => !x.isZero()) && c.beta.some((x) => !x.isZero()))
    .map((c) => weightTerm(c.beta, `\\srrelu(${linearFormLatex(c.alpha, names)})`));
}

/** `F(x) = sum beta_i relu(<alpha_i, x>)`, right-hand side only. */
function networkLatex(net: Network, names = variableNames(net.inputDim)): string {
  return signedSum(networkTerms(net, names));
}

/** The summands of `W x + sum c_l |<n_l, x>|`: the linear part first, then one per kink. */
function canonicalFormTerms(cf: CanonicalForm, names = variableNames(cf.inputDim)): SignedTerm[] {
  const terms: SignedTerm[] = [];
  if (cf.outputDim === 1) {
    const w = cf.linear[0]!;
    if (w.some((x) => !x.isZero())) {
      terms.push(
        ...w.flatMap((c, i) =>
          c.isZero() ? [] : [{ sign: c.sign(), body: `${coefficientLatex(c.abs())}${names[i]}` }],
        ),
      );
    }
  } else if (cf.linear.some((row) => row.some((x) => !x.isZero()))) {
    terms.push({ sign: 1, body: `${matrixLatex(cf.linear, true)}\\,x` });
  }
  for (const h of cf.hyperplanes) {
    terms.push(weightTerm(h.kink, `\\lvert ${linearFormLatex(h.normal, names)}\\rvert`));
  }
  return terms;
}

/** `W x + sum c_l |<n_l, x>|`, right-hand side only. */
function canonicalFormLatex(cf: CanonicalForm, names = variableNames(cf.inputDim)): string {
  return signedSum(canonicalFormTerms(cf, names));
}

/** A permutation of 0-based indices in 1-based cycle notation; the identity is `\mathrm{id}`. */
function cyclesLatex(images: readonly number[]): string {
  const seen = new Set<number>();
  const cycles: string[] = [];
  for (let i = 0; i < images.length; i++) {
    if (seen.has(i)) continue;
    const cycle: number[] = [];
    for (let j = i; !seen.has(j); j = images[j]!) {
      seen.add(j);
      cycle.push(j + 1);
    }
    if (cycle.length > 1) cycles.push(`(${cycle.join('\\;')})`);
  }
  return cycles.length === 0 ? '\\mathrm{id}' : cycles.join('\\allowbreak ');
}

export {
  exactLatex,
  variableNames,
  matrixLatex,
  tupleLatex,
  linearFormLatex,
  networkLatex,
  networkTerms,
  canonicalFormLatex,
  canonicalFormTerms,
  cyclesLatex,
  termLatex,
  signedSum,
};
export type { SignedTerm };
