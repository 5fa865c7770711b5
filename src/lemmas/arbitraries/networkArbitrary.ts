/**
 * # Arbitraries for two-layer ReLU networks, hard cases included
 *
 * Defines `networkArbitrary(d, k)`: networks `F(x) = sum_i beta_i relu(<alpha_i, x>)` (MATH.md
 * section 1) of small random width, then edited by a random list of *hard-case* edits that
 * the canonical form must see through (MATH.md section 2):
 * - `duplicate`: a copy of channel i;
 * - `parallel`: channel i's vector scaled by a positive rational, with a new output weight;
 * - `opposite`: channel i's vector negated (same hyperplane, other orientation);
 * - `zero`: a zero channel vector or a zero output weight;
 * - `cancel`: `(lambda alpha_i, -beta_i / lambda)` next to `alpha_i`, removing channel i exactly;
 * - `linearTriangle`: `+-(u, b)`, `+-(v, b)`, `+-(-(u+v), b)` as relu pairs, six channels on three
 *   lines that sum to zero although no two of them cancel;
 * - `linearPair`: `relu(<u,x>) b - relu(<-u,x>) b = <u,x> b`, a line with no kink.
 *
 * `equalNetworkPairArbitrary` gives a network and a rewriting of it that computes the same
 * function by construction (channel order permuted, channels split and rescaled, cancelling
 * material inserted): the input for the uniqueness of the canonical form.
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import { addVectors, scaleVector, type Vector } from '../../linalg/matrix.ts';
import type { Channel, Network } from '../../network/network.ts';
import {
  nonzeroVectorArbitrary,
  positiveRationalArbitrary,
  rationalArbitrary,
  vectorArbitrary,
} from './rationalArbitraries.ts';

type HardCase =
  | { readonly kind: 'duplicate'; readonly index: number }
  | {
      readonly kind: 'parallel';
      readonly index: number;
      readonly scale: Rational;
      readonly beta: Vector;
    }
  | { readonly kind: 'opposite'; readonly index: number; readonly beta: Vector }
  | { readonly kind: 'zero'; readonly vector: Vector; readonly zeroAlpha: boolean }
  | { readonly kind: 'cancel'; readonly index: number; readonly scale: Rational }
  | {
      readonly kind: 'linearTriangle';
      readonly u: Vector;
      readonly v: Vector;
      readonly beta: Vector;
    }
  | { readonly kind: 'linearPair'; readonly u: Vector; readonly beta: Vector };

interface NetworkArbitraryOptions {
  /** Largest number of random channels before hard-case edits (default 4). */
  readonly maxWidth?: number;
  /** Largest number of hard-case edits (default 3; 0 for plain random networks). */
  readonly maxHardCases?: number;
  /** Allow huge numerators and denominators in weights (default false: small and fast). */
  readonly huge?: boolean;
}

function zeroVector(n: number): Rational[] {
  return Array<Rational>(n).fill(Rational.ZERO);
}

function hardCaseArbitrary(d: number, k: number, huge: boolean): fc.Arbitrary<HardCase> {
  const index = fc.nat({ max: 7 });
  const scale = positiveRationalArbitrary({ huge });
  const beta = vectorArbitrary(k, { huge });
  const u = nonzeroVectorArbitrary(d, { huge });
  return fc.oneof(
    fc.record({ kind: fc.constant('duplicate' as const), index }),
    fc.record({ kind: fc.constant('parallel' as const), index, scale, beta }),
    fc.record({ kind: fc.constant('opposite' as const), index, beta }),
    fc.record({
      kind: fc.constant('zero' as const),
      vector: vectorArbitrary(Math.max(d, k)),
      zeroAlpha: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('cancel' as const), index, scale }),
    fc.record({ kind: fc.constant('linearTriangle' as const), u, v: u, beta }),
    fc.record({ kind: fc.constant('linearPair' as const), u, beta }),
  );
}

function linearPair(u: Vector, beta: Vector): Channel[] {
  return [
    { alpha: u, beta },
    { alpha: scaleVector(u, Rational.MINUS_ONE), beta: scaleVector(beta, Rational.MINUS_ONE) },
  ];
}

function applyHardCase(channels: Channel[], edit: HardCase, d: number, k: number): Channel[] {
  const pick = (i: number): Channel | undefined => channels[i % Math.max(1, channels.length)];
  switch (edit.kind) {
    case 'duplicate': {
      const c = pick(edit.index);
      return c ? [...channels, c] : channels;
    }
    case 'parallel': {
      const c = pick(edit.index);
      return c
        ? [...channels, { alpha: scaleVector(c.alpha, edit.scale), beta: edit.beta }]
        : channels;
    }
    case 'opposite': {
      const c = pick(edit.index);
      return c
        ? [...channels, { alpha: scaleVector(c.alpha, Rational.MINUS_ONE), beta: edit.beta }]
        : channels;
    }
    case 'zero': {
      const alpha = edit.zeroAlpha ? zeroVector(d) : edit.vector.slice(0, d);
      const beta = edit.zeroAlpha ? edit.vector.slice(0, k) : zeroVector(k);
      return [...channels, { alpha, beta }];
    }
    case 'cancel': {
      const c = pick(edit.index);
      if (!c) return channels;
      const alpha = scaleVector(c.alpha, edit.scale);
      const beta = scaleVector(c.beta, edit.scale.inv().neg());
      return [...channels, { alpha, beta }];
    }
    case 'linearTriangle': {
      const third = scaleVector(addVectors(edit.u, edit.v), Rational.MINUS_ONE);
      return [
        ...channels,
        ...linearPair(edit.u, edit.beta),
        ...linearPair(edit.v, edit.beta),
        ...linearPair(third, edit.beta),
      ];
    }
    case 'linearPair':
      return [...channels, ...linearPair(edit.u, edit.beta)];
  }
}

