/**
 * # Arbitraries for equivariant networks: GENs and LENs
 *
 * Defines generators of a group together with a network that is G-equivariant by construction
 * (MATH.md sections 1, 3 and 6):
 * - `genArbitrary`: end-to-end equivariant networks (GEN) of three kinds:
 *   `symmetrised` (Lemma 6.1's F^G of a random network F), `hyperplaneOrbit` (as in Example 5.1:
 *   the symmetrisation of `c |<n, x>|` summed over the hyperplane orbit of n, each `|t|` realised
 *   as `2 relu(s t) - s t` with an arbitrary orientation s per line, and the linear remainder
 *   cancelled by relu pairs; such networks are equivariant but usually not layer-wise), and
 *   `example5.1` itself;
 * - `lenArbitrary`: layer-wise equivariant networks (LEN) whose hidden orbits have random types
 *   G/H, H the cyclic subgroup of a random element h: the channel vector is
 *   `sum_j (h^j)^{-T} alpha_0` (fixed by H), the output weight is averaged over the stabiliser of
 *   the channel vector (MATH.md section 4, "LEN, equivariant output"), and the orbit is
 *   `g.(alpha, beta) = (rho_in(g)^{-T} alpha, rho_out(g) beta)`. The sample carries the hidden
 *   permutation of every group element as the witness of layer-wise equivariance.
 *
 * Both read the contragredient action from the group (`GroupElement.contragredient`), exactly as
 * product code does, so a group with a planted transposition bug yields networks that are not
 * equivariant, and the properties see it.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import {
  addVectors,
  inverse,
  matMul,
  matVec,
  scaleVector,
  transpose,
  zeros,
  type Vector,
} from '../../linalg/matrix.ts';
import { outputMatrix, type MatrixGroup } from '../../group/matrixGroup.ts';
import { lineNormal, orbit, vectorKey } from '../../group/action.ts';
import { presetGroup } from '../../group/presets.ts';
import type { Channel, Network } from '../../network/network.ts';
import { groupArbitrary, type GroupArbitraryOptions } from './groupArbitrary.ts';
import { networkArbitrary } from './networkArbitrary.ts';
import { nonzeroVectorArbitrary, vectorArbitrary } from './rationalArbitraries.ts';
import { symmetrisedNetwork } from './equivarianceOracles.ts';

type GenKind = 'symmetrised' | 'hyperplaneOrbit' | 'example5.1';

interface EquivariantSample {
  readonly group: MatrixGroup;
  readonly network: Network;
}

interface GenSample extends EquivariantSample {
  readonly kind: GenKind;
}

interface LenSample extends EquivariantSample {
  /** `permutations[e][i]`: the hidden unit that element e sends unit i to. */
  readonly permutations: number[][];
}

function outputDimOf(group: MatrixGroup): number {
  return group.outputDim ?? 1;
}

function relu2(u: Vector, beta: Vector): Channel[] {
  return [
    { alpha: u, beta },
    { alpha: scaleVector(u, Rational.MINUS_ONE), beta: scaleVector(beta, Rational.MINUS_ONE) },
  ];
}

/** sum over the hyperplane orbit of n of transported kinks, with the chosen orientations. */
function hyperplaneOrbitNetwork(
  group: MatrixGroup,
  n: Vector,
  c: Vector,
  orientations: readonly boolean[],
): Network {
  const d = group.inputDim;
  const k = outputDimOf(group);
  const order = Rational.of(group.elements.length);
  const kinks = new Map<string, { normal: Rational[]; kink: Rational[] }>();

  // (1/|G|) sum_h rho_out(h)^{-1} c |<rho_in(h)^T n, x>|, collected per line.
  for (const h of group.elements) {
    const v = matVec(transpose(h.input), n);
    const normal = lineNormal(v);
    const j = normal.findIndex((x) => !x.isZero());
    const weight = v[j]!.div(normal[j]!).abs().div(order);
    const term = matVec(inverse(outputMatrix(h, k))!, c).map((x) => x.mul(weight));
    const key = vectorKey(normal);
    const old = kinks.get(key);
    kinks.set(key, { normal, kink: old ? addVectors(old.kink, term) : term });
  }

  // |t| = 2 relu(s t) - s t: one oriented unit per line, then cancel sum_l s_l K_l n_l^T.
  const channels: Channel[] = [];
  const remainder = zeros(k, d);
  [...kinks.values()]
    .filter((t) => t.kink.some((x) => !x.isZero()))
    .forEach((t, i) => {
      const s = orientations[i % Math.max(1, orientations.length)]
        ? Rational.MINUS_ONE
        : Rational.ONE;
      const alpha = scaleVector(t.normal, s);
      channels.push({ alpha, beta: scaleVector(t.kink, Rational.of(2)) });
      for (let r = 0; r < k; r++) {
        for (let col = 0; col < d; col++)
          remainder[r]![col] = remainder[r]![col]!.add(t.kink[r]!.mul(alpha[col]!));
      }
    });
  remainder.forEach((row, r) => {
    if (row.every((x) => x.isZero())) return;
    const e = Array.from({ length: k }, (_, i) => (i === r ? Rational.MINUS_ONE : Rational.ZERO));
    channels.push(...relu2(row, e));
  });
  return { inputDim: d, outputDim: k, channels };
}

function example51(): GenSample {
  const r = (xs: number[]) => xs.map((x) => Rational.of(x));
  return {
    kind: 'example5.1',
    group: presetGroup('klein4'),
    network: {
      inputDim: 2,
      outputDim: 1,
      channels: [
        { alpha: r([1, 0]), beta: r([1]) },
        { alpha: r([0, -1]), beta: r([1]) },
        { alpha: r([-1, 1]), beta: r([1]) },
      ],
    },
  };
}

