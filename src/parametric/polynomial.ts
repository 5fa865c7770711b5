/**
 * # Exact multivariate polynomials over Q
 *
 * Defines `Polynomial`: a sparse polynomial in named parameters with `Rational` coefficients, a
 * map from monomial key (the exponent vector over the sorted variable names it uses) to its
 * coefficient. It is the scalar type of parametric networks: every weight of a parametric
 * network is a `Polynomial`, and every condition of a case split is a sign condition on one.
 *
 * Why our own type rather than a computer algebra system: the case split needs exactly four
 * things (ring arithmetic, exact substitution of rationals or of polynomials, a normal form to
 * recognise `p` and `c p` as the same condition, and univariate coefficient lists for the
 * rational root theorem), all of which are short and exact over `Rational` (BigInt), and none
 * of which may depend on a floating tolerance. `exactQuotient` adds exact division (to show a
 * kink `(a*b) / (a)` as `b`), by the multivariate division algorithm and a check by
 * multiplying back.
 *
 * Representation invariant: no stored coefficient is zero, and each monomial is a sorted list of
 * `[variable, exponent]` pairs with positive exponents, keyed as `"a^2*t"`.
 */

import { Rational } from '../scalar/rational.ts';
import { rationalToLatex } from '../scalar/rationalLatex.ts';

type Monomial = readonly (readonly [string, number])[];

function monomialKey(m: Monomial): string {
  return m.map(([v, e]) => (e === 1 ? v : `${v}^${e}`)).join('*');
}

function parseMonomialKey(key: string): Monomial {
  if (key === '') return [];
  return key.split('*').map((part) => {
    const [v, e] = part.split('^');
    return [v!, e === undefined ? 1 : Number(e)] as const;
  });
}

