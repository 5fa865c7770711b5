/**
 * # Cases: conjunctions of polynomial conditions on rational parameters
 *
 * Defines `ParameterCase`, one cell of a case split: a set of solved parameters
 * (`t = 1`, `a = 2 b - 1`: a substitution into the remaining free parameters) and a conjunction
 * of conditions `p = 0`, `p != 0`, `p > 0`, `p < 0`, `p >= 0`, `p <= 0` on the free parameters.
 * A condition is stored as a monic polynomial and the set of signs it may take (`SignSet`), so
 * `2 t > 0` and `-t < 0` are recognised as the same condition and intersected.
 *
 * `restrictCase(c, p, signs)` adds a condition and returns the cases that remain, deciding
 * exactly what our tools can decide:
 * - a polynomial that is constant after substitution is decided outright;
 * - an equation linear in some parameter with a constant coefficient is solved for it, and the
 *   solution is substituted into every other condition (which may then decide them);
 * - a univariate equation is solved by the rational root theorem (`rationalRoots`): one case
 *   per rational root, none when there is no rational root (parameters are rational);
 * - a polynomial with only even exponents and positive coefficients is known to be >= 0;
 * - bounds `v - r` on the same parameter are compared: `a < 0` implies `a - 1 < 0`, so
 *   `a != 1` is dropped (whichever comes first) and `a > 0, a < -1` is empty;
 * - with a factorisation `c prod b_i^e_i` from `factorPolynomial` (proposed by nerdamer,
 *   verified exactly by expansion): a product is nonzero iff every base is, so `p != 0` becomes
 *   `b_i != 0` for each i and `p = 0` the disjoint union `b_1 = 0 | b_1 != 0, b_2 = 0 | ...`
 *   (the latter only where the rules above leave the equation as stated); when every `e_i` is
 *   even, `p` has the sign of c or vanishes, so `(t - 1)^2 < 0` is empty, `(t - 1)^2 >= 0` holds
 *   throughout and `(t - 1)^2 > 0` is `t != 1`.
 * Anything else is kept as a stated condition; `sampleCase` then looks for a rational point of
 * the case (a feasibility witness, checked exactly), and a case without one is reported as kept
 * with feasibility undecided.
 *
 * `mergeCases` joins two cases that differ in one condition only (for example `t > 0` and
 * `t < 0` into `t != 0`, or `t = 1` and `t != 1` into no condition) when their payloads agree;
 * the cases of a split are pairwise disjoint, and merging keeps them so. The joined condition is
 * passed through `restrictCase` again, so a union that our tools prove to be everything reads
 * so: `t^2 - 2 < 0` and `t^2 - 2 > 0` join to `t^2 - 2 != 0`, which holds for every rational t
 * (no rational root), so the condition is dropped and the union may merge further.
 */

import { Rational } from '../scalar/rational.ts';
import { Polynomial } from './polynomial.ts';
import { rationalRoots } from './rationalRoots.ts';
import {
  factorPolynomial,
  factorisationLatex,
  factorisationText,
  isNontrivial,
  type Factorisation,
} from './factorPolynomial.ts';

/** Bit set of allowed signs: 1 negative, 2 zero, 4 positive. */
type SignSet = number;
const NEGATIVE = 1;
const ZERO = 2;
const POSITIVE = 4;
const ANY_SIGN = 7;
const NONZERO = NEGATIVE | POSITIVE;

interface Condition {
  /** Monic (leading coefficient 1) and not constant. */
  readonly poly: Polynomial;
  readonly signs: SignSet;
}

interface ParameterCase {
  readonly parameters: readonly string[];
  /** Solved parameters, each a polynomial in the free ones. */
  readonly substitution: ReadonlyMap<string, Polynomial>;
  readonly conditions: readonly Condition[];
}

function rootCase(parameters: readonly string[]): ParameterCase {
  return { parameters, substitution: new Map(), conditions: [] };
}

function flipSigns(s: SignSet): SignSet {
  return (s & ZERO) | (s & NEGATIVE ? POSITIVE : 0) | (s & POSITIVE ? NEGATIVE : 0);
}

function signOf(r: Rational): SignSet {
  const s = r.sign();
  return s < 0 ? NEGATIVE : s === 0 ? ZERO : POSITIVE;
}

