/**
 * # The independent certificate checker
 *
 * Defines `checkCertificate(json)`: re-derives every claim of a width certificate (format in
 * `certificate.ts`, docs/certificates.md) and returns a verdict per claim with messages. It
 * imports nothing from `theory/` or from the builder: only exact scalars, linear algebra, the
 * group closure and actions, and network canonical forms. So a reader can convince themselves
 * of a certificate by reading this file alone.
 *
 * What is re-derived, per claim:
 * - a realisation has exactly the claimed width and the target's canonical form (MATH.md
 *   section 2: equal canonical forms iff equal functions);
 * - GEN and LEN claims: the target is G-equivariant (per generator, the canonical forms of
 *   `F(rho_in(g) x)` and `rho_out(g) F(x)` agree);
 * - LEN realisations: per generator the hidden permutation satisfies
 *   `alpha_{pi(i)} = rho_in(g)^{-T} alpha_i`, `beta_{pi(i)} = rho_out(g) beta_i`; the
 *   permutations extend to a homomorphism of G (closing the pairs (g, P_g) gives one
 *   permutation per element); under `regular` every hidden orbit has |G| units;
 * - GN/GEN lower bounds (MATH.md section 4): the listed hyperplanes and linear part are the
 *   target's; every way of serving the p hyperplanes with fewer than `width - p` doubled ones
 *   is enumerated, and each costs `p + #double + 2 rank(remainder mod doubled normals)` at
 *   least the bound;
 * - LEN lower bounds: the listed hyperplane orbits, channel orbits, stabilisers, orbit costs
 *   and sums are recomputed and compared; for invariant outputs every "+, - or both" choice
 *   is enumerated with `remainderCost` per rank of remainder; for equivariant outputs only the
 *   orbit count `sum of orbit costs` is used.
 *
 * Limits: the checker refuses to enumerate more than 2^20 choices (the claim is then reported
 * as not verifiable). A certificate whose version is not 1 is rejected as a whole.
 */

import { Rational } from '../scalar/rational.ts';
import { InputError } from '../scalar/parseRational.ts';
import { expectArray, expectObject, parseRationalMatrix } from '../scalar/parseJson.ts';
import {
  identity,
  matMul,
  matVec,
  matricesEqual,
  rank,
  scaleVector,
  transpose,
  vectorsEqual,
  type Matrix,
  type Vector,
} from '../linalg/matrix.ts';
import { generateGroup, type GeneratorSpec, type MatrixGroup } from '../group/matrixGroup.ts';
import { lineOrbit, orbit, vectorKey } from '../group/action.ts';
import {
  canonicalForm,
  canonicalFormsEqual,
  type CanonicalForm,
} from '../network/canonicalForm.ts';
import { parseNetwork } from '../network/parseNetwork.ts';
import type { Network } from '../network/network.ts';
import { CERTIFICATE_FORMAT, CERTIFICATE_VERSION } from './certificate.ts';

/** Largest number of choices the checker enumerates for one lower bound. */
const CHECKER_MAX_CHOICES = 1 << 20;

interface ClaimVerdict {
  readonly id: string;
  readonly statement: string;
  readonly valid: boolean;
  readonly messages: string[];
}

interface CertificateVerdict {
  readonly valid: boolean;
  /** Problems with the certificate as a whole (version, group order). */
  readonly problems: string[];
  readonly claims: ClaimVerdict[];
}

/** A failed check inside one claim; caught and reported as that claim's message. */
class ClaimFailure extends Error {}

function fail(message: string): never {
  throw new ClaimFailure(message);
}

function matrixKey(m: Matrix): string {
  return m.map((row) => vectorKey(row)).join(';');
}

function parseVectorText(value: unknown, where: string): Rational[] {
  return parseRationalMatrix([value], where)[0]!;
}