/**
 * A group and a G-equivariant network (GEN) on it.
 * @example fc.sample(genArbitrary(), 1)[0].kind // 'symmetrised' | 'hyperplaneOrbit' | ...
 * @param options passed to `groupArbitrary`; `kinds` restricts the constructions
 */
function genArbitrary(
  options: GroupArbitraryOptions & { kinds?: readonly GenKind[] } = {},
): fc.Arbitrary<GenSample> {
  const kinds = options.kinds ?? ['example5.1', 'hyperplaneOrbit', 'symmetrised'];
  const groups = groupArbitrary(options);
  const branches: { arbitrary: fc.Arbitrary<GenSample>; weight: number }[] = [];
  const transform = options.transform ?? ((g: MatrixGroup) => g);
  if (kinds.includes('example5.1')) {
    const example = fc
      .constant(null)
      .map(() => ({ ...example51(), group: transform(presetGroup('klein4')) }));
    branches.push({ arbitrary: example, weight: 1 });
  }
  if (kinds.includes('hyperplaneOrbit')) {
    branches.push({
      weight: 4,
      arbitrary: groups.chain((group) =>
        fc
          .tuple(
            nonzeroVectorArbitrary(group.inputDim, { huge: false }),
            nonzeroVectorArbitrary(outputDimOf(group), { huge: false }),
            fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
          )
          .map(([n, c, signs]) => ({
            kind: 'hyperplaneOrbit' as const,
            group,
            network: hyperplaneOrbitNetwork(group, n, c, signs),
          })),
      ),
    });
  }
  if (kinds.includes('symmetrised')) {
    branches.push({
      weight: 4,
      arbitrary: groups.chain((group) =>
        networkArbitrary(group.inputDim, outputDimOf(group), { maxWidth: 2, maxHardCases: 1 }).map(
          (f) => ({ kind: 'symmetrised' as const, group, network: symmetrisedNetwork(group, f) }),
        ),
      ),
    });
  }
  return fc.oneof(...branches);
}

interface OrbitSeed {
  readonly alpha: Vector;
  readonly beta: Vector;
  /** Index (mod |G|) of the element h whose cyclic subgroup H fixes the channel vector. */
  readonly h: number;
}

function cyclicSubgroup(group: MatrixGroup, index: number): number[] {
  const key = (m: readonly Vector[]) => m.map(vectorKey).join(';');
  const keys = group.elements.map((g) => key(g.input));
  const h = group.elements[index % group.elements.length]!;
  const members = [0];
  let current = h.input;
  for (let guard = 0; guard < group.elements.length; guard++) {
    const i = keys.indexOf(key(current));
    if (i === 0) break;
    members.push(i);
    current = matMul(group.elements[i]!.input, h.input);
  }
  return members;
}

/** A LEN from one hidden orbit per seed; see the module comment. */
function lenFromSeeds(group: MatrixGroup, seeds: readonly OrbitSeed[]): LenSample {
  const d = group.inputDim;
  const k = outputDimOf(group);
  const channels: Channel[] = [];
  const orbitOf: number[] = [];
  seeds.forEach((seed, o) => {
    let alpha: Rational[] = Array<Rational>(d).fill(Rational.ZERO);
    for (const i of cyclicSubgroup(group, seed.h)) {
      alpha = addVectors(alpha, matVec(group.elements[i]!.contragredient, seed.alpha));
    }
    let beta: Rational[] = Array<Rational>(k).fill(Rational.ZERO);
    for (const s of orbit(group, alpha, 'contragredient').stabiliser) {
      beta = addVectors(beta, matVec(outputMatrix(group.elements[s]!, k), seed.beta));
    }
    const seen = new Set<string>();
    for (const g of group.elements) {
      const image = matVec(g.contragredient, alpha);
      if (seen.has(vectorKey(image))) continue;
      seen.add(vectorKey(image));
      channels.push({ alpha: image, beta: matVec(outputMatrix(g, k), beta) });
      orbitOf.push(o);
    }
  });
  const slot = new Map(channels.map((c, i) => [`${orbitOf[i]}|${vectorKey(c.alpha)}`, i]));
  const permutations = group.elements.map((g) =>
    channels.map(
      (c, i) => slot.get(`${orbitOf[i]}|${vectorKey(matVec(g.contragredient, c.alpha))}`) ?? -1,
    ),
  );
  return { group, network: { inputDim: d, outputDim: k, channels }, permutations };
}

/**
 * A group and a layer-wise equivariant network (LEN) on it, with its hidden permutations.
 * @example fc.sample(lenArbitrary(), 1)[0].permutations.length // = |G|
 * @param options passed to `groupArbitrary`; `maxOrbits` hidden orbits (default 3)
 */
function lenArbitrary(
  options: GroupArbitraryOptions & { maxOrbits?: number } = {},
): fc.Arbitrary<LenSample> {
  return groupArbitrary(options).chain((group) => {
    const seed = fc.record({
      alpha: vectorArbitrary(group.inputDim, { huge: false }),
      beta: vectorArbitrary(outputDimOf(group), { huge: false }),
      h: fc.oneof(
        { arbitrary: fc.constant(0), weight: 2 },
        { arbitrary: fc.nat({ max: 47 }), weight: 3 },
      ),
    });
    return fc
      .array(seed, { minLength: 1, maxLength: options.maxOrbits ?? 3 })
      .map((seeds) => lenFromSeeds(group, seeds));
  });
}

export { genArbitrary, lenArbitrary, hyperplaneOrbitNetwork, lenFromSeeds };
export type { GenKind, GenSample, LenSample, EquivariantSample, OrbitSeed };