/** The polynomial read in this case (solved parameters replaced). */
function inCase(c: ParameterCase, p: Polynomial): Polynomial {
  return c.substitution.size === 0 ? p : p.substitute(c.substitution);
}

/** Signs a monic polynomial can take at all, from its shape alone. */
function possibleSigns(monic: Polynomial): SignSet {
  if (!monic.hasOnlyEvenExponents()) return ANY_SIGN;
  const coefficients = [...monic.terms.values()];
  if (!coefficients.every((x) => x.sign() > 0)) return ANY_SIGN;
  return monic.terms.has('') ? POSITIVE : ZERO | POSITIVE;
}

function withSubstitution(
  c: ParameterCase,
  v: string,
  value: Polynomial,
  conditions: readonly Condition[],
): ParameterCase[] {
  const step = new Map([[v, value]]);
  const substitution = new Map<string, Polynomial>();
  for (const [w, p] of c.substitution) substitution.set(w, p.substitute(step));
  substitution.set(v, value);
  let cases: ParameterCase[] = [{ parameters: c.parameters, substitution, conditions: [] }];
  for (const cond of conditions)
    cases = cases.flatMap((x) => restrictCase(x, cond.poly, cond.signs));
  return cases;
}

function restrictEach(cases: ParameterCase[], p: Polynomial, signs: SignSet): ParameterCase[] {
  return cases.flatMap((c) => restrictCase(c, p, signs));
}

/**
 * `v_1 ... v_r q = 0` as the disjoint union
 * `v_1 = 0 | v_1 != 0, v_2 = 0 | ... | all != 0, q = 0`.
 */
function splitProductEquation(
  base: ParameterCase,
  variables: string[],
  q: Polynomial,
): ParameterCase[] {
  const out: ParameterCase[] = [];
  let nonzero = [base];
  for (const v of variables) {
    out.push(...restrictEach(nonzero, Polynomial.variable(v), ZERO));
    nonzero = restrictEach(nonzero, Polynomial.variable(v), NONZERO);
  }
  return [...out, ...restrictEach(nonzero, q, ZERO)];
}

/**
 * A homogeneous `p(v, w) = 0` of degree n: either `w = 0` (and then `p(v, 0) = 0`), or
 * `w != 0` and `v / w` is a rational root of `p(x, 1)`, since `p(v, w) = w^n p(v / w, 1)`.
 */
function splitHomogeneousEquation(base: ParameterCase, p: Polynomial): ParameterCase[] | null {
  const [v, w] = p.variables() as [string, string];
  const roots = rationalRoots(
    p.substitute(new Map([[w, Polynomial.ONE]])).univariateCoefficients(v)!,
  );
  if (roots === null) return null;
  const wv = Polynomial.variable(w);
  const out = restrictEach(restrictEach([base], wv, ZERO), p, ZERO);
  const apart = restrictEach([base], wv, NONZERO);
  for (const r of roots)
    out.push(...restrictEach(apart, Polynomial.variable(v).sub(wv.scale(r)), ZERO));
  return out;
}

function solveEquation(c: ParameterCase, monic: Polynomial, others: Condition[]): ParameterCase[] {
  const base = { ...c, conditions: others };
  const vars = monic.variables();
  for (const v of vars) {
    const lin = monic.linearIn(v);
    if (lin) return withSubstitution(c, v, lin.rest.scale(lin.coefficient.inv()).neg(), others);
  }
  const content = monic.monomialContent();
  if (content.variables.length > 0)
    return splitProductEquation(base, content.variables, content.quotient);
  if (vars.length === 1) {
    const roots = rationalRoots(monic.univariateCoefficients(vars[0]!)!);
    if (roots !== null) {
      return roots.flatMap((r) => withSubstitution(c, vars[0]!, Polynomial.constant(r), others));
    }
  }
  if (vars.length === 2 && monic.isHomogeneous()) {
    const split = splitHomogeneousEquation(base, monic);
    if (split !== null) return split;
  }
  const eliminated = eliminateWithPartner(c, monic, others);
  if (eliminated !== null) return eliminated;
  const factored = factorPolynomial(monic);
  if (isNontrivial(factored)) {
    // A product vanishes iff a factor does: b_1 = 0 | b_1 != 0, b_2 = 0 | ...
    const out: ParameterCase[] = [];
    let nonzero: ParameterCase[] = [base];
    for (const { base: b } of factored.factors) {
      out.push(...restrictEach(nonzero, b, ZERO));
      nonzero = restrictEach(nonzero, b, NONZERO);
    }
    return out;
  }
  return [{ ...c, conditions: [...others, { poly: monic, signs: ZERO }] }];
}