function expectCount(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(`${where}: expected a whole number >= 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

function readGroup(json: unknown): { group: MatrixGroup; claimedOrder: unknown } {
  const root = expectObject(json, 'group');
  const gens = expectArray(root.generators, 'group.generators');
  const specs: GeneratorSpec[] = gens.map((g, i) => {
    const obj = expectObject(g, `group.generators[${i}]`);
    const input = parseRationalMatrix(obj.input, `group.generators[${i}].input`);
    const output =
      obj.output === null || obj.output === undefined
        ? null
        : parseRationalMatrix(obj.output, `group.generators[${i}].output`);
    return { input, output };
  });
  const k = specs.find((s) => s.output)?.output?.length;
  const full = specs.map((s) => ({
    input: s.input,
    output: k === undefined ? null : (s.output ?? identity(k)),
  }));
  const name = typeof root.name === 'string' ? root.name : 'G';
  return { group: generateGroup(full, { name }, 'group'), claimedOrder: root.order };
}

// ---- equivariance of the target -------------------------------------------------------------

function equivarianceFailure(target: Network, group: MatrixGroup): string | null {
  for (const [gi, g] of group.generators.entries()) {
    const out = g.output ?? identity(target.outputDim);
    const pre: Network = {
      ...target,
      channels: target.channels.map((c) => ({
        alpha: matVec(transpose(g.input), c.alpha),
        beta: c.beta,
      })),
    };
    const post: Network = {
      ...target,
      channels: target.channels.map((c) => ({ alpha: c.alpha, beta: matVec(out, c.beta) })),
    };
    if (!canonicalFormsEqual(canonicalForm(pre), canonicalForm(post))) {
      return (
        `the target is not equivariant: F(rho_in(g) x) and rho_out(g) F(x) have different ` +
        `canonical forms for generator ${gi}`
      );
    }
  }
  return null;
}

function hasTrivialOutput(group: MatrixGroup): boolean {
  if (group.outputDim === null) return true;
  const id = identity(group.outputDim);
  return group.generators.every((g) => g.output === null || matricesEqual(g.output, id));
}

// ---- realisations ---------------------------------------------------------------------------

function checkPermutations(
  net: Network,
  group: MatrixGroup,
  value: unknown,
  hidden: 'any' | 'regular',
): void {
  const m = net.channels.length;
  if (!Array.isArray(value) || value.length !== group.generators.length) {
    fail(
      `realisation.permutations: expected one permutation per generator ` +
        `(${group.generators.length})`,
    );
  }
  const perms = value.map((p, gi) => {
    if (!Array.isArray(p) || p.length !== m)
      fail(`realisation.permutations[${gi}]: expected ${m} entries`);
    const seen = new Set<number>();
    p.forEach((x, i) => {
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x >= m || seen.has(x)) {
        fail(
          `realisation.permutations[${gi}][${i}]: ${JSON.stringify(x)} makes this not a ` +
            `permutation of 0..${m - 1}`,
        );
      }
      seen.add(x);
    });
    return p as number[];
  });

  group.generators.forEach((g, gi) => {
    const out = g.output ?? identity(net.outputDim);
    net.channels.forEach((c, i) => {
      const image = net.channels[perms[gi]![i]!]!;
      if (!vectorsEqual(image.alpha, matVec(g.contragredient, c.alpha))) {
        fail(
          `realisation.permutations[${gi}][${i}]: unit ${perms[gi]![i]} does not carry ` +
            `rho_in(g)^{-T} alpha_${i}`,
        );
      }
      if (!vectorsEqual(image.beta, matVec(out, c.beta))) {
        fail(
          `realisation.permutations[${gi}][${i}]: unit ${perms[gi]![i]} does not carry ` +
            `rho_out(g) beta_${i}`,
        );
      }
    });
  });

  // The pairs (g, P_g) must close to a group in which each g has a single permutation.
  const k = group.outputDim;
  const keyOf = (input: Matrix, output: Matrix | null) =>
    `${matrixKey(input)}|${output === null ? '' : matrixKey(output)}`;
  const start = {
    input: identity(group.inputDim) as Matrix,
    output: (k === null ? null : identity(k)) as Matrix | null,
    perm: Array.from({ length: m }, (_, i) => i),
  };
  const permOf = new Map<string, number[]>([[keyOf(start.input, start.output), start.perm]]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const cur = queue[head]!;
    group.generators.forEach((g, gi) => {
      const input = matMul(g.input, cur.input);
      const output = k === null ? null : matMul(g.output ?? identity(k), cur.output!);
      const perm = cur.perm.map((x) => perms[gi]![x]!);
      const key = keyOf(input, output);
      const prior = permOf.get(key);
      if (prior) {
        if (prior.some((x, i) => x !== perm[i]))
          fail(
            'realisation.permutations: do not define a representation of G (one element gets two ' +
              'permutations)',
          );
        return;
      }
      permOf.set(key, perm);
      queue.push({ input, output, perm });
    });
  }
  if (hidden === 'regular') {
    for (let i = 0; i < m; i++) {
      const images = new Set([...permOf.values()].map((p) => p[i]!));
      if (images.size !== group.elements.length)
        fail(
          `realisation: hidden unit ${i} lies in an orbit of ${images.size} units, not a regular ` +
            `orbit of ${group.elements.length}`,
        );
    }
  }
}

function checkRealisation(
  value: unknown,
  target: Network,
  targetForm: CanonicalForm,
  group: MatrixGroup,
  cls: string,
  width: number,
  hidden: 'any' | 'regular' | null,
): void {
  const obj = expectObject(value, 'realisation');
  const net = parseNetwork(obj.network, 'realisation.network');
  if (net.channels.length !== width)
    fail(`realisation has width ${net.channels.length}, not the claimed ${width}`);
  if (net.inputDim !== target.inputDim || net.outputDim !== target.outputDim)
    fail('realisation has a different shape from the target');
  if (!canonicalFormsEqual(canonicalForm(net), targetForm))
    fail('realisation does not compute the target (canonical forms differ)');
  if (cls === 'LEN') checkPermutations(net, group, obj.permutations, hidden!);
}

// ---- GN lower bound -------------------------------------------------------------------------

function rankModulo(rows: Matrix, directions: Matrix): number {
  return directions.length === 0 ? rank(rows) : rank([...directions, ...rows]) - rank(directions);
}

function outer(u: Vector, m: Vector): Rational[][] {
  return u.map((x) => m.map((y) => x.mul(y)));
}

function minus(a: Matrix, b: Matrix): Rational[][] {
  return a.map((row, i) => row.map((x, j) => x.sub(b[i]![j]!)));
}

function gnCost(cf: CanonicalForm, choice: readonly string[]): number {
  let r: Rational[][] = cf.linear.map((row) => [...row]);
  const doubled: Rational[][] = [];
  cf.hyperplanes.forEach((h, l) => {
    if (choice[l] === 'double') doubled.push(h.normal);
    else
      r = minus(
        r,
        outer(choice[l] === '+' ? h.kink : scaleVector(h.kink, Rational.MINUS_ONE), h.normal),
      );
  });
  return cf.hyperplanes.length + doubled.length + 2 * rankModulo(r, doubled);
}

function binomial(n: number, k: number): number {
  let b = 1;
  for (let i = 0; i < k; i++) b = (b * (n - i)) / (i + 1);
  return b;
}

/** Choices with p + #double >= bound cost at least the bound; the others are counted here. */
function gnChoiceCount(p: number, bound: number): number {
  let count = 0;
  for (let j = 0; j <= Math.min(p, bound - 1 - p); j++) count += binomial(p, j) * 2 ** (p - j);
  return count;
}

/** Enumerates every choice with fewer than bound - p doubled hyperplanes; each must cost enough. */
function assertGnChoicesCostAtLeast(cf: CanonicalForm, bound: number): void {
  const p = cf.hyperplanes.length;
  const count = gnChoiceCount(p, bound);
  if (count > CHECKER_MAX_CHOICES) {
    fail(
      `lowerBound needs ${count} choices enumerated, over the checker's limit ` +
        `${CHECKER_MAX_CHOICES}`,
    );
  }
  const maxDoubled = Math.min(p, bound - 1 - p);
  const choice: string[] = Array(p).fill('+');
  const visit = (l: number, doubledLeft: number): void => {
    if (l === p) {
      const cost = gnCost(cf, choice);
      if (cost < bound) {
        fail(
          `the choice [${choice.join(', ')}] serves the hyperplanes with ${cost} < ${bound} units`,
        );
      }
      return;
    }
    for (const s of ['+', '-', 'double']) {
      if (s === 'double' && doubledLeft === 0) continue;
      choice[l] = s;
      visit(l + 1, s === 'double' ? doubledLeft - 1 : doubledLeft);
    }
  };
  if (maxDoubled >= 0) visit(0, maxDoubled);
}

