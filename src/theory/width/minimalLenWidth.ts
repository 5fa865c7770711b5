/**
 * # Least LEN width of an equivariant function
 *
 * Defines `minimalLenWidth(F, G, hidden)`: the least width of a layer-wise equivariant network
 * (LEN, MATH.md section 1) computing F, for the hidden convention `any` (hidden orbits G/H for
 * any subgroup H) or `regular` (every hidden orbit a copy of G), with a realisation carrying its
 * hidden permutations and the orbit-counting lower bound (MATH.md section 4; Example 5.1).
 *
 * Argument, invariant output (rho_out trivial). The units of a LEN split into hidden orbits; an
 * orbit through a channel vector alpha has constant output weight b and computes
 * `c b sum_{v in G.alpha} relu(<v, x>)` with c = (orbit size) / |G.alpha| >= 1, so it costs at
 * least |G.alpha| units (`any`) or exactly |G| (`regular`). Group the orbits by the hyperplane
 * orbit of their lines. For a boundary hyperplane orbit with representative normal n (kink c
 * on n^perp), every channel on its lines is a positive multiple of a point of G.n or of
 * G.(-n), because g.n = t n with t > 0 forces t = 1 for g of finite order. Hence:
 * - if -n is in G.n (`symmetric`): one orbit, weight c, no linear part;
 * - otherwise the `+` orbit alone (weight 2c) adds c sigma^T, the `-` orbit alone adds
 *   -c sigma^T, and `both` (weights c + t, c - t) add any t sigma^T, where sigma is the sum
 *   of the points of G.n (a G-fixed vector);
 * - a line orbit without kinks carries units only in pairs of opposite orbits with opposite
 *   weights, adding u sigma'^T with sigma' G-fixed, at cost at least 2 (`any`, attained by a
 *   G-fixed channel vector) or 2|G| (`regular`) per rank.
 * So the least width is the least, over the choices per non-symmetric orbit, of the orbit costs
 * plus `remainderCost * rank(R modulo span{sigma : both})`, R the linear part left over.
 *
 * Equivariant output (rho_out nontrivial): the output weight on an orbit is transported by
 * rho_out and must be fixed by rho_out(Stab(alpha)), and symmetric orbits may carry linear
 * parts, so the choice above is no longer the whole story. We return the interval from
 * `max(sum of orbit costs, least GN width)` (rounded up to a multiple of |G| when regular;
 * LEN lies within GN) to the smaller width of the merged symmetrisations (Lemma 6.1 refined)
 * of a least GN realisation and of the given network, exact when the two meet. Stated in
 * docs/limitations.md.
 *
 * The enumeration (3^q for q non-symmetric orbits) is capped at `maxChoices` (default 2^16);
 * beyond it the answer is the same kind of interval.
 */

import { Rational } from '../../scalar/rational.ts';
import { InputError } from '../../scalar/parseRational.ts';
import {
  addVectors,
  identity,
  matVec,
  matricesEqual,
  scaleVector,
  solve,
  transpose,
  vectorsEqual,
  type Matrix,
  type Vector,
} from '../../linalg/matrix.ts';
import { lineOrbit, orbit, vectorKey } from '../../group/action.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { canonicalForm, type CanonicalForm } from '../../network/canonicalForm.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import type { Channel, Network } from '../../network/network.ts';
import { isEquivariant, type EquivarianceCounterexample } from '../equivariance/isEquivariant.ts';
import { isLayerwiseEquivariant } from '../equivariance/isLayerwiseEquivariant.ts';
import { symmetrise } from '../equivariance/symmetrise.ts';
import { minimalGnWidth } from './minimalGnWidth.ts';
import { rankModulo, splitModulo } from './residualModulo.ts';

type HiddenConvention = 'any' | 'regular';

/** How one hyperplane orbit is served (`symmetric`: the +n and -n orbits coincide). */
type OrbitService = '+' | '-' | 'both' | 'symmetric';

const DEFAULT_MAX_LEN_CHOICES = 1 << 16;

interface HyperplaneOrbitData {
  /** Primitive normal n, the first line of the orbit in canonical order. */
  readonly representative: Rational[];
  /** Indices into the target's canonical hyperplanes, in orbit order. */
  readonly hyperplaneIndices: number[];
  readonly lines: Rational[][];
  readonly kinks: Rational[][];
  /** G.n under the contragredient action, n first. */
  readonly channelOrbit: Rational[][];
  /** Indices into `group.elements` of the stabiliser of the oriented vector n. */
  readonly stabiliser: number[];
  readonly oppositeInOrbit: boolean;
  /** |G.n| (any) or |G| (regular). */
  readonly orbitCost: number;
  readonly orbitSum: Rational[];
  /** The kink c on n^perp. */
  readonly kink: Rational[];
}