/**
 * Two equations `p = q = 0` in the same two parameters x, y: every common rational zero has y
 * a rational root of the resultant `Res_x(p, q)` (a polynomial in y), so the case is the union
 * over those roots r of the case with `y = r`; no root, or a nonzero constant resultant, proves
 * the case empty. Returns null when no partner equation qualifies.
 */
function eliminateWithPartner(
  c: ParameterCase,
  monic: Polynomial,
  others: Condition[],
): ParameterCase[] | null {
  const vars = monic.variables();
  if (vars.length !== 2) return null;
  for (const partner of others) {
    if (partner.signs !== ZERO) continue;
    const pv = partner.poly.variables();
    if (!pv.every((v) => vars.includes(v))) continue;
    for (const [x, y] of [vars, [...vars].reverse()] as [string, string][]) {
      const r = resultant(monic, partner.poly, x);
      if (r === null || r.isZero()) continue;
      const roots = r.constantValue() !== null ? [] : rationalRoots(r.univariateCoefficients(y)!);
      if (roots === null) continue;
      const all = [...others, { poly: monic, signs: ZERO }];
      return roots.flatMap((root) => withSubstitution(c, y, Polynomial.constant(root), all));
    }
  }
  return null;
}

/** Largest Sylvester matrix expanded by cofactors (8! = 40320 products at most). */
const MAX_SYLVESTER_SIZE = 8;

function determinantOf(m: Polynomial[][]): Polynomial {
  if (m.length === 0) return Polynomial.ONE;
  let det = Polynomial.ZERO;
  m[0]!.forEach((entry, j) => {
    if (entry.isZero()) return;
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    const term = entry.mul(determinantOf(minor));
    det = j % 2 === 0 ? det.add(term) : det.sub(term);
  });
  return det;
}

/** `Res_x(p, q)` by the Sylvester determinant, or null when too large or x is missing. */
function resultant(p: Polynomial, q: Polynomial, x: string): Polynomial | null {
  const a = p.coefficientsIn(x);
  const b = q.coefficientsIn(x);
  const m = a.length - 1;
  const n = b.length - 1;
  if (m < 1 || n < 1 || m + n > MAX_SYLVESTER_SIZE) return null;
  const rows: Polynomial[][] = [];
  const shifted = (cs: Polynomial[], shift: number): Polynomial[] => {
    const row = Array.from({ length: m + n }, () => Polynomial.ZERO);
    cs.forEach((coefficient, power) => {
      row[shift + (cs.length - 1 - power)] = coefficient;
    });
    return row;
  };
  for (let i = 0; i < n; i++) rows.push(shifted(a, i));
  for (let i = 0; i < m; i++) rows.push(shifted(b, i));
  return determinantOf(rows);
}

/** `{ v, r }` when the monic polynomial is `v - r` for a parameter v and a rational r. */
function linearBound(monic: Polynomial): { v: string; r: Rational } | null {
  const vars = monic.variables();
  if (vars.length !== 1 || monic.totalDegree() !== 1) return null;
  return { v: vars[0]!, r: monic.evaluate(new Map([[vars[0]!, Rational.ZERO]])).neg() };
}

/**
 * The signs `v - r` can take when `v - s` (s != r) has a sign in `signs`: `v <= s < r` forces
 * `v - r < 0`, and `v >= s > r` forces `v - r > 0`; otherwise any sign.
 */
function impliedSigns(s: Rational, signs: SignSet, r: Rational): SignSet {
  if (s.compare(r) < 0) return signs & POSITIVE ? ANY_SIGN : NEGATIVE;
  return signs & NEGATIVE ? ANY_SIGN : POSITIVE;
}

/**
 * The cases that remain when `sign(p)` is required to lie in `signs` within case `c`.
 * @returns zero cases (proved infeasible), one, or several (a univariate equation's roots)
 */
