/**
 * # Checking a GN/GEN lower bound
 *
 * Checks the GN/GEN lower-bound data (MATH.md section 4): the listed hyperplanes and linear
 * part are the target's, and every cheaper way of serving the hyperplanes is enumerated and
 * shown to cost at least the bound.
 * Part of the independent checker (`../checkCertificate.ts`): imports no search code.
 */

import { Rational } from '../../scalar/rational.ts';
import { expectArray, expectObject, parseRationalMatrix } from '../../scalar/parseJson.ts';
import {
  matricesEqual,
  rank,
  scaleVector,
  vectorsEqual,
  type Matrix,
  type Vector,
} from '../../linalg/matrix.ts';
import type { CanonicalForm } from '../../network/canonicalForm.ts';
import {
  CHECKER_MAX_CHOICES,
  fail,
  parseVectorText,
  expectCount,
  showValue,
} from './checkerBasics.ts';

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
    fail(`lowerBound.method: expected "gn-hyperplane-enumeration", got ${showValue(lb.method)}`);
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
      `lowerBound.choicesEnumerated says ${showValue(lb.choicesEnumerated)}, the checker ` +
        `enumerates ${count}`,
    );
  assertGnChoicesCostAtLeast(cf, bound);

  const optimal = expectArray(lb.optimalChoice, 'lowerBound.optimalChoice');
  if (optimal.length !== p || optimal.some((s) => s !== '+' && s !== '-' && s !== 'double'))
    fail('lowerBound.optimalChoice: expected "+", "-" or "double" per hyperplane');
  const optimalCost = gnCost(cf, optimal as string[]);
  if (lb.optimalCost !== optimalCost)
    fail(
      `lowerBound.optimalCost says ${showValue(lb.optimalCost)}, the optimal choice costs ` +
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

export { checkGnLowerBound, assertGnChoicesCostAtLeast, minus, outer, rankModulo };