function checkGnLowerBound(
  lb: Record<string, unknown>,
  cf: CanonicalForm,
  bound: number,
  claimedOptimum: number | null,
): string[] {
  if (lb.method !== 'gn-hyperplane-enumeration')
    fail(
      `lowerBound.method: expected "gn-hyperplane-enumeration", got ${JSON.stringify(lb.method)}`,
    );
  const hs = expectArray(lb.hyperplanes, 'lowerBound.hyperplanes');
  const p = cf.hyperplanes.length;
  if (hs.length !== p)
    fail(`lowerBound.hyperplanes: lists ${hs.length} boundary hyperplanes, the target has ${p}`);
  hs.forEach((h, l) => {
    const obj = expectObject(h, `lowerBound.hyperplanes[${l}]`);
    if (
      !vectorsEqual(
        parseVectorText(obj.normal, `lowerBound.hyperplanes[${l}].normal`),
        cf.hyperplanes[l]!.normal,
      )
    )
      fail(`lowerBound.hyperplanes[${l}].normal is not the target's`);
    if (
      !vectorsEqual(
        parseVectorText(obj.kink, `lowerBound.hyperplanes[${l}].kink`),
        cf.hyperplanes[l]!.kink,
      )
    )
      fail(`lowerBound.hyperplanes[${l}].kink is not the target's kink`);
  });
  if (!matricesEqual(parseRationalMatrix(lb.linearPart, 'lowerBound.linearPart'), cf.linear))
    fail("lowerBound.linearPart is not the target's linear part");

  const count = gnChoiceCount(p, bound);
  if (expectCount(lb.choicesEnumerated, 'lowerBound.choicesEnumerated') !== count)
    fail(
      `lowerBound.choicesEnumerated says ${JSON.stringify(lb.choicesEnumerated)}, the checker ` +
        `enumerates ${count}`,
    );
  assertGnChoicesCostAtLeast(cf, bound);

  const optimal = expectArray(lb.optimalChoice, 'lowerBound.optimalChoice');
  if (optimal.length !== p || optimal.some((s) => s !== '+' && s !== '-' && s !== 'double'))
    fail('lowerBound.optimalChoice: expected "+", "-" or "double" per hyperplane');
  const optimalCost = gnCost(cf, optimal as string[]);
  if (lb.optimalCost !== optimalCost)
    fail(
      `lowerBound.optimalCost says ${JSON.stringify(lb.optimalCost)}, the optimal choice costs ` +
        `${optimalCost}`,
    );
  if (claimedOptimum !== null && optimalCost !== claimedOptimum)
    fail(`lowerBound.optimalChoice costs ${optimalCost}, not the claimed width ${claimedOptimum}`);
  const each = `each of the ${p} boundary hyperplane(s) needs its own channel (Theorem 4.2)`;
  if (count === 0) return [`${each}: at least ${p} units`];
  return [
    `${each}, and all ${count} ways to serve them with fewer than ${bound - p} extra units cost ` +
      `at least ${bound}`,
  ];
}

