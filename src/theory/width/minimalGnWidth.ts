/**
 * # Least GN width of a function (and least GEN width of an equivariant one)
 *
 * Defines `minimalGnWidth(F)`: the least width of a two-layer ReLU network computing the same
 * function as F, with a realising network and the lower-bound data (MATH.md section 4; the
 * homogeneous analogue of Dereich and Kassing 2022). For an equivariant target the least GEN
 * width is the same number, as GEN membership is a property of the function.
 *
 * Argument. Let F have canonical form `W x + sum_l c_l |<n_l, x>|` with p boundary hyperplanes.
 * Group the units of any realisation by the line of their channel vector.
 * - Theorem 4.2: each boundary line carries at least one unit. One unit `alpha = s t n_l`
 *   (t > 0) gives the kink c_l and the linear term `s c_l n_l^T`; two or more give the kink and
 *   any `u n_l^T` (units `n_l` and `-n_l` with weights `c_l + u`, `c_l - u`).
 * - A unit on any other line must have zero net kink there, so such lines carry two or more
 *   units and add one rank-one linear term `u m^T` per line.
 * So choosing, per hyperplane, `+`, `-` or `double` (set D), the cost is
 * `p + |D| + 2 rank(R modulo span{n_l : l in D})` with `R = W - sum_{l not in D} s_l c_l n_l^T`,
 * and this cost is attained (`residualModulo.ts`). The least width is the least cost. For
 * scalar output this is MATH.md's p / p + 1 / p + 2 rule: cost p needs R = 0 for some signs;
 * p + 1 needs one doubled l0 with R in span(n_l0); p + 2 is always reachable.
 *
 * Search: choices are enumerated by increasing |D|, stopping as soon as `p + |D|` reaches the
 * best cost found. The enumeration is capped at `maxChoices` (default 2^16, about a second):
 * beyond the cap the answer is an honest interval `[lower, upper]`, where every level of |D|
 * completed raises the lower bound. Limit stated in docs/limitations.md.
 */

import { Rational } from '../../scalar/rational.ts';
import {
  scaleVector,
  solve,
  subVectors,
  transpose,
  type Matrix,
  type Vector,
} from '../../linalg/matrix.ts';
import { canonicalForm, type BoundaryHyperplane } from '../../network/canonicalForm.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import type { Channel, Network } from '../../network/network.ts';
import { rankModulo, splitModulo } from './residualModulo.ts';

/** How one boundary hyperplane is served: one unit of sign +1 / -1, or two units. */
type HyperplaneService = '+' | '-' | 'double';

/** Default cap on the number of choices examined (2^16, about one second for small d, k). */
const DEFAULT_MAX_GN_CHOICES = 1 << 16;

interface GnLowerBoundData {
  readonly hyperplanes: readonly BoundaryHyperplane[];
  readonly linear: Rational[][];
  readonly choicesEnumerated: number;
  readonly optimalChoice: HyperplaneService[];
  readonly optimalCost: number;
  readonly reason: string;
}

type GnWidthResult =
  | {
      readonly exact: true;
      readonly width: number;
      readonly realisation: Network;
      readonly lowerBound: GnLowerBoundData;
    }
  | {
      readonly exact: false;
      readonly width: null;
      readonly lower: number;
      readonly upper: number;
      /** A realisation of width `upper`. */
      readonly realisation: Network;
      /** Data proving width >= `lower` (the choices with fewer than lower - p doubled). */
      readonly lowerBound: GnLowerBoundData;
      readonly reason: string;
    };

function outerProduct(u: Vector, m: Vector): Rational[][] {
  return u.map((ui) => m.map((mj) => ui.mul(mj)));
}

function subtractMatrix(a: Matrix, b: Matrix): Rational[][] {
  return a.map((row, i) => subVectors(row, b[i]!));
}

/** R = W - sum over single-unit hyperplanes of s_l c_l n_l^T. */
function residual(
  linear: Matrix,
  hyperplanes: readonly BoundaryHyperplane[],
  choice: readonly HyperplaneService[],
): Rational[][] {
  let r = linear.map((row) => [...row]);
  hyperplanes.forEach((h, l) => {
    const s = choice[l];
    if (s === 'double') return;
    const term = outerProduct(
      s === '+' ? h.kink : scaleVector(h.kink, Rational.MINUS_ONE),
      h.normal,
    );
    r = subtractMatrix(r, term);
  });
  return r;
}

