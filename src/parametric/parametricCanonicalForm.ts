/**
 * # The canonical form of a parametric network, as an exact case split
 *
 * Defines `parametricCanonicalForm(net)`: a finite list of pairwise disjoint cases covering all
 * rational parameter values, each with the canonical form `W x + sum_l c_l |<n_l, x>|` of
 * MATH.md section 2 valid throughout it. The form depends on the parameters only through
 * (a) which channel vectors are zero, (b) which are parallel, (c) the orientation of each
 * channel relative to its line, and (d) which kinks vanish, so the split decides exactly those:
 *
 * 1. per channel, the first nonzero coordinate j of `alpha_i` and its sign `sigma_i`
 *    (conditions `alpha_i[c] = 0` for c < j, then `alpha_i[j] < 0` or `> 0`);
 * 2. per pair with the same j, parallel or not: all 2x2 minors
 *    `alpha_i[j] alpha_r[c] - alpha_r[j] alpha_i[c]` vanish, or the first nonvanishing one;
 * 3. per line, its kink numerator `K = (1/2) sum sigma_i alpha_i[j] beta_i` zero or not.
 *
 * On a line with representative `alpha_r`, put `n = sigma_r alpha_r` (first nonzero entry
 * positive). Since `|<alpha_i, x>| = (|alpha_i[j]| / n[j]) |<n, x>|`, the line's term is
 * `(K / n[j]) |<n, x>|`; when n is constant it is rescaled to the primitive integer normal of
 * `canonicalForm`, and the kink becomes `K / n[j]` for that normal. Otherwise `n[j] > 0` in the
 * case, and when it divides every entry of K exactly (`Polynomial.exactQuotient`, checked by
 * multiplying back) the term is written with the quotient, `(a2*b1) / (a2)` as `b1`.
 * W = (1/2) sum beta_i alpha_i^T needs no split. Every branch is pruned by `restrictCase`, so
 * equations are solved where that is decidable; at the end cases with equal forms are merged
 * (`mergeCases`). Lines with a constant normal come first, in `canonicalForm`'s order
 * (`compareVectors` on the primitive normals), then the parametric ones in channel order.
 *
 * Extra *probe* channels (output weight 0) may be passed: they change no form, but the split
 * then also decides whether each probe lies on each line. `boundaryHyperplaneConditions` uses a
 * probe to decide when a given hyperplane is a boundary hyperplane (Theorem 4.2).
 */

import { Rational } from '../scalar/rational.ts';
import { lineNormal } from '../group/action.ts';
import { compareVectors, type CanonicalForm } from '../network/canonicalForm.ts';
import { Polynomial } from './polynomial.ts';
import type { ParametricNetwork } from './parametricNetwork.ts';
import {
  NEGATIVE,
  NONZERO,
  POSITIVE,
  ZERO,
  inCase,
  mergeCases,
  restrictCase,
  rootCase,
  type ParameterCase,
} from './parameterCase.ts';

interface ParametricLine {
  /** Normal n, first nonzero entry (index `pivot`) positive in this case. */
  readonly normal: Polynomial[];
  readonly pivot: number;
  /** Kink numerator: the term is `kink / denominator * |<normal, x>|`. */
  readonly kink: Polynomial[];
  /**
   * `normal[pivot]`, positive in this case; the constant 1 when the normal is constant or when
   * `normal[pivot]` divides the kink exactly (the kink is then the quotient).
   */
  readonly denominator: Polynomial;
  /** Indices of the channels on this line (probes included, numbered after the channels). */
  readonly channels: number[];
}

interface ParametricForm {
  readonly linear: Polynomial[][];
  /** Lines with nonzero kink: the boundary hyperplanes in this case. */
  readonly lines: ParametricLine[];
  /** Probe index to the line it lies on, if that line is a boundary hyperplane, else null. */
  readonly probes: (number | null)[];
  /** Channels that are zero vectors in this case. */
  readonly zeroChannels: number[];
}

interface FormCase {
  readonly case: ParameterCase;
  readonly form: ParametricForm;
}

interface Pivot {
  readonly j: number;
  readonly sigma: 1 | -1;
}

interface Partial {
  readonly case: ParameterCase;
  readonly pivots: (Pivot | null)[];
  /** Each line: its channel indices, the first one the representative. */
  readonly lines: number[][];
}

function restrictAll(cases: ParameterCase[], polys: Polynomial[], signs: number): ParameterCase[] {
  let out = cases;
  for (const p of polys) out = out.flatMap((c) => restrictCase(c, p, signs));
  return out;
}

/** Branches `first nonzero of polys is nonzero` as a disjoint union, in order. */
function someNonzero(c: ParameterCase, polys: Polynomial[]): ParameterCase[] {
  const out: ParameterCase[] = [];
  let zeroSoFar = [c];
  for (const p of polys) {
    for (const z of zeroSoFar) out.push(...restrictCase(z, p, NONZERO));
    zeroSoFar = zeroSoFar.flatMap((z) => restrictCase(z, p, ZERO));
  }
  return out;
}