// ---- LEN lower bound ------------------------------------------------------------------------

interface OrbitFacts {
  lines: Rational[][];
  kinks: Rational[][];
  representative: Rational[];
  channelOrbit: Rational[][];
  stabiliser: string[];
  opposite: boolean;
  cost: number;
  sum: Rational[];
  kink: Rational[];
}

function orbitFacts(
  cf: CanonicalForm,
  group: MatrixGroup,
  hidden: 'any' | 'regular',
): OrbitFacts[] {
  const indexOfLine = new Map(cf.hyperplanes.map((h, i) => [vectorKey(h.normal), i]));
  const used = new Set<number>();
  const facts: OrbitFacts[] = [];
  cf.hyperplanes.forEach((h, i) => {
    if (used.has(i)) return;
    const lines = lineOrbit(group, h.normal, 'contragredient').points;
    const kinks = lines.map((line) => {
      const j = indexOfLine.get(vectorKey(line));
      if (j === undefined) fail('the boundary hyperplanes of the target are not G-stable');
      used.add(j);
      return cf.hyperplanes[j]!.kink;
    });
    const o = orbit(group, h.normal, 'contragredient');
    const neg = vectorKey(scaleVector(h.normal, Rational.MINUS_ONE));
    let sum = h.normal.map(() => Rational.ZERO);
    for (const v of o.points) sum = sum.map((x, c) => x.add(v[c]!));
    facts.push({
      lines,
      kinks,
      representative: h.normal,
      channelOrbit: o.points,
      stabiliser: o.stabiliser.map((e) => matrixKey(group.elements[e]!.input)),
      opposite: o.points.some((v) => vectorKey(v) === neg),
      cost: hidden === 'any' ? o.points.length : group.elements.length,
      sum,
      kink: h.kink,
    });
  });
  return facts;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const s = new Set(a);
  return a.length === b.length && s.size === new Set(b).size && b.every((x) => s.has(x));
}

