/**
 * # The certificate format (version 1)
 *
 * Defines the JSON shape of a symrelu certificate: a self-contained document holding a finite
 * group (its generator matrices), a target network, and claims about the target's least width
 * in the classes GN, GEN and LEN (MATH.md sections 1 and 4; Example 5.1 of the paper), each
 * with the data a checker needs to re-derive it. `docs/certificates.md` documents every field.
 * Every scalar is a string (`"3"`, `"-1/2"`), so a certificate passes through JSON exactly.
 *
 * Main types:
 * - `Certificate`: `{ format: "symrelu-certificate", version: 1, group, target, claims }`.
 * - `Claim`: one of
 *   - `leastWidth` (class GN, GEN or LEN; for LEN a hidden convention `any` or `regular`): the
 *     least width is `width`; carries a `realisation` of that width and a `lowerBound`;
 *   - `notInClass`: no network of the class with width <= `width` computes the target; carries
 *     a `lowerBound` only;
 *   - `widthAtMost`: a realisation of width `width` exists (an upper bound, when the least
 *     width is not known exactly).
 * - `GnLowerBound`: the boundary hyperplanes (Theorem 4.2: each needs its own channel), the
 *   linear part W, and the outcome of enumerating every way of serving the hyperplanes (per
 *   hyperplane: one unit with sign +1 or -1, or two units) with the cost of each.
 * - `LenLowerBound`: the hyperplane orbits with their channel orbits, stabilisers and costs
 *   (the orbit-counting argument), and the outcome of enumerating the choices "+ orbit,
 *   - orbit, or both" per orbit with the cost of the G-fixed linear remainder.
 *
 * The builder (`buildCertificate.ts`) fills these from the width searches; the checker
 * (`checkCertificate.ts`) reads them back with nothing but exact arithmetic and the group and
 * network basics, so the two share only this file's types.
 */

/** The value of the `format` field. */
const CERTIFICATE_FORMAT = 'symrelu-certificate';

/** The format version this code writes and reads. */
const CERTIFICATE_VERSION = 1;

/** An exact rational written as `"n"` or `"p/q"`. */
type ScalarText = string;
type VectorText = ScalarText[];
type MatrixText = VectorText[];

/** A network in the channels form of `parseNetwork` (every scalar a string). */
interface NetworkJson {
  inputDim: number;
  outputDim: number;
  channels: { alpha: VectorText; beta: VectorText }[];
}

/** The group by its generators; `order` is a claim the checker re-derives by closure. */
interface GroupJson {
  name: string;
  order: number;
  generators: { input: MatrixText; output: MatrixText | null }[];
}

type WidthClass = 'GN' | 'GEN' | 'LEN';

/** Which hidden permutation representations a LEN may use (MATH.md section 1). */
type HiddenConvention = 'any' | 'regular';

/** How one boundary hyperplane is served in a GN: a single unit of sign +1/-1, or two units. */
type HyperplaneService = '+' | '-' | 'double';

/** How one hyperplane orbit is served in a LEN (`symmetric`: the +n and -n orbits coincide). */
type OrbitService = '+' | '-' | 'both' | 'symmetric';

interface HyperplaneJson {
  /** Primitive integer normal n_l, first nonzero entry positive. */
  normal: VectorText;
  /** The kink c_l in Q^k. */
  kink: VectorText;
}

/**
 * Lower bound for GN (and GEN) width. A network serving hyperplane l with one unit of sign s
 * contributes s c_l n_l^T to the linear part; two or more units contribute any u n_l^T; units
 * on other lines come in pairs and contribute one rank-one term per pair. So every choice
 * costs `p + (#double) + 2 rank(residual modulo the doubled normals)`, and the least width is
 * the least cost over all choices.
 */
interface GnLowerBound {
  method: 'gn-hyperplane-enumeration';
  /** The boundary hyperplanes of the target, sorted as in its canonical form. */
  hyperplanes: HyperplaneJson[];
  /** The linear part W (k x d) of the target's canonical form. */
  linearPart: MatrixText;
  /** Number of choices examined (all with at most `width - 1 - p` doubled hyperplanes). */
  choicesEnumerated: number;
  /** A cheapest choice, one entry per hyperplane. */
  optimalChoice: HyperplaneService[];
  /** Its cost, which equals the least width. */
  optimalCost: number;
  /** The argument in words, e.g. why p and p + 1 fail for a scalar target. */
  reason: string;
}

