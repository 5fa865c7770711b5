/**
 * # Lemma 6.1 on Example 5.1: symmetrisation compensates
 *
 * Runnable check of Lemma 6.1 and its refinement (MATH.md section 6) on Example 5.1: the
 * symmetrisation of the width-3 GN realisation s(a, b) = relu(a) + relu(-b) + relu(b - a)
 * under G = {I, P, -I, -P} is a LEN with regular hidden layer of width |G| * 3 = 12 that
 * computes s (s is G-invariant), and merging units on the same open ray gives a LEN of width 6,
 * the least LEN width of Example 5.1. Both networks are compared with s by canonical forms and
 * their LEN witnesses (hidden permutations) come from `symmetrise`. Exit 0 when widths 12 and 6
 * come out and both compute s, 1 otherwise.
 *
 * Run: `npx tsx proofs/lemma-6.1.ts`.
 */

import { fileURLToPath, pathToFileURL } from 'node:url';
import { presetGroup } from '../src/group/presets.ts';
import { parseNetwork } from '../src/network/parseNetwork.ts';
import { readJsonFile } from '../src/cli/io.ts';
import { symmetrise } from '../src/theory/equivariance/symmetrise.ts';
import type { ProofRun } from './example-5.1.ts';

const TARGET = fileURLToPath(new URL('../examples/figure2.json', import.meta.url));

function run(): ProofRun {
  const net = parseNetwork(readJsonFile(TARGET), TARGET);
  const group = presetGroup('klein4');
  const full = symmetrise(net, group);
  const merged = symmetrise(net, group, { merge: true });
  const widthFull = full.network.channels.length;
  const widthMerged = merged.network.channels.length;
  const ok =
    widthFull === group.elements.length * net.channels.length &&
    widthFull === 12 &&
    widthMerged === 6 &&
    full.sameFunction.equal &&
    merged.sameFunction.equal &&
    full.inputEquivariant;
  const lines = [
    `Lemma 6.1 on Example 5.1 (${TARGET}, G = ${group.name}, |G| = ${group.elements.length})`,
    `  symmetrisation: width ${widthFull} = |G| * ${net.channels.length}, a LEN with ` +
      `${full.layerwise.convention} hidden layer (${full.layerwise.orbits.length} orbits), ` +
      `${full.sameFunction.equal ? 'computes s' : 'does NOT compute s'}`,
    `  merged along rays: width ${widthMerged}, a LEN with ${merged.layerwise.convention} hidden ` +
      `layer (${merged.layerwise.orbits.length} orbits), ` +
      `${merged.sameFunction.equal ? 'computes s' : 'does NOT compute s'}`,
    ok
      ? 'checked: GEN_3 is inside LEN_12, and for s merging reaches the least LEN width 6'
      : 'NOT checked',
  ];
  return { ok, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, lines } = run();
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
}

export { run };
