/**
 * # The independent certificate checker
 *
 * Defines `checkCertificate(json)`: re-derives every claim of a width certificate (format in
 * `certificate.ts`, docs/certificates.md) and returns a verdict per claim with messages. It
 * imports nothing from `theory/` or from the builder: only exact scalars, linear algebra, the
 * group closure and actions, and network canonical forms. So a reader can convince themselves
 * of a certificate by reading this file and the `checker/` folder beside it alone.
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

import { InputError } from '../scalar/parseRational.ts';
import { expectArray, expectObject, expectOptionalText } from '../scalar/parseJson.ts';
import type { MatrixGroup } from '../group/matrixGroup.ts';
import { canonicalForm, type CanonicalForm } from '../network/canonicalForm.ts';
import { parseNetwork } from '../network/parseNetwork.ts';
import type { Network } from '../network/network.ts';
import { CERTIFICATE_FORMAT, CERTIFICATE_VERSION } from './certificate.ts';
import {
  CHECKER_MAX_CHOICES,
  ClaimFailure,
  fail,
  expectCount,
  showValue,
} from './checker/checkerBasics.ts';
import { readGroup } from './checker/readCertificateGroup.ts';
import { equivarianceFailure } from './checker/equivarianceFailure.ts';
import { checkRealisation } from './checker/checkRealisation.ts';
import { checkGnLowerBound } from './checker/checkGnLowerBound.ts';
import { checkLenLowerBound } from './checker/checkLenLowerBound.ts';

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
  const width = showValue(claim.width);
  switch (claim.kind) {
    case 'leastWidth':
      return `least ${cls} width${hidden} is ${width}`;
    case 'notInClass':
      return `the target is not in ${cls}_${width}${hidden}`;
    case 'widthAtMost':
      return `${cls} width${hidden} is at most ${width}`;
    default:
      return `claim of unknown kind ${showValue(claim.kind)}`;
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
      fail(`kind: unknown claim kind ${showValue(kind)}`);
    if (cls !== 'GN' && cls !== 'GEN' && cls !== 'LEN')
      fail(`class: expected "GN", "GEN" or "LEN", got ${showValue(cls)}`);
    if (cls !== 'LEN' && hiddenValue !== undefined)
      fail(`hidden: only LEN claims have a hidden convention, this is a ${cls} claim`);
    const hidden = cls === 'LEN' ? hiddenValue : null;
    if (cls === 'LEN' && hidden !== 'any' && hidden !== 'regular')
      fail(`hidden: expected "any" or "regular", got ${showValue(hiddenValue)}`);
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
      `expected "${CERTIFICATE_FORMAT}", got ${showValue(root.format)}`,
    );
  }
  const unknown = Object.keys(root).find((key) => !TOP_LEVEL_FIELDS.includes(key));
  if (unknown !== undefined) {
    throw new InputError(
      `${source}: ${unknown}`,
      `unknown field (expected ${TOP_LEVEL_FIELDS.join(', ')})`,
    );
  }
  expectOptionalText(root.description, `${source}: description`);
  if (root.version !== CERTIFICATE_VERSION) {
    return {
      valid: false,
      problems: [
        `version: unsupported version ${showValue(root.version)} (this checker reads ` +
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
        `group.order says ${showValue(read.claimedOrder)}, the generators close to a group ` +
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