function lenCost(
  cf: CanonicalForm,
  facts: readonly OrbitFacts[],
  choice: readonly string[],
  remainderCost: number,
): number {
  let r: Rational[][] = cf.linear.map((row) => [...row]);
  const both: Rational[][] = [];
  let cost = 0;
  facts.forEach((o, j) => {
    const c = choice[j];
    cost += c === 'both' ? 2 * o.cost : o.cost;
    if (c === 'both') both.push(o.sum);
    if (c === '+' || c === '-')
      r = minus(r, outer(c === '+' ? o.kink : scaleVector(o.kink, Rational.MINUS_ONE), o.sum));
  });
  return cost + remainderCost * rankModulo(r, both);
}

function checkLenLowerBound(
  lb: Record<string, unknown>,
  cf: CanonicalForm,
  group: MatrixGroup,
  hidden: 'any' | 'regular',
  bound: number,
  claimedOptimum: number | null,
): string[] {
  if (lb.method !== 'len-orbit-enumeration')
    fail(`lowerBound.method: expected "len-orbit-enumeration", got ${JSON.stringify(lb.method)}`);
  if (lb.hidden !== hidden)
    fail(`lowerBound.hidden is ${JSON.stringify(lb.hidden)}, the claim is about "${hidden}"`);
  const facts = orbitFacts(cf, group, hidden);
  const listed = expectArray(lb.hyperplaneOrbits, 'lowerBound.hyperplaneOrbits');
  if (listed.length !== facts.length)
    fail(
      `lowerBound.hyperplaneOrbits lists ${listed.length} orbits, the checker finds ` +
        `${facts.length}`,
    );
  const keys = (vs: unknown, where: string) =>
    expectArray(vs, where).map((v, i) => vectorKey(parseVectorText(v, `${where}[${i}]`)));
  listed.forEach((item, j) => {
    const where = `lowerBound.hyperplaneOrbits[${j}]`;
    const o = expectObject(item, where);
    const f = facts[j]!;
    if (
      !vectorsEqual(parseVectorText(o.representative, `${where}.representative`), f.representative)
    )
      fail(`${where}.representative is not the checker's`);
    if (!sameSet(keys(o.lines, `${where}.lines`), f.lines.map(vectorKey)))
      fail(`${where}.lines is not the orbit of the representative hyperplane`);
    const kinks = expectArray(o.kinks, `${where}.kinks`);
    if (
      kinks.length !== f.kinks.length ||
      kinks.some((x, i) => !vectorsEqual(parseVectorText(x, `${where}.kinks[${i}]`), f.kinks[i]!))
    )
      fail(`${where}.kinks are not the target's kinks on those hyperplanes`);
    if (!sameSet(keys(o.channelOrbit, `${where}.channelOrbit`), f.channelOrbit.map(vectorKey)))
      fail(`${where}.channelOrbit is not G.n`);
    const stab = expectArray(o.stabiliser, `${where}.stabiliser`).map((m, i) =>
      matrixKey(parseRationalMatrix(m, `${where}.stabiliser[${i}]`)),
    );
    if (!sameSet(stab, f.stabiliser)) fail(`${where}.stabiliser is not the stabiliser of n`);
    if (o.oppositeInOrbit !== f.opposite) fail(`${where}.oppositeInOrbit should be ${f.opposite}`);
    if (o.orbitCost !== f.cost)
      fail(
        `${where}.orbitCost says ${JSON.stringify(o.orbitCost)}, a channel orbit there costs ` +
          `${f.cost}`,
      );
    if (!vectorsEqual(parseVectorText(o.orbitSum, `${where}.orbitSum`), f.sum))
      fail(`${where}.orbitSum is not the sum of G.n`);
  });
  if (!matricesEqual(parseRationalMatrix(lb.linearPart, 'lowerBound.linearPart'), cf.linear))
    fail("lowerBound.linearPart is not the target's linear part");
  const remainderCost = hidden === 'any' ? 2 : 2 * group.elements.length;
  if (lb.remainderCost !== remainderCost)
    fail(
      `lowerBound.remainderCost says ${JSON.stringify(lb.remainderCost)}, it is ${remainderCost}`,
    );

  const enumerated = expectCount(lb.choicesEnumerated, 'lowerBound.choicesEnumerated');
  const optimalChoice = expectArray(lb.optimalChoice, 'lowerBound.optimalChoice');
  if (enumerated === 0 && optimalChoice.length === 0) {
    // Orbit-count mode: each hyperplane orbit needs a channel orbit, and LEN lies within GN.
    const total = facts.reduce((s, f) => s + f.cost, 0);
    const gnBound = expectCount(lb.gnWidthLowerBound, 'lowerBound.gnWidthLowerBound');
    assertGnChoicesCostAtLeast(cf, gnBound);
    const order = group.elements.length;
    let lower = Math.max(total, gnBound);
    if (hidden === 'regular' && lower % order !== 0) lower += order - (lower % order);
    if (lower < bound) fail(`counting gives only ${lower} units, less than ${bound}`);
    if (lb.optimalCost !== lower) {
      fail(
        `lowerBound.optimalCost says ${JSON.stringify(lb.optimalCost)}, counting gives ${lower}`,
      );
    }
    if (claimedOptimum !== null && lower !== claimedOptimum) {
      fail(`counting gives ${lower}, not the claimed width ${claimedOptimum}`);
    }
    return [
      `each of ${facts.length} hyperplane orbit(s) needs a channel orbit (${total} units) and ` +
        `the ` +
        `least GN width is at least ${gnBound}: at least ${lower} units`,
    ];
  }
  if (!hasTrivialOutput(group)) {
    fail('lowerBound: the choice enumeration applies to invariant outputs only');
  }

  const free = facts.map((f, j) => (f.opposite ? -1 : j)).filter((j) => j >= 0);
  const count = 3 ** free.length;
  if (count > CHECKER_MAX_CHOICES)
    fail(`lowerBound needs ${count} choices enumerated, over the checker's limit`);
  if (enumerated !== count)
    fail(`lowerBound.choicesEnumerated says ${enumerated}, the checker enumerates ${count}`);
  for (let mask = 0; mask < count; mask++) {
    const choice: string[] = facts.map((f) => (f.opposite ? 'symmetric' : '+'));
    let rest = mask;
    for (const j of free) {
      choice[j] = ['+', '-', 'both'][rest % 3]!;
      rest = (rest - (rest % 3)) / 3;
    }
    const cost = lenCost(cf, facts, choice, remainderCost);
    if (cost < bound)
      fail(`the orbit choice [${choice.join(', ')}] costs ${cost} < ${bound} units`);
  }
  const optimal = expectArray(lb.optimalChoice, 'lowerBound.optimalChoice');
  const allowed = (s: unknown, j: number) =>
    facts[j]!.opposite ? s === 'symmetric' : s === '+' || s === '-' || s === 'both';
  if (optimal.length !== facts.length || !optimal.every(allowed))
    fail(
      'lowerBound.optimalChoice: expected "symmetric" where -n is in G.n and "+", "-" or "both" ' +
        'elsewhere',
    );
  const optimalCost = lenCost(cf, facts, optimal as string[], remainderCost);
  if (lb.optimalCost !== optimalCost)
    fail(
      `lowerBound.optimalCost says ${JSON.stringify(lb.optimalCost)}, the optimal choice costs ` +
        `${optimalCost}`,
    );
  if (claimedOptimum !== null && optimalCost !== claimedOptimum)
    fail(`lowerBound.optimalChoice costs ${optimalCost}, not the claimed width ${claimedOptimum}`);
  const costs = facts.map((f) => f.cost).join(' + ');
  return [
    `the ${facts.length} hyperplane orbit(s) each need a channel orbit (${costs} units); all ` +
      `${count} choice(s) of +, - or both orbits, with ${remainderCost} units per rank of ` +
      `linear remainder, cost at least ${bound} units (${hidden} hidden action)`,
  ];
}