function pivotBranches(c: ParameterCase, alpha: readonly Polynomial[]) {
  const out: { case: ParameterCase; pivot: Pivot | null }[] = [];
  let zeroSoFar = [c];
  alpha.forEach((p, j) => {
    for (const z of zeroSoFar) {
      for (const x of restrictCase(z, p, NEGATIVE)) out.push({ case: x, pivot: { j, sigma: -1 } });
      for (const x of restrictCase(z, p, POSITIVE)) out.push({ case: x, pivot: { j, sigma: 1 } });
    }
    zeroSoFar = zeroSoFar.flatMap((z) => restrictCase(z, p, ZERO));
  });
  for (const z of zeroSoFar) out.push({ case: z, pivot: null });
  return out;
}

function minors(a: readonly Polynomial[], r: readonly Polynomial[], j: number): Polynomial[] {
  const out: Polynomial[] = [];
  for (let c = j + 1; c < a.length; c++) out.push(a[j]!.mul(r[c]!).sub(r[j]!.mul(a[c]!)));
  return out;
}

/** Places channel i on an existing line (from index `from`) or on a new one, all branches. */
function placeChannel(
  p: Partial,
  alphas: readonly Polynomial[][],
  i: number,
  from: number,
): Partial[] {
  const pivot = p.pivots[i]!;
  for (let l = from; l < p.lines.length; l++) {
    const r = p.lines[l]![0]!;
    if (p.pivots[r]!.j !== pivot.j) continue;
    const ms = minors(alphas[i]!, alphas[r]!, pivot.j).map((m) => inCase(p.case, m));
    const joined = restrictAll([p.case], ms, ZERO).map((c) => ({
      case: c,
      pivots: p.pivots,
      lines: p.lines.map((line, x) => (x === l ? [...line, i] : line)),
    }));
    const apart = someNonzero(p.case, ms).flatMap((c) =>
      placeChannel({ ...p, case: c }, alphas, i, l + 1),
    );
    return [...joined, ...apart];
  }
  return [{ ...p, lines: [...p.lines, [i]] }];
}

/** The ratios `n[c] / n[j]` when every entry is a constant multiple of `n[j]`, else null. */
function constantDirection(n: readonly Polynomial[], j: number): Rational[] | null {
  const lead = n[j]!.leadingCoefficient();
  const out: Rational[] = [];
  for (const x of n) {
    const r = x.leadingCoefficient().div(lead);
    if (!x.equals(n[j]!.scale(r))) return null;
    out.push(r);
  }
  return out;
}

function buildLine(
  c: ParameterCase,
  pivots: readonly (Pivot | null)[],
  channels: number[],
  alphas: Polynomial[][],
  betas: Polynomial[][],
): ParametricLine {
  const r = channels[0]!;
  const { j, sigma: sr } = pivots[r]!;
  const k = betas[0]?.length ?? 0;
  let kink = Array.from({ length: k }, () => Polynomial.ZERO);
  for (const i of channels) {
    const w = inCase(c, alphas[i]![j]!).scale(Rational.of(pivots[i]!.sigma, 2));
    kink = kink.map((x, o) => x.add(w.mul(inCase(c, betas[i]![o]!))));
  }
  const n = alphas[r]!.map((x) => inCase(c, x).scale(Rational.of(sr)));
  const direction = constantDirection(n, j);
  if (direction === null) {
    // n[j] > 0 throughout the case, so dividing by it exactly changes no value.
    const quotients = kink.map((x) => x.exactQuotient(n[j]!));
    if (quotients.every((x) => x !== null)) {
      return { normal: n, pivot: j, kink: quotients, denominator: Polynomial.ONE, channels };
    }
    return { normal: n, pivot: j, kink, denominator: n[j]!, channels };
  }

  // n = n[j] u with u constant and n[j] > 0, so |<n, x>| = (n[j] / normal[j]) |<normal, x>|.
  const normal = lineNormal(direction);
  const scale = normal[j]!.inv();
  return {
    normal: normal.map((x) => Polynomial.constant(x)),
    pivot: j,
    kink: kink.map((x) => x.scale(scale)),
    denominator: Polynomial.ONE,
    channels,
  };
}

/** The primitive normal of a line when it is parameter-free, else null. */
function constantNormal(l: ParametricLine): Rational[] | null {
  const values = l.normal.map((x) => x.constantValue());
  return values.every((x) => x !== null) ? (values as Rational[]) : null;
}

/** Constant normals first, ordered as `canonicalForm` orders them; parametric ones after. */
function compareLines(a: ParametricLine, b: ParametricLine): number {
  const na = constantNormal(a);
  const nb = constantNormal(b);
  if (na === null || nb === null) return (na === null ? 1 : 0) - (nb === null ? 1 : 0);
  return compareVectors(na, nb);
}

