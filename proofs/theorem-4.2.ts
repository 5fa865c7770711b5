/**
 * # Theorem 4.2 on the Figure 2 network
 *
 * Runnable check of Theorem 4.2 (MATH.md section 2) on the paper's Figure 2 network
 * s(a, b) = relu(a) + relu(-b) + relu(b - a): a line M through the origin is a boundary
 * hyperplane iff, for v not in M, `sum_{i : alpha_i ⊥ M} beta_i |<alpha_i, v>| != 0`.
 *
 * Both sides are computed independently and exactly, for every channel line and for lines
 * carrying no channel: the right side from the channels, the left side from the function
 * itself, by comparing the feature function `Phi_F` (Figure 2) at two rational points on either
 * side of M, close enough to a point of M that no other channel line separates them. The
 * script also prints `Phi_F` on each of the six linear regions (the content of Figure 2) and
 * shows the trap of the wrong variant with relu in place of |.| on relu(x) - relu(-x) = x.
 * Exit 0 when both sides agree on every line, 1 otherwise.
 *
 * Run: `npx tsx proofs/theorem-4.2.ts`.
 */

import { fileURLToPath, pathToFileURL } from 'node:url';
import { Rational } from '../src/scalar/rational.ts';
import { dot, matricesEqual, type Vector } from '../src/linalg/matrix.ts';
import { lineNormal } from '../src/group/action.ts';
import { parseNetwork } from '../src/network/parseNetwork.ts';
import type { Network } from '../src/network/network.ts';
import { featureFunction, relu } from '../src/network/evaluate.ts';
import { readJsonFile } from '../src/cli/io.ts';
import { linearRegions } from '../src/picture/linearRegions.ts';
import type { ProofRun } from './example-5.1.ts';

const TARGET = fileURLToPath(new URL('../examples/figure2.json', import.meta.url));

const v = (...xs: number[]): Rational[] => xs.map((x) => Rational.of(x));
const show = (x: Vector): string => `(${x.map((c) => c.toString()).join(', ')})`;

/** Theorem 4.2's test quantity for the line with normal n, at a point v off it. */
function theoremSum(
  net: Network,
  n: Vector,
  off: Vector,
  kernel: (t: Rational) => Rational,
): Rational[] {
  const sum = Array<Rational>(net.outputDim).fill(Rational.ZERO);
  for (const { alpha, beta } of net.channels) {
    // alpha ⊥ M means alpha is parallel to the normal n of M.
    const parallel =
      alpha[0]!.mul(n[1]!).equals(alpha[1]!.mul(n[0]!)) && alpha.some((x) => !x.isZero());
    if (!parallel) continue;
    const t = kernel(dot(alpha, off));
    for (let r = 0; r < sum.length; r++) sum[r] = sum[r]!.add(beta[r]!.mul(t));
  }
  return sum;
}

/**
 * Whether F fails to be linear across the line with normal n: Phi_F differs at `p + e n` and
 * `p - e n` for a point p on the line off every other channel line, with e small enough that
 * no channel line other than n's separates the two points.
 */
function kinksAcross(net: Network, n: Vector): boolean {
  const along = [n[1]!.neg(), n[0]!];
  const others = net.channels
    .map((c) => c.alpha)
    .filter((a) => !a[0]!.mul(n[1]!).equals(a[1]!.mul(n[0]!)));
  let e = Rational.ONE;
  // On p = along, every other channel form is nonzero; shrink e below each |<a, p>| / |<a, n>|.
  for (const a of others) {
    const an = dot(a, n).abs();
    if (an.isZero()) continue;
    const bound = dot(a, along).abs().div(an).mul(Rational.HALF);
    if (bound.compare(e) < 0) e = bound;
  }
  const plus = along.map((x, i) => x.add(n[i]!.mul(e)));
  const minus = along.map((x, i) => x.sub(n[i]!.mul(e)));
  return !matricesEqual(featureFunction(net, plus), featureFunction(net, minus));
}

function run(): ProofRun {
  const net = parseNetwork(readJsonFile(TARGET), TARGET);
  const lines = [`Theorem 4.2 on the Figure 2 network (${TARGET})`];
  let ok = true;

  const candidates = new Map<string, Rational[]>();
  for (const n of [...net.channels.map((c) => c.alpha), v(1, 1), v(1, 2), v(2, -1)]) {
    const normal = lineNormal(n);
    candidates.set(normal.join(','), normal);
  }
  for (const n of candidates.values()) {
    const off = n; // <n, n> > 0, so n itself is not on the line n^perp
    const sum = theoremSum(net, n, off, (t) => t.abs());
    const byTheorem = sum.some((x) => !x.isZero());
    const byFunction = kinksAcross(net, n);
    ok &&= byTheorem === byFunction;
    lines.push(
      `  line ${show(n)}^perp: sum beta_i |<alpha_i, v>| = ${show(sum)}, ` +
        `${byTheorem ? 'boundary' : 'not boundary'} by Theorem 4.2; Phi_F ` +
        `${byFunction ? 'jumps' : 'does not jump'} across ` +
        `it${byTheorem === byFunction ? '' : '  DISAGREE'}`,
    );
  }

  lines.push('  Figure 2: Phi_F = (dF/da, dF/db) on the six linear regions, counter-clockwise:');
  for (const region of linearRegions(net).regions) {
    lines.push(`    from ray ${show(region.rays![0])}: Phi_F = ${show(region.gradient[0]!)}`);
  }

  const cancelling: Network = {
    inputDim: 2,
    outputDim: 1,
    channels: [
      { alpha: v(1, 0), beta: v(1) },
      { alpha: v(-1, 0), beta: v(-1) },
    ],
  };
  const wrong = theoremSum(cancelling, v(1, 0), v(1, 0), relu);
  const right = theoremSum(cancelling, v(1, 0), v(1, 0), (t) => t.abs());
  const trapOk = !wrong[0]!.isZero() && right[0]!.isZero() && !kinksAcross(cancelling, v(1, 0));
  ok &&= trapOk;
  lines.push(
    `  relu(a) - relu(-a) = a: the relu variant gives ${wrong[0]}, the |.| sum gives ` +
      `${right[0]}; ` +
      `a = 0 is ${kinksAcross(cancelling, v(1, 0)) ? '' : 'not '}a boundary hyperplane`,
  );
  lines.push(ok ? 'checked: Theorem 4.2 holds on every line tried' : 'NOT checked: see DISAGREE');
  return { ok, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, lines } = run();
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
}

export { run };