// ---- claims ---------------------------------------------------------------------------------

/**
 * The fields a certificate may have. Unknown fields are refused rather than skipped, so that
 * nothing a reader sees in a certificate has gone unchecked (the free texts `description` and
 * `statement` are the only unchecked fields, and are documented as such).
 */
const TOP_LEVEL_FIELDS = ['format', 'version', 'description', 'group', 'target', 'claims'];
const CLAIM_FIELDS = [
  'id',
  'kind',
  'class',
  'hidden',
  'width',
  'statement',
  'realisation',
  'lowerBound',
];

/**
 * The claim in words, read from its data (kind, class, hidden, width) and never from its free
 * `statement` text, so a verdict always names what was actually checked.
 */
function claimFromData(claim: Record<string, unknown>): string {
  const cls = typeof claim.class === 'string' ? claim.class : '?';
  const hidden =
    cls === 'LEN' && typeof claim.hidden === 'string' ? ` (${claim.hidden} hidden action)` : '';
  const width = JSON.stringify(claim.width);
  switch (claim.kind) {
    case 'leastWidth':
      return `least ${cls} width${hidden} is ${width}`;
    case 'notInClass':
      return `the target is not in ${cls}_${width}${hidden}`;
    case 'widthAtMost':
      return `${cls} width${hidden} is at most ${width}`;
    default:
      return `claim of unknown kind ${JSON.stringify(claim.kind)}`;
  }
}

