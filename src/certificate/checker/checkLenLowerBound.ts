/**
 * # Checking a LEN lower bound
 *
 * Checks the LEN lower-bound data (MATH.md section 4, the orbit-counting argument): hyperplane
 * orbits, channel orbits, stabilisers, orbit costs and sums are recomputed, and every
 * "+, - or both" choice is enumerated for invariant outputs.
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import { Rational } from '../../scalar/rational.ts';
import { expectArray, expectObject, parseRationalMatrix } from '../../scalar/parseJson.ts';
import { matricesEqual, scaleVector, vectorsEqual } from '../../linalg/matrix.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { lineOrbit, orbit, vectorKey } from '../../group/action.ts';
import type { CanonicalForm } from '../../network/canonicalForm.ts';
import {
  CHECKER_MAX_CHOICES,
  fail,
  matrixKey,
  parseVectorText,
  expectCount,
  showValue,
} from './checkerBasics.ts';
import { hasTrivialOutput } from './equivarianceFailure.ts';
import { assertGnChoicesCostAtLeast, minus, outer, rankModulo } from './checkGnLowerBound.ts';

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
    fail(`lowerBound.method: expected "len-orbit-enumeration", got ${showValue(lb.method)}`);
  if (lb.hidden !== hidden)
    fail(`lowerBound.hidden is ${showValue(lb.hidden)}, the claim is about "${hidden}"`);
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
        `${where}.orbitCost says ${showValue(o.orbitCost)}, a channel orbit there costs ` +
          `${f.cost}`,
      );
    if (!vectorsEqual(parseVectorText(o.orbitSum, `${where}.orbitSum`), f.sum))
      fail(`${where}.orbitSum is not the sum of G.n`);
  });
  if (!matricesEqual(parseRationalMatrix(lb.linearPart, 'lowerBound.linearPart'), cf.linear))
    fail("lowerBound.linearPart is not the target's linear part");
  const remainderCost = hidden === 'any' ? 2 : 2 * group.elements.length;
  if (lb.remainderCost !== remainderCost)
    fail(`lowerBound.remainderCost says ${showValue(lb.remainderCost)}, it is ${remainderCost}`);

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
      fail(`lowerBound.optimalCost says ${showValue(lb.optimalCost)}, counting gives ${lower}`);
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
      `lowerBound.optimalCost says ${showValue(lb.optimalCost)}, the optimal choice costs ` +
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

export { checkLenLowerBound };