interface LenLowerBoundData {
  readonly hidden: HiddenConvention;
  readonly hyperplaneOrbits: HyperplaneOrbitData[];
  readonly linear: Rational[][];
  readonly remainderCost: number;
  readonly choicesEnumerated: number;
  readonly optimalChoice: OrbitService[];
  readonly optimalCost: number;
  /**
   * Orbit-count mode only (no enumeration): a lower bound on the least GN width, which bounds
   * every LEN width too (LEN within GN); null in enumeration mode.
   */
  readonly gnWidthLowerBound: number | null;
  readonly reason: string;
}

/** A LEN: the network and, per generator, its hidden permutation (images, 0-based). */
interface LayerwiseNetwork {
  readonly network: Network;
  readonly permutations: number[][];
}

type LenWidthResult =
  | {
      readonly exact: true;
      readonly member: true;
      readonly width: number;
      readonly realisation: LayerwiseNetwork;
      readonly lowerBound: LenLowerBoundData;
    }
  | {
      /** The target is not equivariant, so no LEN of any width computes it. */
      readonly exact: true;
      readonly member: false;
      readonly width: null;
      readonly reason: string;
      readonly witness: EquivarianceCounterexample;
    }
  | {
      readonly exact: false;
      readonly member: true;
      readonly width: null;
      readonly lower: number;
      readonly upper: number;
      readonly realisation: LayerwiseNetwork;
      /** Orbit-count data proving width >= `lower`. */
      readonly lowerBound: LenLowerBoundData;
      readonly reason: string;
    };

function hasTrivialOutputAction(group: MatrixGroup): boolean {
  if (group.outputDim === null) return true;
  const id = identity(group.outputDim);
  return group.generators.every((g) => g.output === null || matricesEqual(g.output, id));
}

/** The hyperplane orbits of the target's boundary hyperplanes, in canonical order. */
function hyperplaneOrbitsOf(
  cf: CanonicalForm,
  group: MatrixGroup,
  hidden: HiddenConvention,
): HyperplaneOrbitData[] {
  const indexOfLine = new Map(cf.hyperplanes.map((h, i) => [vectorKey(h.normal), i]));
  const assigned = new Set<number>();
  const orbits: HyperplaneOrbitData[] = [];
  cf.hyperplanes.forEach((h, i) => {
    if (assigned.has(i)) return;
    const lines = lineOrbit(group, h.normal, 'contragredient').points;
    const hyperplaneIndices = lines.map((line) => {
      const j = indexOfLine.get(vectorKey(line));
      if (j === undefined)
        throw new Error('internal: boundary hyperplanes of an equivariant target are not G-stable');
      assigned.add(j);
      return j;
    });
    const channels = orbit(group, h.normal, 'contragredient');
    const minus = vectorKey(scaleVector(h.normal, Rational.MINUS_ONE));
    let orbitSum: Rational[] = h.normal.map(() => Rational.ZERO);
    for (const v of channels.points) orbitSum = addVectors(orbitSum, v);
    orbits.push({
      representative: h.normal,
      hyperplaneIndices,
      lines,
      kinks: hyperplaneIndices.map((j) => cf.hyperplanes[j]!.kink),
      channelOrbit: channels.points,
      stabiliser: channels.stabiliser,
      oppositeInOrbit: channels.points.some((v) => vectorKey(v) === minus),
      orbitCost: hidden === 'any' ? channels.points.length : group.elements.length,
      orbitSum,
      kink: h.kink,
    });
  });
  return orbits;
}

function outer(u: Vector, m: Vector): Rational[][] {
  return u.map((ui) => m.map((mj) => ui.mul(mj)));
}

/** R = W - sum over single-orbit choices of s c sigma^T. */
function orbitResidual(
  linear: Matrix,
  orbits: readonly HyperplaneOrbitData[],
  choice: readonly OrbitService[],
): Rational[][] {
  let r = linear.map((row) => [...row]);
  orbits.forEach((o, j) => {
    const s = choice[j];
    if (s !== '+' && s !== '-') return;
    const term = outer(s === '+' ? o.kink : scaleVector(o.kink, Rational.MINUS_ONE), o.orbitSum);
    r = r.map((row, i) => row.map((x, c) => x.sub(term[i]![c]!)));
  });
  return r;
}

