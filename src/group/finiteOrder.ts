/**
 * # Deciding whether a rational matrix has finite order
 *
 * Defines `hasFiniteOrder(m)`, exact, for m in GL_d(Q) (given as a `ScaledMatrix`), and
 * `finiteOrderExponent(d)`, the lcm of all orders of finite-order elements of GL_d(Q).
 *
 * Facts used:
 * - If m has finite order, every eigenvalue is a root of unity of some order n with
 *   phi(n) <= d, so the characteristic polynomial is a product of cyclotomic polynomials Phi_n
 *   (integer coefficients), and the trace of every power m^i is an integer of absolute value at
 *   most d.
 * - Conversely, if the characteristic polynomial is prod_j Phi_{n_j}, every eigenvalue is an N-th
 *   root of unity for N = lcm n_j, and m has finite order iff m^N = I.
 *
 * Why this algorithm: raising m to the universal exponent `finiteOrderExponent(d)` is exact but
 * its entries grow exponentially in that exponent when m has an eigenvalue off the unit circle
 * (measured: 4 s at d = 16, out of reach beyond). Here the characteristic polynomial, from the
 * traces of m, ..., m^d and Newton's identities, rejects such an m after d products; m^N is only
 * formed once every eigenvalue lies on the unit circle, where entries grow at most polynomially
 * in N (a unipotent part such as `[[1,1],[0,1]]`).
 */

import { Rational, lcm } from '../scalar/rational.ts';
import {
  scaledIsIdentity,
  scaledMul,
  scaledPower,
  scaledTrace,
  type ScaledMatrix,
} from './scaledMatrix.ts';

/** Integer polynomial, coefficient of x^i at index i, no trailing zeros. */
type Polynomial = bigint[];

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

/** Orders n of roots of unity of degree phi(n) <= d; phi(n) >= sqrt(n/2) bounds the search. */
function rootOfUnityOrders(d: number): number[] {
  const orders: number[] = [];
  for (let n = 1; n <= 2 * d * d + 2; n++) if (eulerPhi(n) <= d) orders.push(n);
  return orders;
}

/** lcm of all n with phi(n) <= d: every finite order in GL_d(Q) divides it. */
function finiteOrderExponent(d: number): bigint {
  let e = 1n;
  for (const n of rootOfUnityOrders(d)) e = lcm(e, BigInt(n));
  return e;
}

/** Quotient of f by the monic g, or null when g does not divide f over Z. */
function divideExactly(f: Polynomial, g: Polynomial): Polynomial | null {
  const r = f.slice();
  const dg = g.length - 1;
  if (r.length - 1 < dg) return null;
  const quotient: Polynomial = Array<bigint>(r.length - dg).fill(0n);
  for (let i = r.length - 1; i >= dg; i--) {
    const c = r[i]!;
    if (c === 0n) continue;
    quotient[i - dg] = c;
    for (let j = 0; j <= dg; j++) r[i - dg + j]! -= c * g[j]!;
  }
  return r.every((c) => c === 0n) ? quotient : null;
}

/** Phi_n for every n in `orders` (closed under divisors), from x^n - 1 = prod_{m | n} Phi_m. */
function cyclotomicPolynomials(orders: readonly number[]): Map<number, Polynomial> {
  const phi = new Map<number, Polynomial>();
  for (const n of orders) {
    let p: Polynomial = [-1n, ...Array<bigint>(n - 1).fill(0n), 1n];
    for (const [m, pm] of phi) if (n % m === 0) p = divideExactly(p, pm)!;
    phi.set(n, p);
  }
  return phi;
}

/**
 * The characteristic polynomial det(x I - m), or null as soon as the trace of some power m^i
 * (i <= d) is not an integer of absolute value at most d, which rules out finite order.
 */
function characteristicPolynomialIfBounded(m: ScaledMatrix): Polynomial | null {
  const d = m.num.length;
  const powerSums: bigint[] = [];
  let power = m;
  for (let i = 1; i <= d; i++) {
    if (i > 1) power = scaledMul(power, m);
    const t = scaledTrace(power);
    if (!t.isInteger() || t.abs().compare(Rational.of(d)) > 0) return null;
    powerSums.push(t.num);
  }

  // Newton's identities: k e_k = sum_{i=1..k} (-1)^(i-1) e_(k-i) p_i.
  const e: Rational[] = [Rational.ONE];
  for (let k = 1; k <= d; k++) {
    let s = Rational.ZERO;
    for (let i = 1; i <= k; i++) {
      const term = e[k - i]!.mul(Rational.of(powerSums[i - 1]!));
      s = i % 2 === 1 ? s.add(term) : s.sub(term);
    }
    const ek = s.div(Rational.of(k));
    if (!ek.isInteger()) return null;
    e.push(ek);
  }
  // det(x I - m) = sum_k (-1)^k e_k x^(d-k).
  return Array.from({ length: d + 1 }, (_, i) => {
    const k = d - i;
    return k % 2 === 0 ? e[k]!.num : -e[k]!.num;
  });
}

/** Whether some power of m is the identity (m square and invertible). */
function hasFiniteOrder(m: ScaledMatrix): boolean {
  const d = m.num.length;
  let chi = characteristicPolynomialIfBounded(m);
  if (!chi) return false;

  const orders = rootOfUnityOrders(d);
  const cyclotomic = cyclotomicPolynomials(orders);
  let exponent = 1n;
  for (const n of orders) {
    const phiN = cyclotomic.get(n)!;
    for (let q = divideExactly(chi, phiN); q; q = divideExactly(chi, phiN)) {
      chi = q;
      exponent = lcm(exponent, BigInt(n));
    }
  }
  if (chi.length !== 1 || chi[0] !== 1n) return false;
  return scaledIsIdentity(scaledPower(m, exponent));
}

export { hasFiniteOrder, finiteOrderExponent };