function choiceCost(
  linear: Matrix,
  hyperplanes: readonly BoundaryHyperplane[],
  choice: readonly HyperplaneService[],
): number {
  const doubled = hyperplanes.filter((_, l) => choice[l] === 'double').map((h) => h.normal);
  const r = residual(linear, hyperplanes, choice);
  return hyperplanes.length + doubled.length + 2 * rankModulo(r, doubled);
}

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 0; i < k; i++) b = (b * (n - i)) / (i + 1);
  return b;
}

/** Every subset of {0..p-1} of the given size, in lexicographic order. */
function* subsetsOfSize(p: number, size: number): Generator<number[]> {
  const idx = Array.from({ length: size }, (_, i) => i);
  if (size > p) return;
  for (;;) {
    yield [...idx];
    let i = size - 1;
    while (i >= 0 && idx[i] === p - size + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < size; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/** The realising network of a choice: singles, doubled pairs, then pure-linear pairs. */
function realiseChoice(
  inputDim: number,
  outputDim: number,
  linear: Matrix,
  hyperplanes: readonly BoundaryHyperplane[],
  choice: readonly HyperplaneService[],
): Network {
  const channels: Channel[] = [];
  const two = Rational.of(2);
  const doubledIdx = hyperplanes.map((_, l) => l).filter((l) => choice[l] === 'double');
  hyperplanes.forEach((h, l) => {
    if (choice[l] === 'double') return;
    const s = choice[l] === '+' ? Rational.ONE : Rational.MINUS_ONE;
    channels.push({ alpha: scaleVector(h.normal, s), beta: scaleVector(h.kink, two) });
  });

  const normals = doubledIdx.map((l) => hyperplanes[l]!.normal);
  const r = residual(linear, hyperplanes, choice);
  const split = splitModulo(r, normals, inputDim);

  // Row i of X is sum_l (u_l)_i n_l: solve for the coefficients, one output coordinate at a time.
  const coefficientRows = split.inSpan.map((x) => {
    if (normals.length === 0) return [];
    const solved = solve(transpose(normals, inputDim), x, normals.length);
    if (!solved.consistent) throw new Error('internal: span component outside the span');
    return solved.solution;
  });
  doubledIdx.forEach((l, j) => {
    const h = hyperplanes[l]!;
    const u = coefficientRows.map((row) => row[j]!);
    channels.push({ alpha: h.normal, beta: h.kink.map((c, i) => c.add(u[i]!)) });
    channels.push({
      alpha: scaleVector(h.normal, Rational.MINUS_ONE),
      beta: h.kink.map((c, i) => c.sub(u[i]!)),
    });
  });
  for (const { u, m } of split.rankOne) {
    channels.push({ alpha: m, beta: u });
    channels.push({
      alpha: scaleVector(m, Rational.MINUS_ONE),
      beta: scaleVector(u, Rational.MINUS_ONE),
    });
  }
  return { inputDim, outputDim, channels };
}

function verifiedRealisation(target: Network, net: Network): Network {
  const eq = functionallyEqual(target, net);
  if (!eq.equal) throw new Error('internal: width realisation differs from the target');
  return net;
}

function scalarReason(p: number, cost: number, choices: number): string {
  const base = `${p} boundary hyperplane(s), each needing its own channel (Theorem 4.2)`;
  if (cost === p) return `${base}; the chosen signs reproduce the linear part exactly`;
  if (cost === p + 1) {
    return (
      `${base}; no sign vector s gives w = sum_l s_l c_l n_l (all ${2 ** p} checked), ` +
      'so one more unit is needed; doubling one hyperplane frees a multiple of its normal'
    );
  }
  if (p === 0)
    return (
      'no boundary hyperplanes and a nonzero linear part: one unit always has a kink, two ' +
      'suffice'
    );
  return (
    `${base}; no sign vector s gives w = sum_l s_l c_l n_l, and no l0 with signs on the rest ` +
    `leaves w - sum_{l != l0} s_l c_l n_l in span(n_l0) (${choices} choices checked); ` +
    'so p + 2 units are needed, and a pure-linear pair supplies the remainder'
  );
}

/**
 * The least width of a two-layer ReLU network computing F, exact when the enumeration of
 * hyperplane choices fits in `maxChoices`.
 * @example minimalGnWidth(figure2).width === 3
 * @param target the function, as any network computing it
 * @param options `maxChoices`: cap on the number of choices examined (default 2^16);
 *   `onProgress(done, total)`: called every 1024 choices (the CLI shows it on a terminal)
 * @returns the width with a verified realisation and lower-bound data, or an interval
 */
function minimalGnWidth(
  target: Network,
  options: { maxChoices?: number; onProgress?: (done: number, total?: number) => void } = {},
): GnWidthResult {
  const maxChoices = options.maxChoices ?? DEFAULT_MAX_GN_CHOICES;
  const cf = canonicalForm(target);
  const { hyperplanes, linear } = cf;
  const p = hyperplanes.length;
  const d = target.inputDim;
  const k = target.outputDim;

  // All '+' and all 'double' are two always-available choices: a first upper bound.
  const allPlus: HyperplaneService[] = hyperplanes.map(() => '+');
  const allDouble: HyperplaneService[] = hyperplanes.map(() => 'double');
  let best = allPlus;
  let bestCost = choiceCost(linear, hyperplanes, allPlus);
  const doubleCost = choiceCost(linear, hyperplanes, allDouble);
  if (doubleCost < bestCost) {
    best = allDouble;
    bestCost = doubleCost;
  }

  let enumerated = 0;
  let lower = p;
  let complete = false;
  for (let size = 0; ; size++) {
    if (p + size >= bestCost || size > p) {
      complete = true;
      break;
    }
    const levelCount = binomial(p, size) * 2 ** (p - size);
    if (enumerated + levelCount > maxChoices) break;
    for (const doubled of subsetsOfSize(p, size)) {
      const isDoubled = new Set(doubled);
      const free = hyperplanes.map((_, l) => l).filter((l) => !isDoubled.has(l));
      for (let mask = 0; mask < 2 ** free.length; mask++) {
        const choice: HyperplaneService[] = hyperplanes.map(() => 'double');
        free.forEach((l, bit) => {
          choice[l] = ((mask >> bit) & 1) === 0 ? '+' : '-';
        });
        enumerated++;
        if ((enumerated & 1023) === 0) options.onProgress?.(enumerated);
        const cost = choiceCost(linear, hyperplanes, choice);
        if (cost < bestCost) {
          bestCost = cost;
          best = choice;
        }
      }
    }
    lower = Math.min(bestCost, p + size + 1);
  }

  if (enumerated >= 1024) options.onProgress?.(enumerated, enumerated);
  const realisation = verifiedRealisation(target, realiseChoice(d, k, linear, hyperplanes, best));
  // A bound b rests on the choices with fewer than b - p doubled hyperplanes (any other costs
  // at least b by its unit count alone); for b = lower, all of them were examined.
  const provingCount = (b: number): number => {
    let count = 0;
    for (let size = 0; size <= Math.min(p, b - 1 - p); size++) {
      count += binomial(p, size) * 2 ** (p - size);
    }
    return count;
  };
  if (!complete) {
    const reason =
      `enumerating the ways to serve ${p} boundary hyperplanes exceeds the cap of ` +
      `${maxChoices} choices; every choice with fewer than ${lower - p} doubled hyperplanes ` +
      `was examined`;
    return {
      exact: false,
      width: null,
      lower,
      upper: bestCost,
      realisation,
      lowerBound: {
        hyperplanes,
        linear,
        choicesEnumerated: provingCount(lower),
        optimalChoice: best,
        optimalCost: bestCost,
        reason,
      },
      reason,
    };
  }
  const proving = provingCount(bestCost);
  const reason = k === 1 ? scalarReason(p, bestCost, proving) : vectorReason(p, bestCost, proving);
  return {
    exact: true,
    width: bestCost,
    realisation,
    lowerBound: {
      hyperplanes,
      linear,
      choicesEnumerated: proving,
      optimalChoice: best,
      optimalCost: bestCost,
      reason,
    },
  };
}

function vectorReason(p: number, cost: number, choices: number): string {
  return (
    `${p} boundary hyperplane(s), each needing its own channel (Theorem 4.2); over all ` +
    `${choices} ` +
    `ways to serve them with fewer than ${cost - p} extra units, p + #doubled + 2 ` +
    `rank(remainder) ` +
    `is at least ${cost}`
  );
}

export { minimalGnWidth, choiceCost, realiseChoice, DEFAULT_MAX_GN_CHOICES };
export type { GnWidthResult, GnLowerBoundData, HyperplaneService };