function checkClaim(
  value: unknown,
  index: number,
  target: Network,
  cf: CanonicalForm,
  group: MatrixGroup,
): ClaimVerdict {
  const claim =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const id = typeof claim.id === 'string' ? claim.id : `claims[${index}]`;
  const statement = claimFromData(claim);
  const messages: string[] = [];
  try {
    if (value !== claim) fail('expected an object');
    const unknown = Object.keys(claim).find((key) => !CLAIM_FIELDS.includes(key));
    if (unknown !== undefined) fail(`${unknown}: unknown field (a checker ignores nothing)`);
    const { kind, class: cls, hidden: hiddenValue } = claim;
    if (kind !== 'leastWidth' && kind !== 'notInClass' && kind !== 'widthAtMost')
      fail(`kind: unknown claim kind ${JSON.stringify(kind)}`);
    if (cls !== 'GN' && cls !== 'GEN' && cls !== 'LEN')
      fail(`class: expected "GN", "GEN" or "LEN", got ${JSON.stringify(cls)}`);
    if (cls !== 'LEN' && hiddenValue !== undefined)
      fail(`hidden: only LEN claims have a hidden convention, this is a ${cls} claim`);
    const hidden = cls === 'LEN' ? hiddenValue : null;
    if (cls === 'LEN' && hidden !== 'any' && hidden !== 'regular')
      fail(`hidden: expected "any" or "regular", got ${JSON.stringify(hiddenValue)}`);
    const width = expectCount(claim.width, 'width');

    if (cls !== 'GN') {
      const why = equivarianceFailure(target, group);
      if (why) fail(why);
      messages.push('the target is G-equivariant (checked on every generator)');
    }
    if (kind !== 'notInClass') {
      checkRealisation(
        claim.realisation,
        target,
        cf,
        group,
        cls,
        width,
        hidden as 'any' | 'regular' | null,
      );
      messages.push(
        `a realisation of width ${width} computes the ` +
          `target${cls === 'LEN' ? ' with valid hidden permutations' : ''}`,
      );
    }
    if (kind !== 'widthAtMost') {
      const lb = expectObject(claim.lowerBound, 'lowerBound');
      const bound = kind === 'leastWidth' ? width : width + 1;
      const optimum = kind === 'leastWidth' ? width : null;
      messages.push(
        ...(cls === 'LEN'
          ? checkLenLowerBound(lb, cf, group, hidden as 'any' | 'regular', bound, optimum)
          : checkGnLowerBound(lb, cf, bound, optimum)),
      );
    }
    return { id, statement, valid: true, messages };
  } catch (error) {
    if (error instanceof ClaimFailure || error instanceof InputError) {
      return { id, statement, valid: false, messages: [`claim "${id}" fails: ${error.message}`] };
    }
    throw error;
  }
}