function restrictCase(c: ParameterCase, p: Polynomial, signs: SignSet): ParameterCase[] {
  const here = inCase(c, p);
  const value = here.constantValue();
  if (value !== null) return signOf(value) & signs ? [c] : [];
  const { monic, sign } = here.monicNormal();
  const possible = possibleSigns(monic);
  let allowed = (sign < 0 ? flipSigns(signs) : signs) & possible;
  const key = monic.key();
  const others = c.conditions.filter((x) => {
    if (x.poly.key() !== key) return true;
    allowed &= x.signs;
    return false;
  });
  const base = { ...c, conditions: others };
  // Bounds on the same parameter: a < 0 gives a - 1 < 0, so a - 1 != 0 adds nothing.
  const bound = linearBound(monic);
  let implied = possible;
  for (const x of others) {
    const b = bound && linearBound(x.poly);
    if (b && b.v === bound.v) implied &= impliedSigns(b.r, x.signs, bound.r);
  }
  allowed &= implied;
  if (allowed === 0) return [];
  // Implied by the polynomial's shape (e.g. t^2 + 1 > 0) or by a bound: nothing to state.
  if (allowed === implied) return [base];
  if (allowed === ZERO) return solveEquation(c, monic, others);

  const vars = monic.variables();
  if (monic.terms.size === 1 && vars.length === 1 && monic.totalDegree() > 1) {
    // v^e has the sign of v for odd e; for even e it is positive iff v != 0.
    const even = monic.totalDegree() % 2 === 0;
    const onV = even ? (allowed & POSITIVE ? NONZERO : 0) | (allowed & ZERO) : allowed;
    return restrictCase(base, Polynomial.variable(vars[0]!), onV);
  }
  const content = monic.monomialContent();
  const isVariable = monic.terms.size === 1 && monic.totalDegree() === 1;
  if (allowed === NONZERO && content.variables.length > 0 && !isVariable) {
    // A product is nonzero iff every factor is.
    let out: ParameterCase[] = [base];
    for (const v of content.variables) out = restrictEach(out, Polynomial.variable(v), NONZERO);
    return restrictEach(out, content.quotient, NONZERO);
  }
  if (allowed === NONZERO && vars.length === 1 && monic.totalDegree() > 1) {
    // f(v) != 0 on Q iff v avoids f's rational roots: the rest of f has no rational zero.
    const roots = rationalRoots(monic.univariateCoefficients(vars[0]!)!);
    if (roots !== null) {
      const v = Polynomial.variable(vars[0]!);
      return roots.reduce<ParameterCase[]>(
        (cs, r) => restrictEach(cs, v.sub(Polynomial.constant(r)), NONZERO),
        [base],
      );
    }
  }
  const byFactors = restrictByFactors(c, base, monic, allowed, others);
  if (byFactors !== null) return byFactors;
  // Bounds on the same parameter that the new one implies are dropped (a != 1 once a < 0).
  const kept = others.filter((x) => {
    const b = bound && linearBound(x.poly);
    return !(b && b.v === bound.v && (impliedSigns(bound.r, allowed, b.r) & ~x.signs) === 0);
  });
  return [{ ...c, conditions: [...kept, { poly: monic, signs: allowed }] }];
}

/**
 * A sign condition decided from a verified factorisation `monic = prod b_i^e_i` (constant 1,
 * since every base is monic): a product is nonzero iff every base is; when every power is even
 * the product is >= 0 and zero iff some base is, so `< 0` is empty, `>= 0` holds throughout and
 * `> 0` is `b_i != 0` for all i. Returns null when the factors decide nothing here.
 */
function restrictByFactors(
  c: ParameterCase,
  base: ParameterCase,
  monic: Polynomial,
  allowed: SignSet,
  others: Condition[],
): ParameterCase[] | null {
  const factored = factorPolynomial(monic);
  if (!isNontrivial(factored)) return null;
  const allNonzero = (): ParameterCase[] =>
    factored.factors.reduce<ParameterCase[]>((cs, x) => restrictEach(cs, x.base, NONZERO), [base]);
  if (factored.factors.every((x) => x.power % 2 === 0)) {
    const possible = factored.constant.sign() > 0 ? ZERO | POSITIVE : ZERO | NEGATIVE;
    const here = allowed & possible;
    if (here === 0) return [];
    if (here === possible) return [base];
    if (here === ZERO) return solveEquation(c, monic, others);
    return allNonzero();
  }
  return allowed === NONZERO ? allNonzero() : null;
}

