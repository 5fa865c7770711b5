/**
 * # Property: width certificates verify, and single-field mutations are rejected
 *
 * Claim (the project's certificate contract, MATH.md sections 4 and 5): a certificate built by
 * `buildCertificate` for a target and a group is accepted by the independent checker after a
 * JSON round trip; and changing one mathematical field (a claimed width, one scalar of the
 * target, of a realisation, or of a group generator) makes the checker reject it, either by a
 * verdict `valid: false` or by a located `InputError`, never by another exception.
 *
 * A mutation that leaves every claim true is not held against the checker: a weaker width
 * ("not in LEN_0" for "not in LEN_1", found by a soak run with seed 1859519493 on the target
 * `|x|` under the trivial group; "width at most w + 1" for "width at most w"); a target or
 * realisation scalar whose network still computes the same function (say, a channel vector
 * with output weight 0) and, for a LEN realisation, still satisfies its hidden permutations; or
 * a generator changed into another group of the same order for which the product's search
 * finds the same claims and every LEN realisation is still layer-wise equivariant (seeds 7 and
 * 8 found such cases: for the zero target, B4's 3-cycle-with-sign changed into another element
 * of order 6, and -I into diag(1, -1)).
 */

import fc from 'fast-check';
import { Rational } from '../../scalar/rational.ts';
import { InputError, parseRational } from '../../scalar/parseRational.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import { parseNetwork } from '../../network/parseNetwork.ts';
import { generateGroup, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { buildCertificate } from '../../certificate/buildCertificate.ts';
import { checkCertificate } from '../../certificate/checkCertificate.ts';
import { groupArbitrary, type GroupArbitraryOptions } from '../arbitraries/groupArbitrary.ts';
import { channelMultisetInvariant } from '../arbitraries/equivarianceOracles.ts';
import { networkArbitrary } from '../arbitraries/networkArbitrary.ts';
import { genArbitrary } from '../arbitraries/structuredNetworkArbitraries.ts';
import { expectThat, type Statement } from '../statement.ts';

/**
 * Largest input dimension with a permutation (vector) output. On Q^4 (k = 4) with an order-24
 * group one case took 5 to 34 s (vector GN search, two LEN searches, the checker, and a rebuild
 * after a group mutation): at `--runs 200 --seed 7` two such cases took 21 of the statement's
 * 23 s, unloaded. The same code paths run on Q^3 with k = 3; Q^4 keeps trivial and sign outputs.
 */
const VECTOR_OUTPUT_MAX_DIM = 3;

interface CertificateInput {
  readonly group: MatrixGroup;
  readonly network: Network;
  /** Which mutation site to change (taken modulo the number of sites). */
  readonly site: number;
  readonly delta: number;
}

type Json = Record<string, unknown>;

interface Site {
  readonly label: string;
  /** The object holding the field, the field name, and the network it belongs to, if any. */
  readonly holder: Json | unknown[];
  readonly key: string | number;
  readonly network: Json | null;
  readonly claim: Json | null;
}

function scalarSites(
  holder: unknown[],
  label: string,
  network: Json | null,
  claim: Json | null,
): Site[] {
  return holder.map((_, i) => ({ label: `${label}[${i}]`, holder, key: i, network, claim }));
}

function networkSites(net: Json, label: string, claim: Json | null): Site[] {
  const channels = (net.channels as Json[]) ?? [];
  return channels.flatMap((c, j) => [
    ...scalarSites(c.alpha as unknown[], `${label}.channels[${j}].alpha`, net, claim),
    ...scalarSites(c.beta as unknown[], `${label}.channels[${j}].beta`, net, claim),
  ]);
}

function mutationSites(cert: Json): Site[] {
  const sites: Site[] = [];
  const claims = cert.claims as Json[];
  claims.forEach((claim, i) => {
    sites.push({ label: `claims[${i}].width`, holder: claim, key: 'width', network: null, claim });
    const real = claim.realisation as Json | undefined;
    if (real)
      sites.push(...networkSites(real.network as Json, `claims[${i}].realisation.network`, claim));
  });
  sites.push(...networkSites(cert.target as Json, 'target', null));
  const gens = (cert.group as Json).generators as Json[];
  gens.forEach((g, i) =>
    (g.input as unknown[][]).forEach((row, r) =>
      sites.push(...scalarSites(row, `group.generators[${i}].input[${r}]`, null, null)),
    ),
  );
  return sites;
}

function parseNet(json: Json): Network {
  return parseNetwork(json, 'mutated network');
}

function permutationsStillHold(group: MatrixGroup, net: Network, claim: Json | null): boolean {
  if (!claim || claim.class !== 'LEN') return true;
  return channelMultisetInvariant(group, net);
}

function claimSummary(cert: Json): string {
  return JSON.stringify(
    (cert.claims as Json[]).map((c) => [c.kind, c.class, c.hidden ?? '', c.width]),
  );
}

function groupMutationHarmless(cert: Json, mutated: Json, target: Network): boolean {
  const gens = (mutated.group as Json).generators as {
    input: unknown[][];
    output: unknown[][] | null;
  }[];
  let group: MatrixGroup;
  try {
    const specs = gens.map((g, i) => ({
      input: g.input.map((row, r) =>
        row.map((x, c) => parseRational(x, `generators[${i}].input[${r}][${c}]`)),
      ),
      output: g.output
        ? g.output.map((row, r) =>
            row.map((x, c) => parseRational(x, `generators[${i}].output[${r}][${c}]`)),
          )
        : null,
    }));
    group = generateGroup(specs, { maxOrder: 1000 }, 'mutated group');
  } catch {
    return false;
  }
  if (group.elements.length !== (cert.group as Json).order) return false;
  const rebuilt = JSON.parse(JSON.stringify(buildCertificate(target, group))) as Json;
  if (claimSummary(rebuilt) !== claimSummary(cert)) return false;
  return (cert.claims as Json[]).every((c) => {
    if (c.class !== 'LEN' || !c.realisation) return true;
    return channelMultisetInvariant(group, parseNet((c.realisation as Json).network as Json));
  });
}

function checkCertificates({ group, network, site, delta }: CertificateInput): void {
  const cert = JSON.parse(JSON.stringify(buildCertificate(network, group))) as Json;
  const verdict = checkCertificate(cert);
  expectThat(
    verdict.valid,
    () =>
      `a built certificate is rejected: ` +
      JSON.stringify(verdict.problems.concat(verdict.claims.flatMap((c) => c.messages))),
  );

  const mutated = JSON.parse(JSON.stringify(cert)) as Json;
  const sites = mutationSites(mutated);
  const s = sites[site % sites.length]!;
  const holder = s.holder as Record<string | number, unknown>;
  const before = holder[s.key];
  const originalNetwork = s.network
    ? parseNet(JSON.parse(JSON.stringify(s.network)) as Json)
    : null;
  if (typeof before === 'number') holder[s.key] = before + (delta === 0 ? 1 : delta);
  else
    holder[s.key] = parseRational(before, s.label)
      .add(Rational.of(delta === 0 ? 1 : delta))
      .toString();

  let rejected: boolean;
  try {
    rejected = !checkCertificate(mutated).valid;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    rejected = true;
  }
  if (rejected) return;
  if (s.key === 'width' && s.claim) {
    // A weaker claim stays true: "not in class_w" for a smaller w, "width at most w" for a
    // larger one. A least width changed either way is false.
    const after = holder[s.key] as number;
    const weaker =
      (s.claim.kind === 'notInClass' && after >= 0 && after < (before as number)) ||
      (s.claim.kind === 'widthAtMost' && after > (before as number));
    expectThat(
      weaker,
      `the checker accepts the certificate with ${s.label} (${String(s.claim.kind)}) ` +
        `changed from ${String(before)} to ${String(after)}`,
    );
    return;
  }
  if (s.label.startsWith('group.')) {
    expectThat(
      groupMutationHarmless(cert, mutated, network),
      `the checker accepts the certificate with ${s.label} changed from ${String(before)} ` +
        `to ${String(holder[s.key])}, and the claims fail for that group`,
    );
    return;
  }
  const harmless =
    s.network !== null &&
    originalNetwork !== null &&
    functionallyEqual(parseNet(s.network), originalNetwork).equal &&
    permutationsStillHold(group, parseNet(s.network), s.claim);
  expectThat(
    harmless,
    `the checker accepts the certificate with ${s.label} changed from ${String(before)} ` +
      `to ${String(holder[s.key])}`,
  );
}

function certificatesStatement(groups: GroupArbitraryOptions = {}): Statement<CertificateInput> {
  const site = fc.nat({ max: 10_000 });
  const delta = fc.constantFrom(1, -1, 2);
  const bounded = { maxPermutationOutputDim: VECTOR_OUTPUT_MAX_DIM, ...groups };
  const equivariant = genArbitrary(bounded).map(({ group, network }) => ({ group, network }));
  const random = groupArbitrary(bounded).chain((group) =>
    networkArbitrary(group.inputDim, group.outputDim ?? 1, { maxWidth: 3, maxHardCases: 1 }).map(
      (network) => ({ group, network }),
    ),
  );
  return {
    name: 'certificates',
    reference: 'MATH.md sections 4-5, width certificates (docs/certificates.md)',
    claim: 'built certificates verify; changing one width or scalar makes the checker reject them',
    arbitrary: fc
      .tuple(fc.oneof(equivariant, random), site, delta)
      .map(([pair, s, d]) => ({ ...pair, site: s, delta: d })),
    check: checkCertificates,
  };
}

export { certificatesStatement, checkCertificates };
export type { CertificateInput };