function orbitChoiceCost(
  linear: Matrix,
  orbits: readonly HyperplaneOrbitData[],
  choice: readonly OrbitService[],
  remainderCost: number,
): number {
  let cost = 0;
  const both: Rational[][] = [];
  orbits.forEach((o, j) => {
    cost += choice[j] === 'both' ? 2 * o.orbitCost : o.orbitCost;
    if (choice[j] === 'both') both.push(o.orbitSum);
  });
  return cost + remainderCost * rankModulo(orbitResidual(linear, orbits, choice), both);
}

/**
 * Every unit of the hidden orbit through (alpha, beta): one unit per point of G.alpha (`any`;
 * beta must be fixed by the stabiliser) or one per group element (`regular`).
 */
function orbitChannels(
  group: MatrixGroup,
  alpha: Vector,
  beta: Vector,
  hidden: HiddenConvention,
): Channel[] {
  const k = beta.length;
  const image = (gi: number): Channel => {
    const g = group.elements[gi]!;
    return { alpha: matVec(g.contragredient, alpha), beta: matVec(g.output ?? identity(k), beta) };
  };
  if (hidden === 'regular') return group.elements.map((_, gi) => image(gi));
  const seen = new Map<string, Channel>();
  group.elements.forEach((_, gi) => {
    const unit = image(gi);
    const key = vectorKey(unit.alpha);
    const prior = seen.get(key);
    if (!prior) seen.set(key, unit);
    else if (!vectorsEqual(prior.beta, unit.beta))
      throw new Error('internal: output weight not fixed by the stabiliser');
  });
  return [...seen.values()];
}

/** Attaches the hidden permutations (from the LEN decider) and checks the function. */
function verifiedLayerwise(
  target: Network,
  network: Network,
  group: MatrixGroup,
  hidden: HiddenConvention,
): LayerwiseNetwork {
  if (!functionallyEqual(target, network).equal)
    throw new Error('internal: LEN realisation differs from the target');
  const witness = isLayerwiseEquivariant(network, group, hidden);
  if (!witness.layerwise)
    throw new Error(
      `internal: LEN realisation is not layer-wise equivariant (${witness.failure.reason})`,
    );
  return { network, permutations: witness.permutations };
}

function realiseOrbitChoice(
  target: Network,
  group: MatrixGroup,
  hidden: HiddenConvention,
  linear: Matrix,
  orbits: readonly HyperplaneOrbitData[],
  choice: readonly OrbitService[],
): LayerwiseNetwork {
  const d = target.inputDim;
  const two = Rational.of(2);
  const order = Rational.of(group.elements.length);
  const channels: Channel[] = [];

  // A regular block repeats each point of G.alpha |Stab(alpha)| times: divide the weight.
  const block = (alpha: Vector, weight: Vector, stabiliserOrder: number) => {
    const beta =
      hidden === 'regular' ? scaleVector(weight, Rational.of(1, stabiliserOrder)) : weight;
    channels.push(...orbitChannels(group, alpha, beta, hidden));
  };

  const bothIdx = orbits.map((_, j) => j).filter((j) => choice[j] === 'both');
  const sums = bothIdx.map((j) => orbits[j]!.orbitSum);
  const split = splitModulo(orbitResidual(linear, orbits, choice), sums, d);
  const coefficients = split.inSpan.map((x) => {
    if (sums.length === 0) return [];
    const solved = solve(transpose(sums, d), x, sums.length);
    if (!solved.consistent) throw new Error('internal: span component outside the span');
    return solved.solution;
  });

  orbits.forEach((o, j) => {
    const n = o.representative;
    const minusN = scaleVector(n, Rational.MINUS_ONE);
    const stab = o.stabiliser.length;
    const c = choice[j];
    if (c === 'symmetric') block(n, o.kink, stab);
    else if (c === '+') block(n, scaleVector(o.kink, two), stab);
    else if (c === '-') block(minusN, scaleVector(o.kink, two), stab);
    else {
      const t = coefficients.map((row) => row[bothIdx.indexOf(j)]!);
      block(
        n,
        o.kink.map((x, i) => x.add(t[i]!)),
        stab,
      );
      block(
        minusN,
        o.kink.map((x, i) => x.sub(t[i]!)),
        stab,
      );
    }
  });

  // Rows of the remainder are G-fixed (W and every sigma are), so each pair is a LEN on its own.
  for (const { u, m } of split.rankOne) {
    const weight = hidden === 'regular' ? scaleVector(u, order.inv()) : u;
    channels.push(...orbitChannels(group, m, weight, hidden));
    channels.push(
      ...orbitChannels(
        group,
        scaleVector(m, Rational.MINUS_ONE),
        scaleVector(weight, Rational.MINUS_ONE),
        hidden,
      ),
    );
  }
  const network: Network = { inputDim: d, outputDim: target.outputDim, channels };
  return verifiedLayerwise(target, network, group, hidden);
}