/**
 * Re-derives every claim of a width certificate.
 * @example checkCertificate(JSON.parse(text)).valid
 * @param json the parsed certificate
 * @param source where it came from (a file name), for error messages
 * @returns per-claim verdicts; `valid` only when every claim holds and the header is sound
 * @throws InputError when the document is not a symrelu certificate or its target network
 *   cannot be read
 */
function checkCertificate(json: unknown, source = 'certificate'): CertificateVerdict {
  const root = expectObject(json, source);
  if (root.format !== CERTIFICATE_FORMAT) {
    throw new InputError(
      `${source}: format`,
      `expected "${CERTIFICATE_FORMAT}", got ${JSON.stringify(root.format)}`,
    );
  }
  const unknown = Object.keys(root).find((key) => !TOP_LEVEL_FIELDS.includes(key));
  if (unknown !== undefined) {
    throw new InputError(
      `${source}: ${unknown}`,
      `unknown field (expected ${TOP_LEVEL_FIELDS.join(', ')})`,
    );
  }
  if (root.version !== CERTIFICATE_VERSION) {
    return {
      valid: false,
      problems: [
        `version: unsupported version ${JSON.stringify(root.version)} (this checker reads ` +
          `version ${CERTIFICATE_VERSION})`,
      ],
      claims: [],
    };
  }
  const target = parseNetwork(root.target, `${source}: target`);
  const claims = expectArray(root.claims, `${source}: claims`);

  let group: MatrixGroup;
  const problems: string[] = [];
  try {
    const read = readGroup(root.group);
    group = read.group;
    if (read.claimedOrder !== group.elements.length)
      problems.push(
        `group.order says ${JSON.stringify(read.claimedOrder)}, the generators close to a group ` +
          `of order ${group.elements.length}`,
      );
    if (group.inputDim !== target.inputDim)
      problems.push(
        `group acts on Q^${group.inputDim}, the target's inputs are in Q^${target.inputDim}`,
      );
    if (group.outputDim !== null && group.outputDim !== target.outputDim)
      problems.push(
        `group acts on Q^${group.outputDim} outputs, the target's are in Q^${target.outputDim}`,
      );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { valid: false, problems: [`group: ${error.message}`], claims: [] };
  }
  if (problems.length > 0) return { valid: false, problems, claims: [] };

  const cf = canonicalForm(target);
  const verdicts = claims.map((c, i) => checkClaim(c, i, target, cf, group));
  const ids = verdicts.map((v) => v.id);
  const duplicate = ids.find((x, i) => ids.indexOf(x) !== i);
  if (duplicate !== undefined) problems.push(`claims: the id "${duplicate}" is used twice`);
  if (claims.length === 0) problems.push('claims: the certificate makes no claim');
  return {
    valid: problems.length === 0 && verdicts.every((v) => v.valid),
    problems,
    claims: verdicts,
  };
}

export { checkCertificate, CHECKER_MAX_CHOICES };
export type { CertificateVerdict, ClaimVerdict };