function formKey(f: ParametricForm): string {
  const w = f.linear.map((row) => row.map((x) => x.key()).join(',')).join(';');
  const lineKey = (l: ParametricLine): string =>
    [l.normal, l.kink, [l.denominator]].map((v) => v.map((x) => x.key()).join(',')).join('/');
  const lines = f.lines.map(lineKey).sort();
  const probes = f.probes.map((x) => (x === null ? '-' : lineKey(f.lines[x]!))).join(',');
  return `${w}#${lines.join('#')}#${probes}`;
}

/**
 * The canonical form of a parametric network as a case split.
 * @param net the parametric network
 * @param options `start`: a case to split within (default: all parameter values); `probes`:
 *   extra channel vectors (output weight 0) whose lines are to be decided too; `merge`: whether
 *   to merge cases with equal forms (default true)
 * @returns disjoint cases covering `start`, each with its form
 */
function parametricCanonicalForm(
  net: ParametricNetwork,
  options: { start?: ParameterCase; probes?: Polynomial[][]; merge?: boolean } = {},
): FormCase[] {
  const probes = options.probes ?? [];
  const m = net.channels.length;
  const alphas = [...net.channels.map((c) => [...c.alpha]), ...probes];
  const zeroBeta = Array.from({ length: net.outputDim }, () => Polynomial.ZERO);
  const betas = [...net.channels.map((c) => [...c.beta]), ...probes.map(() => zeroBeta)];

  let partials: Partial[] = [
    { case: options.start ?? rootCase(net.parameters), pivots: [], lines: [] },
  ];
  alphas.forEach((alpha, i) => {
    partials = partials.flatMap((p) =>
      pivotBranches(
        p.case,
        alpha.map((x) => inCase(p.case, x)),
      ).flatMap(({ case: c, pivot }) => {
        const next = { case: c, pivots: [...p.pivots, pivot], lines: p.lines };
        return pivot === null ? [next] : placeChannel(next, alphas, i, 0);
      }),
    );
  });

  const results: FormCase[] = [];
  for (const p of partials) {
    type State = { case: ParameterCase; kept: number[][] };
    let states: State[] = [{ case: p.case, kept: [] }];
    for (const channels of p.lines) {
      states = states.flatMap((s) => {
        const { kink } = buildLine(s.case, p.pivots, channels, alphas, betas);
        const zero = restrictAll([s.case], kink, ZERO).map((c) => ({ ...s, case: c }));
        const kept = someNonzero(s.case, kink).map((c) => ({
          case: c,
          kept: [...s.kept, channels],
        }));
        return [...zero, ...kept];
      });
    }
    for (const s of states) {
      const linear = Array.from({ length: net.outputDim }, (_, o) =>
        Array.from({ length: net.inputDim }, (_, x) => {
          let sum = Polynomial.ZERO;
          for (let i = 0; i < m; i++) sum = sum.add(betas[i]![o]!.mul(alphas[i]![x]!));
          return inCase(s.case, sum.scale(Rational.HALF));
        }),
      );
      const zeroChannels = p.pivots.flatMap((x, i) => (x === null && i < m ? [i] : []));
      // Built in the final case: later restrictions may have solved more parameters.
      const lines = s.kept
        .map((channels) => buildLine(s.case, p.pivots, channels, alphas, betas))
        .sort(compareLines);
      const probeLines = probes.map((_, q) => {
        const l = lines.findIndex((line) => line.channels.includes(m + q));
        return l < 0 ? null : l;
      });
      results.push({ case: s.case, form: { linear, lines, probes: probeLines, zeroChannels } });
    }
  }
  if (options.merge === false) return results;
  return mergeCases(
    results.map((r) => ({ case: r.case, payload: r.form })),
    formKey,
  ).map((x) => ({ case: x.case, form: x.payload }));
}

/** The exact canonical-form data of a case at a parameter point (for checks and displays). */
function evaluateForm(form: ParametricForm, point: ReadonlyMap<string, Rational>): CanonicalForm {
  const linear = form.linear.map((row) => row.map((x) => x.evaluate(point)));
  const hyperplanes = form.lines.map((l) => {
    const n = l.normal.map((x) => x.evaluate(point));
    const normal = lineNormal(n);
    const den = l.denominator.evaluate(point);
    // |<n, x>| = (n[j] / normal[j]) |<normal, x>| with both pivots positive.
    const factor = n[l.pivot]!.div(normal[l.pivot]!).div(den);
    return { normal, kink: l.kink.map((x) => x.evaluate(point).mul(factor)) };
  });
  hyperplanes.sort((a, b) => compareVectors(a.normal, b.normal));
  return { inputDim: linear[0]?.length ?? 0, outputDim: linear.length, linear, hyperplanes };
}

export { parametricCanonicalForm, evaluateForm, formKey };
export type { FormCase, ParametricForm, ParametricLine };
