/**
 * # Example 5.1, certified
 *
 * Runnable proof of the paper's Example 5.1 (MATH.md section 5): for G = {I, P, -I, -P} acting
 * on Q^2 and s(a, b) = relu(a) + relu(-b) + relu(b - a), the least GN and GEN width is 3, the
 * least LEN width is 6 with any permutation hidden layer (so s is not in LEN_5) and 8 with
 * regular hidden layers only. The certificate is built by the width searches and re-checked by
 * the independent checker after a round trip through JSON text; the script exits 0 when every
 * claim holds and the widths are the paper's, 1 otherwise.
 *
 * Run: `npx tsx proofs/example-5.1.ts`.
 */

import { fileURLToPath, pathToFileURL } from 'node:url';
import { presetGroup } from '../src/group/presets.ts';
import { parseNetwork } from '../src/network/parseNetwork.ts';
import { readJsonFile } from '../src/cli/io.ts';
import { buildCertificate } from '../src/certificate/buildCertificate.ts';
import { checkCertificate } from '../src/certificate/checkCertificate.ts';

interface ProofRun {
  readonly ok: boolean;
  readonly lines: string[];
}

const TARGET = fileURLToPath(new URL('../examples/figure2.json', import.meta.url));

/** The paper's numbers: claim id -> width. */
const EXPECTED: Readonly<Record<string, number>> = {
  gn: 3,
  gen: 3,
  'len-any': 6,
  'not-in-len-5': 5,
  'len-regular': 8,
};

function run(): ProofRun {
  const target = parseNetwork(readJsonFile(TARGET), TARGET);
  const group = presetGroup('klein4');
  const certificate = buildCertificate(target, group);
  const verdict = checkCertificate(JSON.parse(JSON.stringify(certificate)));
  const lines = [
    `Example 5.1: G = ${group.name} (order ${group.elements.length}), target ${TARGET}`,
  ];
  let ok = verdict.valid;
  for (const [i, claim] of certificate.claims.entries()) {
    const checked = verdict.claims[i]?.valid ?? false;
    const expected = EXPECTED[claim.id];
    const matches = expected === claim.width;
    ok &&= checked && matches;
    lines.push(
      `  ${checked ? 'checked' : 'REJECTED'}  ${claim.statement}` +
        (matches ? '' : ` (the paper says ${expected ?? 'nothing about this claim'})`),
    );
  }
  const missing = Object.keys(EXPECTED).filter(
    (id) => !certificate.claims.some((c) => c.id === id),
  );
  if (missing.length > 0) {
    ok = false;
    lines.push(`  missing claims: ${missing.join(', ')}`);
  }
  lines.push(
    ok
      ? 'proved: s is in GEN_3 but not in LEN_5; least LEN width 6 (any), 8 (regular)'
      : 'NOT proved',
  );
  return { ok, lines };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, lines } = run();
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exitCode = ok ? 0 : 1;
}

export { run };
export type { ProofRun };
