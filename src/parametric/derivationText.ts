/**
 * # Plain-text and JSON renderings of a parametric derivation
 *
 * Defines `formatDerivation` (what `symrelu derive` prints) and `derivationToJson` (its
 * `--json`). A list of disjoint cases reads as a disjunction: `for no parameter value` when
 * empty, `for every parameter value` when it is the one case without conditions (cases that our
 * exact tools prove to cover everything are merged into that one by `mergeCases`). Within a
 * case, the answer is `throughout this case`, `for no parameter value in this case` or the
 * conditions. Channels are numbered from 0, as in the JSON files. Every exact value is written
 * as a string
 * (`"1/2"`, `"t - 1"`) that the parsers read back. The text shows a condition factored when that
 * is shorter (`(t - 1)^2 > 0`, by `factorPolynomial`, verified); the JSON keeps the expanded
 * polynomial.
 */

import type { Rational } from '../scalar/rational.ts';
import type { Polynomial } from './polynomial.ts';
import type { ParametricForm, ParametricLine } from './parametricCanonicalForm.ts';
import {
  caseKey,
  caseStatements,
  describeCaseFactored,
  type ParameterCase,
} from './parameterCase.ts';
import type { Derivation, DerivedCase } from './derivation.ts';

/** How many LEN witness cases the text output lists. */
const MAX_WITNESS_LINES = 4;

function vectorText(v: readonly (Polynomial | Rational)[]): string {
  return `(${v.map((x) => x.toString()).join(', ')})`;
}

function disjunctionText(cases: readonly ParameterCase[]): string {
  if (cases.length === 0) return 'for no parameter value';
  if (cases.length === 1 && caseStatements(cases[0]!).length === 0) {
    return 'for every parameter value';
  }
  if (cases.length === 1) return describeCaseFactored(cases[0]!);
  return cases.map((c) => `(${describeCaseFactored(c)})`).join(' or ');
}

/** The answer within case `c`: where it holds, given as disjoint cases inside c. */
function withinCaseText(found: readonly ParameterCase[], c: ParameterCase): string {
  if (found.length === 0) return 'for no parameter value in this case';
  if (found.length === 1 && caseKey(found[0]!) === caseKey(c)) return 'throughout this case';
  return disjunctionText(found);
}

/**
 * `channel 2 has zero channel vector here`, or `channels 0 and 2 have zero channel vectors
 * here`, for channel numbers already in the rendering's convention.
 * @param numbers the channel numbers as they are to be printed (at least one)
 */
