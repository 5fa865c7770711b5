/**
 * # Deciding whether a given parametrisation is layer-wise equivariant (LEN)
 *
 * Defines `isLayerwiseEquivariant(F, G, convention)`: is there a permutation representation
 * `g -> P_g` of G on the hidden units with `A rho_in(g) = P_g A` and `B P_g = rho_out(g) B` for
 * all g? MATH.md sections 1 and 3, Theorem 4.6. Two hidden conventions: `any` permutation
 * representation (hidden orbits G/H for any subgroup H), and `regular` (every hidden orbit a copy
 * of G).
 *
 * Main statement used: the equations say `alpha_{pi_g(i)} = rho_in(g)^{-T} alpha_i` and
 * `beta_{pi_g(i)} = rho_out(g) beta_i`, so `pi_g` maps the units sitting at a point
 * `p = (alpha, beta)` injectively to those at `g.p` under the contragredient action on channel
 * vectors and rho_out on output weights. Hence:
 * - `any`: a representation exists iff the multiset of pairs is invariant under every generator.
 *   If it is, number the units at each point 0..m-1 and let `pi_g` keep the number: that is the
 *   action of G on points, copied m times, so it is a homomorphism by construction.
 * - `regular`: additionally, Stab(p) acts freely on the units at p in a regular representation,
 *   so |Stab(p)| must divide their number m. Conversely, if it does, split them into m/|Stab(p)|
 *   blocks; in each block unit (b, e) for each element e sits at `e.p` (each point gets
 *   |Stab(p)| per block) and `pi_g(b, e) = (b, g e)` is the left regular action.
 * Channels are oriented and compared as exact pairs; zero channels and duplicates are ordinary
 * points of the multiset (a zero unit `(0, 0)` is fixed by every g).
 *
 * Witnesses: "yes" gives the permutation of every generator and of every element (the latter
 * built from each element's word, so the checker can confirm a homomorphism), and the hidden
 * orbits with their stabilisers. "No" names a channel and a generator whose image has fewer
 * copies than the channel (`unpartnered`), or, for `regular`, a channel whose multiplicity is not
 * a multiple of its stabiliser's order. `checkLayerwiseWitness.ts` checks both without this file.
 *
 * Limitation: hidden actions are permutations of the units as given. A parametrisation that is a
 * LEN only after positive rescaling of units (a positive monomial hidden action, e.g. for klein4
 * the units `(2,0)` with weight 1/2 and `(0,1)`, `(-1,0)`, `(0,-1)` with weight 1) is answered
 * "no", with the unpartnered channel; rescale the units first (docs/limitations.md).
 * The witness lists a permutation for every element: |G| m numbers.
 */

import type { Rational } from '../../scalar/rational.ts';
import { matVec, type Vector } from '../../linalg/matrix.ts';
import { vectorKey } from '../../group/action.ts';
import { outputMatrix, type GroupElement, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Channel, Network } from '../../network/network.ts';
import { assertGroupFitsNetwork } from './groupFitsNetwork.ts';
import { elementIndex } from '../../group/elementIndex.ts';

type HiddenConvention = 'any' | 'regular';

/** One hidden orbit, a copy of G/H: its units, and H = the stabiliser of `units[0]`. */
interface HiddenOrbit {
  readonly units: number[];
  /** Indices into `group.elements`. */
  readonly stabiliser: number[];
}

interface LayerwiseWitness {
  readonly convention: HiddenConvention;
  /** Per generator g: `permutations[g][i]` is the 0-based image of hidden unit i. */
  readonly permutations: number[][];
  /** Per element of `group.elements`, its permutation (the representation on every element). */
  readonly elementPermutations: number[][];
  readonly orbits: HiddenOrbit[];
}

type LayerwiseFailure =
  | {
      readonly reason: 'unpartnered';
      /** A unit whose image under the generator has fewer copies than the unit itself. */
      readonly channel: number;
      readonly generator: number;
      readonly image: { alpha: Rational[]; beta: Rational[] };
      readonly multiplicity: number;
      readonly imageMultiplicity: number;
    }
  | {
      readonly reason: 'stabiliser-order-does-not-divide-multiplicity';
      readonly channel: number;
      /** The stabiliser of the pair (alpha, beta), as element indices. */
      readonly stabiliser: number[];
      readonly multiplicity: number;
    };