/** A merged LEN (any) recast for the hidden convention: regular blocks per ray orbit. */
function asConvention(
  target: Network,
  merged: Network,
  group: MatrixGroup,
  hidden: HiddenConvention,
): LayerwiseNetwork {
  if (hidden === 'any') return verifiedLayerwise(target, merged, group, 'any');

  // Each merged ray orbit becomes one regular block (weights divided by the stabiliser order).
  const done = new Set<string>();
  const channels: Channel[] = [];
  for (const ch of merged.channels) {
    if (done.has(vectorKey(ch.alpha))) continue;
    const o = orbit(group, ch.alpha, 'contragredient');
    for (const v of o.points) done.add(vectorKey(v));
    const weight = scaleVector(ch.beta, Rational.of(1, o.stabiliser.length));
    channels.push(...orbitChannels(group, ch.alpha, weight, 'regular'));
  }
  return verifiedLayerwise(target, { ...merged, channels }, group, 'regular');
}

/**
 * The smaller of two LENs computing an equivariant target: the merged symmetrisations
 * (Lemma 6.1 refined) of a least GN realisation and of the given network itself (the latter
 * is the given network, merged along rays, whenever that network is already a LEN).
 */
function symmetrisedUpperBound(
  target: Network,
  group: MatrixGroup,
  hidden: HiddenConvention,
): LayerwiseNetwork {
  const candidates = [minimalGnWidth(target).realisation, target].map((net) =>
    asConvention(target, symmetrise(net, group, { merge: true }).network, group, hidden),
  );
  const [a, b] = candidates as [LayerwiseNetwork, LayerwiseNetwork];
  return b.network.channels.length < a.network.channels.length ? b : a;
}

function lenReason(
  orbits: readonly HyperplaneOrbitData[],
  hidden: HiddenConvention,
  cost: number,
  choices: number,
  remainderCost: number,
): string {
  const parts = orbits.map(
    (o) =>
      `orbit of ${o.lines.length} hyperplane(s) through n = (${o.representative.join(', ')}) ` +
      `needs a channel orbit of ` +
      `${o.orbitCost} ` +
      `units${o.oppositeInOrbit ? ' (-n lies in G.n, so one orbit serves both orientations)' : ''}`,
  );
  return (
    `${parts.join('; ')}; over all ${choices} choices of +, - or both orbits per hyperplane ` +
    `orbit, ` +
    `with ${remainderCost} units per rank of G-fixed linear remainder (${hidden} hidden action), ` +
    `the least cost is ${cost}`
  );
}

/**
 * The least width of a LEN computing F, with the hidden convention `any` or `regular`.
 * @example minimalLenWidth(figure2, presetGroup('klein4'), 'regular').width === 8
 * @param target the function, as any network computing it
 * @param group G acting on the input and (trivially or not) on the output
 * @param hidden which hidden permutation representations are allowed
 * @param options `maxChoices`: cap on the number of orbit choices examined (default 2^16);
 *   `onProgress(done, total)`: called every 1024 choices (the CLI shows it on a terminal)
 * @throws InputError when G does not act on the target's spaces
 */
