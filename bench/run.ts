/**
 * # `npm run bench`: the exact core against naive anchors, measured in the same run
 *
 * Each line prints one figure beside its anchor and the ratio anchor / ours, both timed in this
 * process on the same inputs, so the ratio means something on any machine while the absolute
 * times do not. The anchors are written here, deliberately simple:
 * - rank, rref and solve of random 30 x 30 rational matrices with small fractions, against
 *   Gaussian elimination on `Rational` entries (one gcd per operation), the approach
 *   `linalg/fractionFree.ts` replaced;
 * - closure of B_5 (order 3840) by `generateGroup`, against breadth-first closure over matrices
 *   of `Rational` multiplied entry by entry;
 * - the canonical form of a width-1000 network, against merging channels by testing each one for
 *   parallelism with every boundary hyperplane found so far.
 * - the exact re-check of nerdamer's factorisations (`parametric/factorPolynomial.ts`: read back,
 *   expand, compare), against the time nerdamer's `factor` takes to propose them. Here the
 *   anchor is not a naive version of ours but the untrusted step that the check guards.
 * Every anchor's answer is checked against ours, so a fast wrong result cannot pass unnoticed.
 * Each figure is the fastest of a few runs after a warm-up, the least disturbed by other load.
 * Benchmarks are not tests: nothing here fails on a slow machine.
 */

import { Rational } from '../src/scalar/rational.ts';
import { identity, rank, rref, solve, type Matrix, type Vector } from '../src/linalg/matrix.ts';
import { presetGroup } from '../src/group/presets.ts';
import { canonicalForm } from '../src/network/canonicalForm.ts';
import type { Network } from '../src/network/network.ts';
import nerdamer from 'nerdamer-prime';
import { parseExpression } from '../src/parametric/parseExpression.ts';
import {
  factorPolynomial,
  isNontrivial,
  NERDAMER_TIMEOUT_MS,
} from '../src/parametric/factorPolynomial.ts';

/** Deterministic pseudo-random integers (a 32-bit LCG), so every run sees the same inputs. */
function generator(seed: number): (lo: number, hi: number) => number {
  let state = seed >>> 0;
  return (lo, hi) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return lo + (state % (hi - lo + 1));
  };
}

/** Fastest of `repeats` timed runs after one warm-up: the least disturbed by other load. */
function time<T>(f: () => T, repeats: number): { value: T; ms: number } {
  let value = f();
  let best = Infinity;
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    value = f();
    best = Math.min(best, performance.now() - start);
  }
  return { value, ms: best };
}