/**
 * Random networks Q^d -> Q^k with hard cases planted.
 * @example fc.sample(networkArbitrary(2, 1), 1)[0].channels.length // small
 * @param d input dimension; @param k output dimension
 * @param options `maxWidth`, `maxHardCases`, `huge`
 */
function networkArbitrary(
  d: number,
  k: number,
  options: NetworkArbitraryOptions = {},
): fc.Arbitrary<Network> {
  const huge = options.huge ?? false;
  const channel = fc.record({
    alpha: vectorArbitrary(d, { huge }),
    beta: vectorArbitrary(k, { huge }),
  });
  return fc
    .record({
      base: fc.array(channel, { maxLength: options.maxWidth ?? 4 }),
      edits: fc.array(hardCaseArbitrary(d, k, huge), { maxLength: options.maxHardCases ?? 3 }),
    })
    .map(({ base, edits }) => {
      let channels: Channel[] = [...base];
      for (const edit of edits) channels = applyHardCase(channels, edit, d, k);
      return { inputDim: d, outputDim: k, channels };
    });
}

/** Networks with a random shape: d in 1..maxDim (default 3), k in 1..2. */
function anyNetworkArbitrary(
  options: NetworkArbitraryOptions & { maxDim?: number } = {},
): fc.Arbitrary<Network> {
  return fc
    .tuple(fc.integer({ min: 1, max: options.maxDim ?? 3 }), fc.integer({ min: 1, max: 2 }))
    .chain(([d, k]) => networkArbitrary(d, k, options));
}

type Rewrite =
  | {
      readonly kind: 'split';
      readonly index: number;
      readonly part: Rational;
      readonly scale: Rational;
    }
  | { readonly kind: 'rescale'; readonly index: number; readonly scale: Rational }
  | { readonly kind: 'insert'; readonly edit: HardCase }
  | { readonly kind: 'rotate'; readonly by: number };

function rewrite(net: Network, steps: readonly Rewrite[]): Network {
  let channels: Channel[] = [...net.channels];
  for (const step of steps) {
    const n = channels.length;
    if (step.kind === 'insert') {
      // Only edits that add zero to the function: a cancelling pair, a zero channel, or three
      // linear pairs summing to zero.
      const base = channels.length;
      if (step.edit.kind === 'cancel' && base > 0) {
        const c = channels[step.edit.index % base]!;
        channels = [...channels, c];
        channels = applyHardCase(
          channels,
          { ...step.edit, index: base },
          net.inputDim,
          net.outputDim,
        );
      } else if (step.edit.kind === 'zero' || step.edit.kind === 'linearTriangle') {
        channels = applyHardCase(channels, step.edit, net.inputDim, net.outputDim);
      }
      continue;
    }
    if (n === 0) continue;
    if (step.kind === 'rotate') {
      const r = step.by % n;
      channels = [...channels.slice(r), ...channels.slice(0, r)];
    } else if (step.kind === 'rescale') {
      const i = step.index % n;
      const c = channels[i]!;
      channels[i] = {
        alpha: scaleVector(c.alpha, step.scale),
        beta: scaleVector(c.beta, step.scale.inv()),
      };
    } else {
      const i = step.index % n;
      const c = channels[i]!;
      const first = scaleVector(c.beta, step.part);
      const rest = c.beta.map((b, r) => b.sub(first[r]!));
      channels[i] = { alpha: c.alpha, beta: first };
      channels.push({
        alpha: scaleVector(c.alpha, step.scale),
        beta: scaleVector(rest, step.scale.inv()),
      });
    }
  }
  return { ...net, channels };
}

/**
 * A network and a different parametrisation of the same function, built by function-preserving
 * rewrites (positive rescaling, splitting an output weight, rotation of the channel order,
 * inserting zero and exactly cancelling channels).
 */
function equalNetworkPairArbitrary(d: number, k: number): fc.Arbitrary<[Network, Network]> {
  const index = fc.nat({ max: 7 });
  const scale = positiveRationalArbitrary({ huge: false });
  const step: fc.Arbitrary<Rewrite> = fc.oneof(
    fc.record({
      kind: fc.constant('split' as const),
      index,
      part: rationalArbitrary({ huge: false }),
      scale,
    }),
    fc.record({ kind: fc.constant('rescale' as const), index, scale }),
    fc.record({ kind: fc.constant('insert' as const), edit: hardCaseArbitrary(d, k, false) }),
    fc.record({ kind: fc.constant('rotate' as const), by: index }),
  );
  return fc
    .tuple(networkArbitrary(d, k), fc.array(step, { maxLength: 5 }))
    .map(([net, steps]) => [net, rewrite(net, steps)] as [Network, Network]);
}

export { networkArbitrary, anyNetworkArbitrary, equalNetworkPairArbitrary, applyHardCase };
export type { HardCase, NetworkArbitraryOptions };