function monomialProduct(a: Monomial, b: Monomial): Monomial {
  const exps = new Map<string, number>();
  for (const [v, e] of [...a, ...b]) exps.set(v, (exps.get(v) ?? 0) + e);
  return [...exps.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

function monomialDegree(m: Monomial): number {
  return m.reduce((s, [, e]) => s + e, 0);
}

/** Graded lexicographic order on monomials, largest first: the display and leading order. */
function compareMonomials(a: Monomial, b: Monomial): number {
  const da = monomialDegree(a);
  const db = monomialDegree(b);
  if (da !== db) return db - da;
  const ka = monomialKey(a);
  const kb = monomialKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Graded lexicographic order on monomials (total degree, then the exponents of the variables in
 * name order): a monomial order, i.e. compatible with multiplication, which the division
 * algorithm needs and `compareMonomials` (a string order) does not guarantee.
 */
function compareGradedLex(a: Monomial, b: Monomial): number {
  const da = monomialDegree(a);
  const db = monomialDegree(b);
  if (da !== db) return da - db;
  const ea = new Map(a);
  const eb = new Map(b);
  const names = [...new Set([...ea.keys(), ...eb.keys()])].sort();
  for (const v of names) {
    const d = (ea.get(v) ?? 0) - (eb.get(v) ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The monomial `a / b`, or null when b does not divide a. */
function monomialQuotient(a: Monomial, b: Monomial): Monomial | null {
  const exps = new Map(a);
  for (const [v, e] of b) {
    const left = (exps.get(v) ?? 0) - e;
    if (left < 0) return null;
    if (left === 0) exps.delete(v);
    else exps.set(v, left);
  }
  return [...exps.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

class Polynomial {
  /** Monomial key to nonzero coefficient. */
  readonly terms: ReadonlyMap<string, Rational>;
  private cachedKey: string | undefined;
  private cachedSorted: [Monomial, Rational][] | undefined;

  private constructor(terms: Map<string, Rational>) {
    this.terms = terms;
  }

  static readonly ZERO = new Polynomial(new Map());
  static readonly ONE = Polynomial.constant(Rational.ONE);

  static constant(c: Rational): Polynomial {
    return new Polynomial(c.isZero() ? new Map() : new Map([['', c]]));
  }

  static variable(name: string): Polynomial {
    return new Polynomial(new Map([[name, Rational.ONE]]));
  }

  private static fromEntries(entries: Iterable<[string, Rational]>): Polynomial {
    const map = new Map<string, Rational>();
    for (const [k, c] of entries) {
      const s = (map.get(k) ?? Rational.ZERO).add(c);
      if (s.isZero()) map.delete(k);
      else map.set(k, s);
    }
    return new Polynomial(map);
  }

  add(o: Polynomial): Polynomial {
    return Polynomial.fromEntries([...this.terms, ...o.terms]);
  }

  sub(o: Polynomial): Polynomial {
    return this.add(o.neg());
  }

  neg(): Polynomial {
    return this.scale(Rational.MINUS_ONE);
  }

  scale(c: Rational): Polynomial {
    if (c.isZero()) return Polynomial.ZERO;
    return new Polynomial(new Map([...this.terms].map(([k, x]) => [k, x.mul(c)])));
  }

  mul(o: Polynomial): Polynomial {
    const out: [string, Rational][] = [];
    for (const [ka, ca] of this.terms) {
      for (const [kb, cb] of o.terms) {
        out.push([
          monomialKey(monomialProduct(parseMonomialKey(ka), parseMonomialKey(kb))),
          ca.mul(cb),
        ]);
      }
    }
    return Polynomial.fromEntries(out);
  }

  pow(n: number): Polynomial {
    let result = Polynomial.ONE;
    for (let i = 0; i < n; i++) result = result.mul(this);
    return result;
  }

  /**
   * The polynomial q with `q * divisor = this`, when the divisor divides this polynomial in
   * Q[parameters]; otherwise (or for a zero divisor) null.
   * @example (a*b + a) / a gives b + 1; (a*b + 1) / a gives null
   * @param divisor a nonzero polynomial
   */
  exactQuotient(divisor: Polynomial): Polynomial | null {
    if (divisor.isZero()) return null;
    const leadOf = (p: Polynomial): [Monomial, Rational] =>
      p.sortedTerms().reduce((best, x) => (compareGradedLex(x[0], best[0]) > 0 ? x : best));
    const [dm, dc] = leadOf(divisor);
    let rest = Polynomial.fromEntries(this.terms);
    let quotient = Polynomial.ZERO;

    // Division by one polynomial under a monomial order: if the divisor divides p, the leading
    // monomial of every remainder is a multiple of the divisor's, and it strictly decreases.
    while (!rest.isZero()) {
      const [rm, rc] = leadOf(rest);
      const m = monomialQuotient(rm, dm);
      if (m === null) return null;
      const step = new Polynomial(new Map([[monomialKey(m), rc.div(dc)]]));
      quotient = quotient.add(step);
      rest = rest.sub(step.mul(divisor));
    }
    return quotient.mul(divisor).equals(this) ? quotient : null;
  }

  isZero(): boolean {
    return this.terms.size === 0;
  }

  /** The value when the polynomial has no variable, else null. */
  constantValue(): Rational | null {
    if (this.terms.size === 0) return Rational.ZERO;
    if (this.terms.size === 1 && this.terms.has('')) return this.terms.get('')!;
    return null;
  }

  equals(o: Polynomial): boolean {
    return this.sub(o).isZero();
  }

  /** The sorted names of the variables that occur. */
  variables(): string[] {
    const vs = new Set<string>();
    for (const k of this.terms.keys()) for (const [v] of parseMonomialKey(k)) vs.add(v);
    return [...vs].sort();
  }

  totalDegree(): number {
    let d = 0;
    for (const k of this.terms.keys()) {
      const e = monomialDegree(parseMonomialKey(k));
      if (e > d) d = e;
    }
    return d;
  }

  /** Terms, largest monomial first (graded lexicographic). */
  sortedTerms(): [Monomial, Rational][] {
    this.cachedSorted ??= [...this.terms]
      .map(([k, c]) => [parseMonomialKey(k), c] as [Monomial, Rational])
      .sort(([a], [b]) => compareMonomials(a, b));
    return this.cachedSorted;
  }

  /**
   * `p = v_1^e_1 ... v_r^e_r q` with the monomial the gcd of all terms: returns the variables
   * `v_i` of that monomial and the quotient q.
   */
  monomialContent(): { variables: string[]; quotient: Polynomial } {
    const monomials = [...this.terms.keys()].map(parseMonomialKey);
    if (monomials.length === 0) return { variables: [], quotient: this };
    const common = new Map(monomials[0]!);
    for (const m of monomials.slice(1)) {
      const here = new Map(m);
      for (const [v, e] of common) {
        const f = here.get(v) ?? 0;
        if (f === 0) common.delete(v);
        else if (f < e) common.set(v, f);
      }
    }
    if (common.size === 0) return { variables: [], quotient: this };
    const quotient: [string, Rational][] = [...this.terms].map(([k, c]) => {
      const reduced = parseMonomialKey(k)
        .map(([v, e]) => [v, e - (common.get(v) ?? 0)] as const)
        .filter(([, e]) => e > 0);
      return [monomialKey(reduced), c];
    });
    return { variables: [...common.keys()].sort(), quotient: Polynomial.fromEntries(quotient) };
  }

  /** Whether every term has the same total degree. */
  isHomogeneous(): boolean {
    const degrees = new Set([...this.terms.keys()].map((k) => monomialDegree(parseMonomialKey(k))));
    return degrees.size <= 1;
  }

  /** The coefficient of the leading monomial; zero for the zero polynomial. */
  leadingCoefficient(): Rational {
    return this.sortedTerms()[0]?.[1] ?? Rational.ZERO;
  }

  /** Substitutes polynomials for some variables (the others stay). */
  substitute(values: ReadonlyMap<string, Polynomial>): Polynomial {
    let result = Polynomial.ZERO;
    for (const [k, c] of this.terms) {
      let term = Polynomial.constant(c);
      for (const [v, e] of parseMonomialKey(k)) {
        term = term.mul((values.get(v) ?? Polynomial.variable(v)).pow(e));
      }
      result = result.add(term);
    }
    return result;
  }

  /** The exact value at a point giving every variable that occurs. */
  evaluate(values: ReadonlyMap<string, Rational>): Rational {
    let sum = Rational.ZERO;
    for (const [k, c] of this.terms) {
      let term = c;
      for (const [v, e] of parseMonomialKey(k)) {
        const x = values.get(v);
        if (x === undefined) throw new Error(`no value for parameter ${v}`);
        for (let i = 0; i < e; i++) term = term.mul(x);
      }
      sum = sum.add(term);
    }
    return sum;
  }

  /**
   * When the polynomial has degree 1 in `v` with a constant coefficient c there, returns
   * `{ coefficient: c, rest }` with `p = c v + rest` and `rest` free of `v`; else null.
   */
  linearIn(v: string): { coefficient: Rational; rest: Polynomial } | null {
    let coefficient: Rational | null = null;
    const rest: [string, Rational][] = [];
    for (const [k, c] of this.terms) {
      const m = parseMonomialKey(k);
      const e = m.find(([x]) => x === v)?.[1] ?? 0;
      if (e === 0) rest.push([k, c]);
      else if (e === 1 && m.length === 1) coefficient = c;
      else return null;
    }
    return coefficient === null ? null : { coefficient, rest: Polynomial.fromEntries(rest) };
  }

  /** Coefficients `[c_0, c_1, ...]` when only `v` occurs (or none). */
  univariateCoefficients(v: string): Rational[] | null {
    const out: Rational[] = [];
    for (const [k, c] of this.terms) {
      const m = parseMonomialKey(k);
      if (m.length > 1 || (m.length === 1 && m[0]![0] !== v)) return null;
      const e = m.length === 0 ? 0 : m[0]![1];
      while (out.length <= e) out.push(Rational.ZERO);
      out[e] = c;
    }
    return out;
  }

  /** `[c_0, c_1, ..., c_n]` with `p = sum c_e v^e` and each `c_e` free of v (`c_n` nonzero). */
  coefficientsIn(v: string): Polynomial[] {
    const parts: [string, Rational][][] = [];
    for (const [k, c] of this.terms) {
      const m = parseMonomialKey(k);
      const e = m.find(([x]) => x === v)?.[1] ?? 0;
      while (parts.length <= e) parts.push([]);
      parts[e]!.push([monomialKey(m.filter(([x]) => x !== v)), c]);
    }
    return parts.map((entries) => Polynomial.fromEntries(entries));
  }

  /** Whether every exponent is even (then the sign of each term is its coefficient's). */
  hasOnlyEvenExponents(): boolean {
    return [...this.terms.keys()].every((k) => parseMonomialKey(k).every(([, e]) => e % 2 === 0));
  }

  /** Normal form up to a positive factor: leading coefficient 1, and the sign removed. */
  monicNormal(): { monic: Polynomial; sign: 1 | -1 } {
    const lc = this.leadingCoefficient();
    if (lc.isZero()) return { monic: this, sign: 1 };
    return { monic: this.scale(lc.inv()), sign: lc.sign() < 0 ? -1 : 1 };
  }

  /** A stable textual key (equal polynomials, equal keys). */
  key(): string {
    this.cachedKey ??= this.sortedTerms()
      .map(([m, c]) => `${c.toString()}:${monomialKey(m)}`)
      .join('|');
    return this.cachedKey;
  }

  /** Plain text that `parseExpression` reads back, e.g. `2*a^2 - a*t + 1/3`. */
  toString(): string {
    const terms = this.sortedTerms();
    if (terms.length === 0) return '0';
    return terms
      .map(([m, c], i) => {
        const abs = c.abs();
        const body =
          m.length === 0
            ? abs.toString()
            : (abs.equals(Rational.ONE) ? '' : `${abs.toString()}*`) + monomialKey(m);
        if (i === 0) return c.sign() < 0 ? `-${body}` : body;
        return c.sign() < 0 ? ` - ${body}` : ` + ${body}`;
      })
      .join('');
  }

  /** LaTeX math-mode text, e.g. `2 a^{2} - a t + \frac{1}{3}`. */
  toLatex(): string {
    const terms = this.sortedTerms();
    if (terms.length === 0) return '0';
    return terms
      .map(([m, c], i) => {
        const abs = c.abs();
        const vars = m
          .map(([v, e]) => (e === 1 ? latexName(v) : `${latexName(v)}^{${e}}`))
          .join(' ');
        const coeff = m.length > 0 && abs.equals(Rational.ONE) ? '' : rationalToLatex(abs);
        const body = [coeff, vars].filter((s) => s !== '').join(' ');
        if (i === 0) return c.sign() < 0 ? `-${body}` : body;
        return c.sign() < 0 ? ` - ${body}` : ` + ${body}`;
      })
      .join('');
  }
}

/** A parameter name in LaTeX: one letter as is, longer names upright, `_` escaped. */
function latexName(v: string): string {
  const m = /^([A-Za-z])_?(\d+)$/.exec(v);
  if (m) return `${m[1]}_{${m[2]}}`;
  if (/^[A-Za-z]$/.test(v)) return v;
  return `\\mathrm{${v.replace(/_/g, '\\_')}}`;
}

export { Polynomial, latexName };
export type { Monomial };