function report(label: string, ours: number, anchor: number, anchorLabel: string): void {
  const ratio = anchor / ours;
  console.log(
    `${label.padEnd(44)} ${ours.toFixed(2).padStart(9)} ms   ` +
      `${anchorLabel.padEnd(30)} ${anchor.toFixed(2).padStart(9)} ms   ` +
      `x${ratio.toFixed(1)}`,
  );
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench: ${what} disagrees with its anchor`);
}

// ---------------------------------------------------------------------------------------------
// Anchor 1: Gauss-Jordan elimination on Rational entries.

function naiveRref(m: Matrix, columnLimit?: number): { rows: Rational[][]; pivots: number[] } {
  const a = m.map((row) => [...row]);
  const rows = a.length;
  const cols = rows === 0 ? 0 : a[0]!.length;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < (columnLimit ?? cols) && r < rows; c++) {
    const p = a.findIndex((row, i) => i >= r && !row[c]!.isZero());
    if (p < 0) continue;
    [a[r], a[p]] = [a[p]!, a[r]!];
    const inv = a[r]![c]!.inv();
    a[r] = a[r]!.map((x) => x.mul(inv));
    for (let i = 0; i < rows; i++) {
      if (i === r || a[i]![c]!.isZero()) continue;
      const f = a[i]![c]!;
      a[i] = a[i]!.map((x, j) => x.sub(f.mul(a[r]![j]!)));
    }
    pivots.push(c);
    r++;
  }
  return { rows: a, pivots };
}

function naiveSolve(a: Matrix, b: Vector): Rational[] | null {
  const n = a[0]!.length;
  const { rows, pivots } = naiveRref(a.map((row, i) => [...row, b[i]!]));
  if (pivots.includes(n)) return null;
  const x = Array<Rational>(n).fill(Rational.ZERO);
  pivots.forEach((pc, i) => (x[pc] = rows[i]![n]!));
  return x;
}

function randomMatrix(rnd: ReturnType<typeof generator>, n: number, m: number): Rational[][] {
  return Array.from({ length: n }, () =>
    Array.from({ length: m }, () => Rational.of(rnd(-9, 9), rnd(1, 6))),
  );
}

function benchLinearAlgebra(): void {
  const rnd = generator(2512);
  const n = 30;
  const mats = Array.from({ length: 3 }, () => randomMatrix(rnd, n, n));
  // A rank-deficient one too: last 10 rows are combinations of the first 20.
  const deficient = randomMatrix(rnd, 20, n);
  for (let i = 0; i < 10; i++) {
    const r1 = deficient[i]!;
    const r2 = deficient[i + 1]!;
    deficient.push(r1.map((x, j) => x.mul(Rational.of(rnd(1, 5), rnd(1, 3))).add(r2[j]!)));
  }
  mats.push(deficient);
  const rhs = mats.map(() => Array.from({ length: n }, () => Rational.of(rnd(-9, 9), rnd(1, 6))));

  const oursRank = time(() => mats.map((m) => rank(m)), 3);
  const naiveRank = time(() => mats.map((m) => naiveRref(m).pivots.length), 2);
  check(oursRank.value.join() === naiveRank.value.join(), 'rank');
  report(
    `rank of 4 random ${n}x${n} rationals`,
    oursRank.ms,
    naiveRank.ms,
    'Rational Gauss-Jordan',
  );

  const oursRref = time(() => mats.map((m) => rref(m).rref), 3);
  const naiveRrefs = time(() => mats.map((m) => naiveRref(m).rows), 2);
  check(
    oursRref.value.every((m, k) =>
      m.every((row, i) => row.every((x, j) => x.equals(naiveRrefs.value[k]![i]![j]!))),
    ),
    'rref',
  );
  report(
    `rref of 4 random ${n}x${n} rationals`,
    oursRref.ms,
    naiveRrefs.ms,
    'Rational Gauss-Jordan',
  );

  const oursSolve = time(() => mats.map((m, k) => solve(m, rhs[k]!)), 3);
  const naiveSolves = time(() => mats.map((m, k) => naiveSolve(m, rhs[k]!)), 2);
  check(
    oursSolve.value.every((s, k) => {
      const other = naiveSolves.value[k] ?? null;
      if (!s.consistent) return other === null;
      return other !== null && s.solution.every((x, i) => x.equals(other[i]!));
    }),
    'solve',
  );
  report(
    `solve A x = b, 4 random ${n}x${n}`,
    oursSolve.ms,
    naiveSolves.ms,
    'Rational Gauss-Jordan',
  );
}

// ---------------------------------------------------------------------------------------------
// Anchor 2: closure over Rational matrices.

function rationalMatMul(a: Matrix, b: Matrix): Rational[][] {
  return a.map((row) =>
    b[0]!.map((_, j) => row.reduce((s, x, k) => s.add(x.mul(b[k]![j]!)), Rational.ZERO)),
  );
}

function naiveClosure(generators: readonly Matrix[]): number {
  const key = (m: Matrix) => m.map((r) => r.join(',')).join(';');
  const start = identity(generators[0]!.length);
  const seen = new Set([key(start)]);
  const queue: Matrix[] = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const g of generators) {
      const next = rationalMatMul(queue[head]!, g);
      const k = key(next);
      if (!seen.has(k)) {
        seen.add(k);
        queue.push(next);
      }
    }
  }
  return queue.length;
}

function benchGroupClosure(): void {
  const ours = time(() => presetGroup('hyperoctahedral:5'), 5);
  const gens = ours.value.generators.map((g) => g.input);
  const naive = time(() => naiveClosure(gens), 5);
  check(ours.value.elements.length === 3840 && naive.value === 3840, 'B_5 closure');
  report('closure of B_5 (order 3840)', ours.ms, naive.ms, 'closure over Rational matrices');
}

// ---------------------------------------------------------------------------------------------
// Anchor 3: canonical form by pairwise parallelism tests.

function parallel(u: Vector, v: Vector): boolean {
  for (let i = 0; i < u.length; i++) {
    for (let j = i + 1; j < u.length; j++) {
      if (!u[i]!.mul(v[j]!).equals(u[j]!.mul(v[i]!))) return false;
    }
  }
  return true;
}

/** Number of boundary hyperplanes, found by comparing each channel with every line so far. */
function naiveHyperplaneCount(net: Network): number {
  const lines: { direction: Vector; kink: Rational[] }[] = [];
  for (const { alpha, beta } of net.channels) {
    if (alpha.every((x) => x.isZero())) continue;
    let line = lines.find((l) => parallel(l.direction, alpha));
    if (!line) {
      line = { direction: alpha, kink: beta.map(() => Rational.ZERO) };
      lines.push(line);
    }
    const j = alpha.findIndex((x) => !x.isZero());
    const lambda = alpha[j]!.div(line.direction[j]!).abs();
    line.kink = line.kink.map((c, r) => c.add(beta[r]!.mul(lambda)));
  }
  return lines.filter((l) => l.kink.some((c) => !c.isZero())).length;
}

function benchCanonicalForm(): void {
  const rnd = generator(5);
  const d = 4;
  const channels = Array.from({ length: 1000 }, () => ({
    alpha: Array.from({ length: d }, () => Rational.of(rnd(-3, 3), rnd(1, 2))),
    beta: [Rational.of(rnd(-5, 5), rnd(1, 4))],
  }));
  const net: Network = { inputDim: d, outputDim: 1, channels };
  const ours = time(() => canonicalForm(net), 5);
  const naive = time(() => naiveHyperplaneCount(net), 5);
  check(ours.value.hyperplanes.length === naive.value, 'canonical form');
  report(
    `canonical form, width 1000 (${ours.value.hyperplanes.length} hyperplanes)`,
    ours.ms,
    naive.ms,
    'pairwise parallelism tests',
  );
}

// ---------------------------------------------------------------------------------------------
// Anchor 4: nerdamer's factor, the proposal that factorPolynomial re-checks exactly.

function benchFactorCheck(): void {
  const texts = [
    't^2 - 2*t + 1',
    'a^2*b - b',
    't^4 - 1',
    'a^2 - 2*a*b + b^2',
    'a^2*b^2 - t^2',
    't^6 - 1',
    '6*a^2 - 6*b^2',
    '9*t^2 - 6*t + 1',
  ];
  const polys = texts.map((s) => parseExpression(s, ['a', 'b', 't'], 'bench'));
  const sent: string[] = [];
  const record = (text: string): string => {
    sent.push(text);
    return text;
  };
  for (const p of polys) factorPolynomial(p, record);
  const previous = nerdamer.get('TIMEOUT');
  nerdamer.set('TIMEOUT', NERDAMER_TIMEOUT_MS);
  const proposals = time(
    () =>
      sent.map((text) => {
        const out = nerdamer(`factor(${text})`).toString();
        nerdamer.clear('last');
        return out;
      }),
    5,
  );
  if (typeof previous === 'number') nerdamer.set('TIMEOUT', previous);
  const checked = time(
    () => polys.map((p, i) => factorPolynomial(p, () => proposals.value[i]!)),
    5,
  );
  check(checked.value.every(isNontrivial), 'factorisation re-check');
  const n = polys.length;
  report(
    `re-check of a factorisation (mean of ${n})`,
    checked.ms / n,
    proposals.ms / n,
    "nerdamer's factor proposing it",
  );
}

console.log(
  'symrelu bench: ours beside a naive anchor timed in the same run (ratio = anchor/ours)',
);
benchLinearAlgebra();
benchGroupClosure();
benchCanonicalForm();
benchFactorCheck();