type LayerwiseResult =
  | ({ readonly layerwise: true } & LayerwiseWitness)
  | {
      readonly layerwise: false;
      readonly convention: HiddenConvention;
      readonly failure: LayerwiseFailure;
    };

function pairKey(alpha: Vector, beta: Vector): string {
  return `${vectorKey(alpha)}|${vectorKey(beta)}`;
}

function actOnChannel(
  g: GroupElement,
  c: Channel,
  k: number,
): { alpha: Rational[]; beta: Rational[] } {
  return { alpha: matVec(g.contragredient, c.alpha), beta: matVec(outputMatrix(g, k), c.beta) };
}

/** Permutations of every element, composed along its word: P_{s g} = P_s P_g. */
function permutationsOfElements(
  group: MatrixGroup,
  generatorPerms: number[][],
  m: number,
): number[][] {
  const byWord = new Map<string, number>();
  const result: number[][] = [];
  group.elements.forEach((e, idx) => {
    byWord.set(e.word.join(','), idx);
    if (e.word.length === 0) {
      result.push(Array.from({ length: m }, (_, i) => i));
      return;
    }
    const parent = byWord.get(e.word.slice(0, -1).join(','));
    if (parent === undefined) throw new Error('internal: element word without its prefix');
    const last = generatorPerms[e.word[e.word.length - 1]!]!;
    const p = result[parent]!;
    result.push(last.map((j) => p[j]!));
  });
  return result;
}

/** The units of F grouped by their point (alpha, beta), in order of first appearance. */
function unitsByPoint(net: Network): Map<string, number[]> {
  const unitsAt = new Map<string, number[]>();
  net.channels.forEach((c, i) => {
    const key = pairKey(c.alpha, c.beta);
    const list = unitsAt.get(key);
    if (list) list.push(i);
    else unitsAt.set(key, [i]);
  });
  return unitsAt;
}

/** Theorem 4.6: a point whose image under a generator carries fewer units, or null. */
function firstUnpartnered(
  net: Network,
  group: MatrixGroup,
  unitsAt: ReadonlyMap<string, number[]>,
): LayerwiseFailure | null {
  for (const units of unitsAt.values()) {
    const c = net.channels[units[0]!]!;
    for (let gi = 0; gi < group.generators.length; gi++) {
      const image = actOnChannel(group.generators[gi]!, c, net.outputDim);
      const imageMultiplicity = unitsAt.get(pairKey(image.alpha, image.beta))?.length ?? 0;
      if (imageMultiplicity < units.length) {
        const multiplicity = units.length;
        return {
          reason: 'unpartnered',
          channel: units[0]!,
          generator: gi,
          image,
          multiplicity,
          imageMultiplicity,
        };
      }
    }
  }
  return null;
}

/** One orbit of points: the key of `g.p` for every element g, and the stabiliser of p. */
interface PointOrbit {
  readonly key: string;
  readonly imageOf: string[];
  readonly points: string[];
  readonly stabiliser: number[];
}

function pointOrbits(
  net: Network,
  group: MatrixGroup,
  unitsAt: ReadonlyMap<string, number[]>,
): PointOrbit[] {
  const done = new Set<string>();
  const orbits: PointOrbit[] = [];
  for (const [key, units] of unitsAt) {
    if (done.has(key)) continue;
    const c = net.channels[units[0]!]!;
    const imageOf = group.elements.map((g) => {
      const image = actOnChannel(g, c, net.outputDim);
      return pairKey(image.alpha, image.beta);
    });
    const points = [...new Set(imageOf)];
    points.forEach((p) => done.add(p));
    const stabiliser = imageOf.flatMap((p, e) => (p === key ? [e] : []));
    orbits.push({ key, imageOf, points, stabiliser });
  }
  return orbits;
}

/**
 * `any`: the j-th unit at each point of the orbit forms layer j, a copy of G/Stab(p), and each
 * generator keeps the layer (the action on points, copied once per layer).
 */