interface HyperplaneOrbitJson {
  /** Representative primitive normal n (the first of the orbit in canonical order). */
  representative: VectorText;
  /** The primitive normals of the hyperplanes in the orbit (contragredient action). */
  lines: VectorText[];
  /** The target's kink on each of those hyperplanes. */
  kinks: VectorText[];
  /** The oriented channel orbit G.n (contragredient action), n first. */
  channelOrbit: VectorText[];
  /** The stabiliser of the oriented vector n, as input matrices rho_in(g). */
  stabiliser: MatrixText[];
  /** Whether -n lies in G.n (then the +n and -n channel orbits coincide). */
  oppositeInOrbit: boolean;
  /** Units in one channel orbit on these hyperplanes: |G.n| (any) or |G| (regular). */
  orbitCost: number;
  /** sigma = sum of the points of G.n: one orbit with output weight b adds (b/2) sigma^T. */
  orbitSum: VectorText;
}

/**
 * Lower bound for LEN width (the orbit-counting argument of MATH.md section 4). Enumeration
 * mode (invariant output): each hyperplane orbit is served by the channel orbit of +n, of -n,
 * or both; a linear remainder that the "both" orbits cannot absorb costs `remainderCost` per
 * rank. Orbit-count mode (any output action): every hyperplane orbit needs a channel orbit, and
 * the LEN width is at least the GN width.
 */
interface LenLowerBound {
  method: 'len-orbit-enumeration';
  hidden: HiddenConvention;
  hyperplaneOrbits: HyperplaneOrbitJson[];
  /** The linear part W of the target. */
  linearPart: MatrixText;
  /** Units per rank of linear remainder: 2 (any) or 2|G| (regular). */
  remainderCost: number;
  choicesEnumerated: number;
  optimalChoice: OrbitService[];
  optimalCost: number;
  /**
   * Orbit-count mode (`choicesEnumerated` 0, `optimalChoice` empty, used for equivariant
   * outputs): a lower bound on the least GN width, re-derived by the GN enumeration; the LEN
   * bound is then max(sum of orbit costs, this), rounded up to a multiple of |G| if regular.
   */
  gnWidthLowerBound?: number;
  reason: string;
}

type LowerBound = GnLowerBound | LenLowerBound;

interface Realisation {
  network: NetworkJson;
  /**
   * For LEN: per group generator, the hidden permutation as images (`permutations[g][i]` is
   * pi_g(i), 0-based), with alpha_{pi_g(i)} = rho_in(g)^{-T} alpha_i and
   * beta_{pi_g(i)} = rho_out(g) beta_i.
   */
  permutations?: number[][];
}

interface LeastWidthClaim {
  id: string;
  kind: 'leastWidth';
  class: WidthClass;
  hidden?: HiddenConvention;
  width: number;
  /** One-line statement for people, e.g. "least LEN width (any hidden action) is 6". */
  statement: string;
  realisation: Realisation;
  lowerBound: LowerBound;
}

interface NotInClassClaim {
  id: string;
  kind: 'notInClass';
  class: WidthClass;
  hidden?: HiddenConvention;
  /** The target is computed by no network of the class of width <= this. */
  width: number;
  statement: string;
  lowerBound: LowerBound;
}

interface WidthAtMostClaim {
  id: string;
  kind: 'widthAtMost';
  class: WidthClass;
  hidden?: HiddenConvention;
  width: number;
  statement: string;
  realisation: Realisation;
}

type Claim = LeastWidthClaim | NotInClassClaim | WidthAtMostClaim;

interface Certificate {
  format: typeof CERTIFICATE_FORMAT;
  version: typeof CERTIFICATE_VERSION;
  /** What the certificate is about, for people; not checked. */
  description: string;
  group: GroupJson;
  target: NetworkJson;
  claims: Claim[];
}

export { CERTIFICATE_FORMAT, CERTIFICATE_VERSION };
export type {
  Certificate,
  Claim,
  LeastWidthClaim,
  NotInClassClaim,
  WidthAtMostClaim,
  LowerBound,
  GnLowerBound,
  LenLowerBound,
  HyperplaneOrbitJson,
  HyperplaneJson,
  Realisation,
  NetworkJson,
  GroupJson,
  WidthClass,
  HiddenConvention,
  HyperplaneService,
  OrbitService,
  ScalarText,
  VectorText,
  MatrixText,
};