/** All parameter values of the case, given values of its free parameters. */
function completePoint(
  c: ParameterCase,
  free: ReadonlyMap<string, Rational>,
): Map<string, Rational> {
  const solved = new Map([...c.substitution].map(([v, p]) => [v, p.evaluate(free)]));
  return new Map(c.parameters.map((v) => [v, free.get(v) ?? solved.get(v)!]));
}

function freeParameters(c: ParameterCase): string[] {
  return c.parameters.filter((p) => !c.substitution.has(p));
}

/** Whether a full parameter point lies in the case (exact). */
function caseContains(c: ParameterCase, point: ReadonlyMap<string, Rational>): boolean {
  for (const [v, p] of c.substitution) if (!p.evaluate(point).equals(point.get(v)!)) return false;
  return c.conditions.every((x) => (signOf(x.poly.evaluate(point)) & x.signs) !== 0);
}

/** A small deterministic generator (xorshift32) for sample points; never used in decisions. */
function sampler(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

function sampleRational(next: () => number, attempt: number): Rational {
  const scale = 1 + (attempt % 4) * 3;
  const num = (next() % (2 * scale + 1)) - scale;
  const den = 1 + (next() % (attempt % 3 === 0 ? 1 : 4));
  return Rational.of(num, den);
}

/**
 * When the case keeps an equation of degree 1 in some free parameter v, overwrites v by the
 * value solving it at the other sampled values (if its coefficient there is nonzero), so that
 * points on curves such as `a*b - a^2 + b = 0` can be found; the result is still checked.
 */
function solveFirstEquation(c: ParameterCase, values: Map<string, Rational>): void {
  const equation = c.conditions.find((x) => x.signs === ZERO);
  if (!equation) return;
  for (const v of equation.poly.variables()) {
    const cs = equation.poly.coefficientsIn(v);
    if (cs.length !== 2) continue;
    const coefficient = cs[1]!.evaluate(values);
    if (coefficient.isZero()) continue;
    values.set(v, cs[0]!.evaluate(values).neg().div(coefficient));
    return;
  }
}

/**
 * Up to `count` distinct rational points of the case, found by exact checking of seeded random
 * candidates. A point returned is a witness that the case is nonempty; finding none proves
 * nothing.
 */
function sampleCase(
  c: ParameterCase,
  count = 1,
  seed = 12345,
  attempts = 400,
): Map<string, Rational>[] {
  const free = freeParameters(c);
  const next = sampler(seed);
  const found: Map<string, Rational>[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < attempts && found.length < count; a++) {
    const values = new Map(free.map((v) => [v, a === 0 ? Rational.ZERO : sampleRational(next, a)]));
    solveFirstEquation(c, values);
    const point = completePoint(c, values);
    const key = [...point.values()].join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    if (caseContains(c, point)) found.push(point);
  }
  return found;
}

function caseKey(c: ParameterCase): string {
  const subs = [...c.substitution]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([v, p]) => `${v}=${p.key()}`);
  const conds = c.conditions.map((x) => `${x.poly.key()}~${x.signs}`).sort();
  return `${subs.join(';')}#${conds.join(';')}`;
}

function sameConditionsExcept(
  a: readonly Condition[],
  b: readonly Condition[],
  skip: string,
): boolean {
  const ka = a.filter((x) => x.poly.key() !== skip).map((x) => `${x.poly.key()}~${x.signs}`);
  const kb = b.filter((x) => x.poly.key() !== skip).map((x) => `${x.poly.key()}~${x.signs}`);
  return ka.length === kb.length && ka.sort().join(';') === kb.sort().join(';');
}

function sameSubstitution(a: ParameterCase, b: ParameterCase): boolean {
  return caseKey({ ...a, conditions: [] }) === caseKey({ ...b, conditions: [] });
}

/**
 * The case `rest` with `poly` restricted to `signs`, simplified by `restrictCase` when that
 * describes it as a single case (e.g. `t^2 - 2 != 0` is dropped: it always holds over Q).
 */