function assignLayers(
  net: Network,
  group: MatrixGroup,
  unitsAt: ReadonlyMap<string, number[]>,
  o: PointOrbit,
  perms: number[][],
): HiddenOrbit[] {
  const orbits: HiddenOrbit[] = [];
  const multiplicity = unitsAt.get(o.key)!.length;
  for (let layer = 0; layer < multiplicity; layer++) {
    for (const p of o.points) {
      const unit = unitsAt.get(p)![layer]!;
      group.generators.forEach((g, gi) => {
        const image = actOnChannel(g, net.channels[unit]!, net.outputDim);
        perms[gi]![unit] = unitsAt.get(pairKey(image.alpha, image.beta))![layer]!;
      });
    }
    orbits.push({ units: o.points.map((p) => unitsAt.get(p)![layer]!), stabiliser: o.stabiliser });
  }
  return orbits;
}

/**
 * `regular`: blocks of |G| units, unit e of a block sitting at `e.p`; generator g sends unit e to
 * unit `g e` of the same block (`leftProducts[g][e]`), the left regular action.
 */
function assignRegularBlocks(
  unitsAt: ReadonlyMap<string, number[]>,
  o: PointOrbit,
  leftProducts: readonly number[][],
  perms: number[][],
): HiddenOrbit[] {
  const orbits: HiddenOrbit[] = [];
  const used = new Map<string, number>();
  const blocks = unitsAt.get(o.key)!.length / o.stabiliser.length;
  for (let block = 0; block < blocks; block++) {
    const unitOf = o.imageOf.map((p) => {
      const n = used.get(p) ?? 0;
      used.set(p, n + 1);
      return unitsAt.get(p)![n]!;
    });
    leftProducts.forEach((products, gi) => {
      unitOf.forEach((unit, e) => {
        perms[gi]![unit] = unitOf[products[e]!]!;
      });
    });
    orbits.push({ units: unitOf, stabiliser: [0] });
  }
  return orbits;
}

/**
 * Decides whether this parametrisation of F is a LEN for G, exactly.
 * @example isLayerwiseEquivariant(figure2, presetGroup('klein4')).layerwise === false
 * @param net the network; its hidden units are its channels, in order
 * @param group G acting on Q^d and (trivially or) on Q^k
 * @param convention `any` permutation representation on the hidden layer, or `regular` only
 * @returns the hidden permutations and orbits, or the channel that breaks the symmetry
 * @throws InputError when G does not act on the network's input and output spaces
 */
function isLayerwiseEquivariant(
  net: Network,
  group: MatrixGroup,
  convention: HiddenConvention = 'any',
): LayerwiseResult {
  assertGroupFitsNetwork(net, group);
  const unitsAt = unitsByPoint(net);
  const unpartnered = firstUnpartnered(net, group, unitsAt);
  if (unpartnered) return { layerwise: false, convention, failure: unpartnered };

  const orbitsOfPoints = pointOrbits(net, group, unitsAt);
  if (convention === 'regular') {
    // Stab(p) acts freely on the units at p in a regular representation.
    for (const o of orbitsOfPoints) {
      const units = unitsAt.get(o.key)!;
      if (units.length % o.stabiliser.length === 0) continue;
      const failure: LayerwiseFailure = {
        reason: 'stabiliser-order-does-not-divide-multiplicity',
        channel: units[0]!,
        stabiliser: o.stabiliser,
        multiplicity: units.length,
      };
      return { layerwise: false, convention, failure };
    }
  }

  const perms = group.generators.map(() => Array<number>(net.channels.length).fill(-1));
  let orbits: HiddenOrbit[];
  if (convention === 'any') {
    orbits = orbitsOfPoints.flatMap((o) => assignLayers(net, group, unitsAt, o, perms));
  } else {
    const index = elementIndex(group);
    const leftProducts = group.generators.map((_, gi) => {
      const ge = index.generatorIndex(gi);
      return group.elements.map((_, e) => index.product(ge, e));
    });
    orbits = orbitsOfPoints.flatMap((o) => assignRegularBlocks(unitsAt, o, leftProducts, perms));
  }
  const elementPermutations = permutationsOfElements(group, perms, net.channels.length);
  return { layerwise: true, convention, permutations: perms, elementPermutations, orbits };
}

export { isLayerwiseEquivariant };
export type { HiddenConvention, HiddenOrbit, LayerwiseWitness, LayerwiseFailure, LayerwiseResult };