function minimalLenWidth(
  target: Network,
  group: MatrixGroup,
  hidden: HiddenConvention,
  options: { maxChoices?: number; onProgress?: (done: number, total?: number) => void } = {},
): LenWidthResult {
  if (hidden !== 'any' && hidden !== 'regular') {
    throw new InputError('--hidden', `expected "any" or "regular", got "${String(hidden)}"`);
  }
  const eq = isEquivariant(target, group);
  if (!eq.equivariant) {
    return {
      exact: true,
      member: false,
      width: null,
      reason:
        `the target is not ${hasTrivialOutputAction(group) ? 'invariant' : 'equivariant'} ` +
        `under ${group.name}, and every LEN is`,
      witness: eq.witness,
    };
  }
  const maxChoices = options.maxChoices ?? DEFAULT_MAX_LEN_CHOICES;
  const cf = canonicalForm(target);
  const orbits = hyperplaneOrbitsOf(cf, group, hidden);
  const orbitCount = orbits.reduce((s, o) => s + o.orbitCost, 0);

  const free = orbits.map((o, j) => (o.oppositeInOrbit ? -1 : j)).filter((j) => j >= 0);
  if (!hasTrivialOutputAction(group) || 3 ** free.length > maxChoices) {
    const upperNet = symmetrisedUpperBound(target, group, hidden);
    const upper = upperNet.network.channels.length;
    const remainderCost = hidden === 'any' ? 2 : 2 * group.elements.length;

    // LEN lies within GN, and regular widths are multiples of |G|.
    const gn = minimalGnWidth(target);
    const gnWidthLowerBound = gn.exact ? gn.width : gn.lower;
    const order = group.elements.length;
    let lower = Math.max(orbitCount, gnWidthLowerBound);
    if (hidden === 'regular' && lower % order !== 0) lower += order - (lower % order);
    const boundText =
      `each of ${orbits.length} hyperplane orbit(s) needs a channel orbit (${orbitCount} units), ` +
      `the least GN width is at least ${gnWidthLowerBound}` +
      (hidden === 'regular' ? ` and regular widths are multiples of ${order}` : '');
    const countingBound = (reason: string): LenLowerBoundData => ({
      hidden,
      hyperplaneOrbits: orbits,
      linear: cf.linear,
      remainderCost,
      choicesEnumerated: 0,
      optimalChoice: [],
      optimalCost: lower,
      gnWidthLowerBound,
      reason,
    });
    if (upper === lower) {
      return {
        exact: true,
        member: true,
        width: upper,
        realisation: upperNet,
        lowerBound: countingBound(
          `${boundText}; the merged symmetrisation of a least GN realisation attains ${lower}`,
        ),
      };
    }
    const why = hasTrivialOutputAction(group)
      ? `enumerating 3^${free.length} orbit choices exceeds the cap of ${maxChoices}`
      : 'for an equivariant (non-invariant) output only counting bounds the width below';
    return {
      exact: false,
      member: true,
      width: null,
      lower,
      upper,
      realisation: upperNet,
      lowerBound: countingBound(boundText),
      reason:
        `${why}; lower bound: ${boundText}; upper bound: merged symmetrisation of a least GN ` +
        'realisation',
    };
  }

  const remainderCost = hidden === 'any' ? 2 : 2 * group.elements.length;
  const linear = cf.linear;
  let best: OrbitService[] | null = null;
  let bestCost = Infinity;
  let enumerated = 0;
  for (let mask = 0; mask < 3 ** free.length; mask++) {
    const choice: OrbitService[] = orbits.map((o) => (o.oppositeInOrbit ? 'symmetric' : '+'));
    let rest = mask;
    for (const j of free) {
      choice[j] = (['+', '-', 'both'] as const)[rest % 3]!;
      rest = (rest - (rest % 3)) / 3;
    }
    enumerated++;
    if ((enumerated & 1023) === 0) options.onProgress?.(enumerated, 3 ** free.length);
    const cost = orbitChoiceCost(linear, orbits, choice, remainderCost);
    if (cost < bestCost) {
      bestCost = cost;
      best = choice;
    }
  }
  if (enumerated >= 1024) options.onProgress?.(enumerated, enumerated);
  const realisation = realiseOrbitChoice(target, group, hidden, linear, orbits, best!);
  return {
    exact: true,
    member: true,
    width: bestCost,
    realisation,
    lowerBound: {
      hidden,
      hyperplaneOrbits: orbits,
      linear,
      remainderCost,
      choicesEnumerated: enumerated,
      optimalChoice: best!,
      optimalCost: bestCost,
      gnWidthLowerBound: null,
      reason: lenReason(orbits, hidden, bestCost, enumerated, remainderCost),
    },
  };
}

export { minimalLenWidth, orbitChoiceCost, hasTrivialOutputAction, DEFAULT_MAX_LEN_CHOICES };
export type {
  LenWidthResult,
  LenLowerBoundData,
  HyperplaneOrbitData,
  LayerwiseNetwork,
  OrbitService,
  HiddenConvention,
};