function joinedCase(rest: ParameterCase, poly: Polynomial, signs: SignSet): ParameterCase {
  if (signs === ANY_SIGN) return rest;
  const simplified = restrictCase(rest, poly, signs);
  if (simplified.length === 1) return simplified[0]!;
  return { ...rest, conditions: [...rest.conditions, { poly, signs }] };
}

/** The one case equal to the union of `a` and `b`, when the rules above find it. */
function unionCase(a: ParameterCase, b: ParameterCase): ParameterCase | null {
  if (sameSubstitution(a, b)) {
    const keys = new Set([...a.conditions, ...b.conditions].map((x) => x.poly.key()));
    for (const key of keys) {
      if (!sameConditionsExcept(a.conditions, b.conditions, key)) continue;
      const sa = a.conditions.find((x) => x.poly.key() === key)?.signs ?? ANY_SIGN;
      const sb = b.conditions.find((x) => x.poly.key() === key)?.signs ?? ANY_SIGN;
      const union = sa | sb;
      const rest = a.conditions.filter((x) => x.poly.key() !== key);
      const poly = [...a.conditions, ...b.conditions].find((x) => x.poly.key() === key)!.poly;
      return joinedCase({ ...a, conditions: rest }, poly, union);
    }
    return null;
  }
  return solvedUnion(a, b) ?? solvedUnion(b, a);
}

/** `a` has one more solved parameter `v = e` than `b`, and `b` says `v - e != 0` otherwise. */
function solvedUnion(a: ParameterCase, b: ParameterCase): ParameterCase | null {
  if (a.substitution.size !== b.substitution.size + 1) return null;
  const extra = [...a.substitution.keys()].filter((v) => !b.substitution.has(v));
  if (extra.length !== 1) return null;
  const v = extra[0]!;
  const value = a.substitution.get(v)!;
  for (const [w, p] of b.substitution) {
    if (!p.substitute(new Map([[v, value]])).equals(a.substitution.get(w)!)) return null;
  }
  const { monic } = Polynomial.variable(v).sub(value).monicNormal();
  const key = monic.key();
  const cond = b.conditions.find((x) => x.poly.key() === key);
  if (!cond || cond.signs & ZERO) return null;
  const rest = b.conditions.filter((x) => x.poly.key() !== key);
  if (rest.some((x) => x.poly.variables().includes(v))) return null;
  if (!sameConditionsExcept(rest, a.conditions, '')) return null;
  return joinedCase({ ...b, conditions: rest }, monic, cond.signs | ZERO);
}

/**
 * Merges cases with equal payload key that differ in one condition, until none merge.
 * @param items cases with a payload, pairwise disjoint
 * @param payloadKey what must agree for two cases to merge (e.g. the canonical form)
 */
function mergeCases<T>(items: { case: ParameterCase; payload: T }[], payloadKey: (t: T) => string) {
  const out = [...items];
  const keys = out.map((x) => payloadKey(x.payload));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        if (keys[i] !== keys[j]) continue;
        const u = unionCase(out[i]!.case, out[j]!.case);
        if (u === null) continue;
        out[i] = { case: u, payload: out[i]!.payload };
        out.splice(j, 1);
        keys.splice(j, 1);
        changed = true;
        j = i;
      }
    }
  }
  return out;
}

const RELATION_TEXT: Record<number, string> = {
  [ZERO]: '= 0',
  [NONZERO]: '!= 0',
  [POSITIVE]: '> 0',
  [NEGATIVE]: '< 0',
  [ZERO | POSITIVE]: '>= 0',
  [ZERO | NEGATIVE]: '<= 0',
};

const RELATION_LATEX: Record<number, string> = {
  [ZERO]: '= 0',
  [NONZERO]: '\\neq 0',
  [POSITIVE]: '> 0',
  [NEGATIVE]: '< 0',
  [ZERO | POSITIVE]: '\\geq 0',
  [ZERO | NEGATIVE]: '\\leq 0',
};

/**
 * How conditions are written: `expanded` (`t^2 - 2*t + 1 > 0`, for JSON and parsers) or
 * `factored` (`(t - 1)^2 > 0`, for reading), the latter only where the factored text is shorter.
 */
type ConditionStyle = 'expanded' | 'factored';

/**
 * The condition `p REL 0` as `prod b_i^e_i REL' 0` (p's constant dropped: a positive one keeps
 * the relation, a negative one flips it) when p has a verified nontrivial factorisation whose
 * text is shorter than p's; else null.
 */