function zeroChannelSentence(numbers: readonly number[]): string {
  if (numbers.length === 1) return `channel ${numbers[0]} has zero channel vector here`;
  const list = `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  return `channels ${list} have zero channel vectors here`;
}

function pointText(point: ReadonlyMap<string, Rational>): string {
  return [...point].map(([v, x]) => `${v} = ${x.toString()}`).join(', ') || 'no parameters';
}

function lineText(l: ParametricLine): string {
  const kink = l.kink.length === 1 ? `(${l.kink[0]!.toString()})` : vectorText(l.kink);
  const unit = l.denominator.toString() === '1';
  return `${kink}${unit ? '' : ` / (${l.denominator.toString()})`} |<${vectorText(l.normal)}, x>|`;
}

function formText(form: ParametricForm): string[] {
  const lines = [`  linear part W = [${form.linear.map(vectorText).join(', ')}]`];
  if (form.lines.length === 0) lines.push('  no boundary hyperplanes');
  for (const l of form.lines) lines.push(`  + ${lineText(l)}`);
  if (form.zeroChannels.length > 0) lines.push(`  ${zeroChannelSentence(form.zeroChannels)}`);
  return lines;
}

function caseText(c: DerivedCase, index: number, net: Derivation): string[] {
  const sample = c.sample
    ? `sample point ${pointText(c.sample)}`
    : 'no sample point found: kept, feasibility undecided';
  const out = [
    `case ${index + 1}: ${describeCaseFactored(c.case)}    [${sample}]`,
    ...formText(c.form),
  ];
  if (net.group && c.equivariance) {
    let line = `  G-equivariant: ${withinCaseText(c.equivariance, c.case)}`;
    const w = c.equivarianceAtSample;
    if (w && !w.equivariant && c.sample) {
      line +=
        `; at the sample, generator ${w.generator} and x = ${vectorText(w.x)} give ` +
        `${vectorText(w.left)} != ${vectorText(w.right)}`;
    }
    out.push(line);
  }
  if (net.group && c.len) {
    const answer = withinCaseText(
      c.len.cases.map((x) => x.case),
      c.case,
    );
    let line = `  LEN (this parametrisation): ${answer}`;
    if (!c.len.complete) line += ' (search cap reached: further cases may exist)';
    const w = c.lenAtSample;
    if (w && !w.len)
      line +=
        `; at the sample, generator ${w.generator} maps channel ${w.channel} ` +
        'to a pair no channel has';
    out.push(line);
  }
  return out;
}

function formatDerivation(d: Derivation): string {
  const net = d.network;
  const params = net.parameters.length ? net.parameters.join(', ') : 'none';
  const out = [
    `parametric network Q^${net.inputDim} -> Q^${net.outputDim}, ` +
      `width ${net.channels.length}, parameters: ${params}`,
    d.cases.length === 1
      ? 'canonical form: 1 case, covering all rational parameter values'
      : `canonical form: ${d.cases.length} disjoint cases covering all rational parameter values`,
  ];
  d.cases.forEach((c, i) => out.push(...caseText(c, i, d)));
  for (const h of d.hyperplanes) {
    out.push(
      `hyperplane <${vectorText(h.normal)}, x> = 0 is a boundary hyperplane: ` +
        disjunctionText(h.boundary),
    );
  }
  if (d.group && d.equivariant)
    out.push(`${d.group.name}-equivariant: ${disjunctionText(d.equivariant)}`);
  if (d.group && d.len) {
    const text = disjunctionText(d.len.condition);
    out.push(
      `LEN under ${d.group.name} (this parametrisation): ${text}` +
        (d.len.complete ? '' : ' (incomplete search)'),
    );
    for (const c of d.len.cases.slice(0, MAX_WITNESS_LINES)) {
      const perms = c.permutations.map((p) => `[${p.join(' ')}]`).join(', ');
      out.push(`  witness when ${describeCaseFactored(c.case)}: hidden permutations ${perms}`);
    }
    if (d.len.cases.length > MAX_WITNESS_LINES) {
      out.push(`  (${d.len.cases.length - MAX_WITNESS_LINES} more witness cases in --json)`);
    }
  }
  return out.join('\n');
}

function caseJson(c: ParameterCase): object {
  return {
    statements: caseStatements(c),
    solved: Object.fromEntries([...c.substitution].map(([v, p]) => [v, p.toString()])),
    conditions: c.conditions.map((x) => ({
      polynomial: x.poly.toString(),
      signs: signsJson(x.signs),
    })),
  };
}

function signsJson(s: number): string[] {
  return [s & 1 ? 'negative' : '', s & 2 ? 'zero' : '', s & 4 ? 'positive' : ''].filter(
    (x) => x !== '',
  );
}

function derivationToJson(d: Derivation): object {
  return {
    parameters: d.network.parameters,
    group: d.group?.name ?? null,
    cases: d.cases.map((c) => ({
      case: caseJson(c.case),
      sample: c.sample && Object.fromEntries([...c.sample].map(([v, x]) => [v, x.toString()])),
      linear: c.form.linear.map((row) => row.map((x) => x.toString())),
      hyperplanes: c.form.lines.map((l) => ({
        normal: l.normal.map((x) => x.toString()),
        kink: l.kink.map((x) => x.toString()),
        kinkDenominator: l.denominator.toString(),
        channels: l.channels,
      })),
      zeroChannels: c.form.zeroChannels,
      equivariant: c.equivariance?.map(caseJson) ?? null,
      equivarianceAtSample: c.equivarianceAtSample,
      len: c.len && {
        cases: c.len.cases.map((x) => ({ case: caseJson(x.case), permutations: x.permutations })),
        complete: c.len.complete,
      },
      lenAtSample: c.lenAtSample,
    })),
    hyperplanes: d.hyperplanes.map((h) => ({
      normal: h.normal.map((x) => x.toString()),
      boundary: h.boundary.map(caseJson),
      notBoundary: h.notBoundary.map(caseJson),
    })),
    equivariant: d.equivariant?.map(caseJson) ?? null,
    len: d.len && {
      condition: d.len.condition.map(caseJson),
      cases: d.len.cases.map((x) => ({ case: caseJson(x.case), permutations: x.permutations })),
      complete: d.len.complete,
    },
  };
}

export { formatDerivation, derivationToJson, disjunctionText, zeroChannelSentence };