function factoredCondition(x: Condition): { factors: Factorisation; signs: SignSet } | null {
  const f = factorPolynomial(x.poly);
  if (!isNontrivial(f)) return null;
  const factors = { constant: Rational.ONE, factors: f.factors };
  if (factorisationText(factors).length >= x.poly.toString().length) return null;
  return { factors, signs: f.constant.sign() < 0 ? flipSigns(x.signs) : x.signs };
}

/** A condition `p REL 0` as text; a linear `t - c` is written `t REL c`. */
function conditionText(x: Condition, style: ConditionStyle): string {
  const vars = x.poly.variables();
  const lin = vars.length === 1 ? x.poly.linearIn(vars[0]!) : null;
  if (lin && lin.coefficient.equals(Rational.ONE) && lin.rest.constantValue() !== null) {
    const rel = RELATION_TEXT[x.signs]!.replace(' 0', '');
    return `${vars[0]} ${rel} ${lin.rest.neg().toString()}`;
  }
  const f = style === 'factored' ? factoredCondition(x) : null;
  if (f) return `${factorisationText(f.factors)} ${RELATION_TEXT[f.signs]}`;
  return `${x.poly.toString()} ${RELATION_TEXT[x.signs]}`;
}

function conditionLatex(x: Condition, style: ConditionStyle): string {
  const vars = x.poly.variables();
  const lin = vars.length === 1 ? x.poly.linearIn(vars[0]!) : null;
  if (lin && lin.coefficient.equals(Rational.ONE) && lin.rest.constantValue() !== null) {
    const rel = RELATION_LATEX[x.signs]!.replace(' 0', '');
    return `${Polynomial.variable(vars[0]!).toLatex()} ${rel} ${lin.rest.neg().toLatex()}`;
  }
  const f = style === 'factored' ? factoredCondition(x) : null;
  if (f) return `${factorisationLatex(f.factors)} ${RELATION_LATEX[f.signs]}`;
  return `${x.poly.toLatex()} ${RELATION_LATEX[x.signs]}`;
}

function statements(c: ParameterCase, style: ConditionStyle): string[] {
  const subs = [...c.substitution]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([v, p]) => `${v} = ${p.toString()}`);
  return [...subs, ...c.conditions.map((x) => conditionText(x, style)).sort()];
}

function statementsLatex(c: ParameterCase, style: ConditionStyle): string[] {
  const subs = [...c.substitution]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([v, p]) => `${Polynomial.variable(v).toLatex()} = ${p.toLatex()}`);
  return [...subs, ...c.conditions.map((x) => conditionLatex(x, style)).sort()];
}

/** Every statement of the case as text (`t = 1`, `a - b != 0`); empty for the whole space. */
function caseStatements(c: ParameterCase): string[] {
  return statements(c, 'expanded');
}

/** As `caseStatements`, with conditions factored where shorter (`(t - 1)^2 > 0`). */
function factoredStatements(c: ParameterCase): string[] {
  return statements(c, 'factored');
}

function caseStatementsLatex(c: ParameterCase): string[] {
  return statementsLatex(c, 'expanded');
}

/** As `caseStatementsLatex`, with conditions factored where shorter. */
function factoredStatementsLatex(c: ParameterCase): string[] {
  return statementsLatex(c, 'factored');
}

function describeCase(c: ParameterCase): string {
  const s = caseStatements(c);
  return s.length === 0 ? 'all parameter values' : s.join(', ');
}

/** As `describeCase`, with conditions factored where shorter: what `symrelu derive` prints. */
function describeCaseFactored(c: ParameterCase): string {
  const s = factoredStatements(c);
  return s.length === 0 ? 'all parameter values' : s.join(', ');
}

export {
  rootCase,
  restrictCase,
  inCase,
  sampleCase,
  caseContains,
  completePoint,
  freeParameters,
  mergeCases,
  unionCase,
  caseKey,
  caseStatements,
  caseStatementsLatex,
  factoredStatements,
  factoredStatementsLatex,
  describeCase,
  describeCaseFactored,
  signOf,
  NEGATIVE,
  ZERO,
  POSITIVE,
  NONZERO,
  ANY_SIGN,
};
export type { ParameterCase, Condition, SignSet, ConditionStyle };
