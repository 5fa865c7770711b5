/**
 * # The LaTeX derivation of a certificate
 *
 * Defines `buildDerivation(certificate, options)`: an amsmath/amsthm article that states the
 * example (the group with its generators and elements, the target, its canonical form and
 * boundary hyperplanes, Definition 4.1 and Theorem 4.2), shows the target is G-equivariant
 * (Theorem 4.3), lists the hyperplane orbits with their stabilisers and channel orbits (Theorem
 * 4.6, the contragredient action), and then proves every claim of the certificate: the least
 * GN and GEN widths (MATH.md section 4, with realisation and hyperplane-enumeration lower bound)
 * and the least LEN widths for any and for regular hidden layers (realisation, hidden
 * permutations, and the orbit-counting lower bound), ending with the separation `GEN_w` versus
 * `LEN_{w'-1}` of Example 5.1 when the certificate contains one.
 *
 * It is generated from the certificate object alone (plus re-derived facts: group closure,
 * canonical forms, equivariance), so `symrelu certify` produces a derivation for any target and
 * group. Every number is exact (`exactLatex`, long integers breakable); every formula is
 * recorded so callers can check each one with KaTeX; sums are inline formulas so TeX can break
 * them. Text from the certificate (names, statements, reasons) is escaped.
 */

import { Rational } from '../scalar/rational.ts';
import { parseRational } from '../scalar/parseRational.ts';
import { matVec } from '../linalg/matrix.ts';
import { generateGroup, outputMatrix, type MatrixGroup } from '../group/matrixGroup.ts';
import { parseNetwork } from '../network/parseNetwork.ts';
import type { Network } from '../network/network.ts';
import { canonicalForm, canonicalFormsEqual } from '../network/canonicalForm.ts';
import { isEquivariant } from '../theory/equivariance/isEquivariant.ts';
import type {
  Certificate,
  Claim,
  GnLowerBound,
  LenLowerBound,
  LowerBound,
  Realisation,
} from '../certificate/certificate.ts';
import { escapeLatex } from './escapeLatex.ts';
import { formulaRecorder, type FormulaRecorder } from './formulaRecorder.ts';
import { latexDocument, latexFragment } from './latexDocument.ts';
import { displaySum } from './breakFormulas.ts';
import {
  canonicalFormTerms,
  cyclesLatex,
  exactLatex,
  linearFormLatex,
  matrixLatex,
  networkTerms,
  tupleLatex,
  variableNames,
} from './latexFormulas.ts';

interface DerivationOptions {
  /**
   * PNG figure files to include (names as written next to the document), with captions; taken
   * two by two, each pair one numbered figure (left and right panel).
   */
  readonly figures?: readonly { file: string; caption: string }[];
  /** A sentence explaining the figures' line styles, appended to every caption. */
  readonly legend?: string;
}

/** The name the fragment must have next to `derivation.tex`, which inputs it. */
const DERIVATION_BODY_FILE = 'derivation-body.tex';

interface Derivation {
  /** The complete document; it inputs `DERIVATION_BODY_FILE`. */
  readonly tex: string;
  /** The fragment: the whole derivation, for `\\input` into any amsmath + amsthm article. */
  readonly body: string;
  /** Every math formula of the document, for a per-formula check. */
  readonly formulas: readonly string[];
}

const RHO_IN = '\\rho_{\\mathrm{in}}';
const RHO_OUT = '\\rho_{\\mathrm{out}}';

/** Groups with more elements than this are described by generators and order only. */
const LISTED_ELEMENTS = 24;

/**
 * A label prefix unique to the certificate (FNV-1a of its JSON), so two derivations pasted into
 * one paper, or a paper's own labels, never clash with ours.
 */
function labelPrefix(cert: Certificate): string {
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(cert)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `symrelu-${h.toString(16).padStart(8, '0')}`;
}

function claimLabel(claim: Claim, prefix: string): string {
  return `${prefix}:claim-${claim.id.replace(/[^A-Za-z0-9-]/g, '')}`;
}

/** How a claim's statement is headed: least widths are theorems, non-membership corollaries. */
function environmentName(claim: Claim): string {
  if (claim.kind === 'leastWidth') return 'Theorem';
  return claim.kind === 'notInClass' ? 'Corollary' : 'Proposition';
}

function claimTitle(claim: Claim): string {
  return `certificate claim \\texttt{${escapeLatex(claim.id)}}`;
}

/** Networks and hyperplane lists longer than this are listed compactly, not term by term. */
const LISTED_TERMS = 24;

/** The paper, as the fragment's replaceable citation macro. */
const PAPER = '\\srpaper';

/** A result of the paper, cited with its number: "Theorem~4.2 of~[arXiv:2512.09673]". */
function paper(result: string): string {
  return `${result.replace(' ', '~')} of~${PAPER}{}`;
}

function scalar(text: string, where: string): Rational {
  return parseRational(text, where);
}

function matrixOf(rows: readonly (readonly string[])[], where: string): Rational[][] {
  return rows.map((row, i) => row.map((x, j) => scalar(x, `${where}[${i}][${j}]`)));
}

function vectorOf(v: readonly string[], where: string): Rational[] {
  return v.map((x, i) => scalar(x, `${where}[${i}]`));
}

function groupOf(cert: Certificate): MatrixGroup {
  const specs = cert.group.generators.map((g, i) => ({
    input: matrixOf(g.input, `group.generators[${i}].input`),
    output: g.output ? matrixOf(g.output, `group.generators[${i}].output`) : null,
  }));
  return generateGroup(specs, { name: cert.group.name }, 'certificate.group');
}

function className(claim: Claim): string {
  return claim.class === 'LEN' ? '\\srLEN' : claim.class === 'GEN' ? '\\srGEN' : '\\srGN';
}

function hiddenWords(claim: Claim): string {
  if (claim.class !== 'LEN') return '';
  return claim.hidden === 'regular'
    ? ' with regular hidden layers only (every hidden orbit a copy of $G$)'
    : ' with any permutation hidden layer';
}

/** An output weight: a number for scalar outputs, else a tuple. */
function weightLatex(beta: readonly Rational[]): string {
  return beta.length === 1 ? exactLatex(beta[0]!) : tupleLatex(beta);
}

/** A list environment, or nothing when there are no items (LaTeX rejects an empty list). */
function listEnvironment(env: 'itemize' | 'enumerate', items: readonly string[]): string {
  if (items.length === 0) return '';
  return [`\\begin{${env}}`, '  \\setlength{\\itemsep}{0pt}', ...items, `\\end{${env}}`].join('\n');
}

function channelList(net: Network, m: FormulaRecorder): string {
  const $ = m.inline;
  if (net.channels.length === 0) return '(no hidden units)\n';
  if (net.channels.length > LISTED_TERMS) return compactChannelList(net, m);
  const items = net.channels.map(
    (c, i) =>
      `  \\item ${$(`\\alpha_{${i + 1}} = ${tupleLatex(c.alpha)}`)}, ` +
      $(`\\beta_{${i + 1}} = ${weightLatex(c.beta)}`),
  );
  return listEnvironment('enumerate', items);
}

/**
 * Values indexed 1..n as runs of equal values: `beta_i = 1/384 for i = 1, ..., 384`, or
 * `beta_5 = 2` for a run of one.
 */
function valueRuns(
  values: readonly string[],
  symbol: string,
  index: string,
  m: FormulaRecorder,
): string[] {
  const $ = m.inline;
  const runs: { from: number; to: number; value: string }[] = [];
  values.forEach((value, i) => {
    const last = runs.at(-1);
    if (last && last.value === value) last.to = i;
    else runs.push({ from: i, to: i, value });
  });
  return runs.map((r) =>
    r.from === r.to
      ? $(`${symbol}_{${r.from + 1}} = ${r.value}`)
      : `${$(`${symbol}_${index} = ${r.value}`)} for ` +
        $(`${index} = ${r.from + 1}, \\dots, ${r.to + 1}`),
  );
}

/**
 * Many units as a paragraph TeX can break anywhere: the output weights as runs of equal values
 * ("beta_i = 1/384 for i = 1, ..., 384"), then the channel vectors one inline formula each.
 */
function compactChannelList(net: Network, m: FormulaRecorder): string {
  const $ = m.inline;
  const weights = valueRuns(
    net.channels.map((c) => weightLatex(c.beta)),
    '\\beta',
    'i',
    m,
  );
  const alphas = net.channels.map((c, i) => $(`\\alpha_{${i + 1}} = ${tupleLatex(c.alpha)}`));
  return [
    `output weights ${weights.join(', ')};`,
    `channel vectors ${alphas.join(',\n')}.`,
    '',
  ].join('\n');
}

/** `lhs = sum of the network's units`, written out or, for many units, as a sigma sum. */
function networkFormula(net: Network, lhs: string, m: FormulaRecorder): string {
  const names = variableNames(net.inputDim);
  if (net.channels.length <= LISTED_TERMS) return displaySum(m, lhs, networkTerms(net, names));
  return m.display(
    `${lhs} = \\sum_{i=1}^{${net.channels.length}} \\beta_i\\,` +
      `\\srrelu(\\langle \\alpha_i, x\\rangle)`,
  );
}

/** States and re-checks that a claimed LEN realisation satisfies the defining equations. */
function permutationsHold(net: Network, group: MatrixGroup, perms: readonly number[][]): boolean {
  const k = net.outputDim;
  return group.generators.every((g, gi) => {
    const p = perms[gi];
    if (!p || p.length !== net.channels.length) return false;
    const s = outputMatrix(g, k);
    return net.channels.every((c, i) => {
      const image = net.channels[p[i]!];
      if (!image) return false;
      const alpha = matVec(g.contragredient, c.alpha);
      const beta = matVec(s, c.beta);
      return (
        alpha.every((x, j) => x.equals(image.alpha[j]!)) &&
        beta.every((x, j) => x.equals(image.beta[j]!))
      );
    });
  });
}

function realisationBlock(
  label: string,
  realisation: Realisation,
  target: Network,
  group: MatrixGroup,
  m: FormulaRecorder,
): { text: string; network: Network; equal: boolean; layerwise: boolean | null } {
  const $ = m.inline;
  const network = parseNetwork(realisation.network, `${label}.realisation.network`);
  const names = variableNames(network.inputDim);
  const equal = canonicalFormsEqual(canonicalForm(network), canonicalForm(target));
  const long = network.channels.length > LISTED_TERMS;
  const lines = long
    ? [
        `Consider the network of width ${network.channels.length} that computes`,
        networkFormula(network, `\\widetilde F(${names.join(', ')})`, m),
        'with',
        channelList(network, m),
      ]
    : [
        `The network of width ${network.channels.length} with hidden units`,
        channelList(network, m),
        'computes',
        networkFormula(network, `\\widetilde F(${names.join(', ')})`, m),
      ];
  let layerwise: boolean | null = null;
  if (realisation.permutations) {
    layerwise = permutationsHold(network, group, realisation.permutations);
    const perms = group.generators.map((_, gi) =>
      $(`\\pi_{g_{${gi + 1}}} = ${cyclesLatex(realisation.permutations![gi] ?? [])}`),
    );
    lines.push(
      `Its hidden units are permuted by ${perms.join(', ')} (units numbered as above), and for ` +
        `every generator and every unit ${$(`\\alpha_{\\pi_g(i)} = ${RHO_IN}(g)^{-T}\\alpha_i`)} ` +
        `and ${$(`\\beta_{\\pi_g(i)} = ${RHO_OUT}(g)\\beta_i`)} ` +
        (layerwise ? 'hold exactly' : '\\textbf{fail}') +
        ', so it is layer-wise equivariant.',
    );
  }
  return { text: lines.join('\n'), network, equal, layerwise };
}

function serviceWords(s: string): string {
  if (s === 'double') return 'two units';
  if (s === 'both') return 'both orbits';
  if (s === 'symmetric') return 'the single orbit';
  return `the ${s} orbit`;
}

function gnLowerBoundText(lb: GnLowerBound, m: FormulaRecorder): string {
  const $ = m.inline;
  const p = lb.hyperplanes.length;
  const w = lb.optimalCost;
  const opening =
    p === 0
      ? `${$('F')} has no boundary hyperplane, so it is the linear map ${$('x \\mapsto Wx')}; ` +
        `a single unit ${$('\\srrelu(\\langle r,x\\rangle)')} is not linear across ` +
        `${$('r^\\perp')}.`
      : `By ${paper('Theorem 4.2')}, ` +
        (p === 1
          ? `the boundary hyperplane ${$('n_1^\\perp')} has a channel vector orthogonal to it`
          : `each of the ${p} boundary hyperplanes ${$(`n_1^\\perp, \\dots, n_{${p}}^\\perp`)} ` +
            'has a channel vector orthogonal to it, and no channel vector is orthogonal to two ' +
            'of them') +
        `, so every network computing ${$('F')} has width at least ${$(`p = ${p}`)}.`;
  const pairs =
    `units on a line ${$('r^\\perp')} that is not a boundary hyperplane must cancel their ` +
    'kinks there, so they come at least two to a line, and the units on one such line ' +
    'contribute one rank-one linear term, as in ' +
    $('\\srrelu(\\langle r,x\\rangle) - \\srrelu(-\\langle r,x\\rangle) = \\langle r,x\\rangle');
  const pieces =
    p === 0
      ? `Every unit of a network computing ${$('F')} lies on a line that is not a boundary ` +
        `hyperplane, and ${pairs}. Hence ` +
        `a network computing ${$('F')} has width at least ${$('2\\operatorname{rank}(W)')}, ` +
        'and that width is attained.'
      : 'A unit of sign ' +
        $('s') +
        ' on the hyperplane ' +
        $('n_l^\\perp') +
        ' contributes the kink and the linear term ' +
        `${$('s\\,c_l n_l^{T}')}; two units on it contribute the kink and any multiple of ` +
        `${$('n_l^{T}')}; ${pairs}. Hence a network computing ${$('F')} has width at least ` +
        $('p + \\#\\{\\text{doubled hyperplanes}\\} + 2\\operatorname{rank}(R)') +
        `, where the remainder ${$('R')} is ${$('W')} minus the linear terms of the single ` +
        `units, taken modulo the terms ${$('u\\,n_l^{T}')} of the doubled hyperplanes; each ` +
        'choice is realised by a network of exactly that width.';
  let conclusion: string;
  if (p === 0) {
    conclusion =
      w === 0
        ? `Here ${$('W = 0')}: ${$('F')} is the zero function, computed by the network with ` +
          `no units, so its least width is ${$('0')}.`
        : `Here ${$('W \\neq 0')} has rank ${$(`${w / 2}`)}, so the least width is ` +
          `${$(`2 \\cdot ${w / 2} = ${w}`)}.`;
  } else {
    const choice = lb.optimalChoice
      .map(
        (s, l) =>
          `${$(`n_{${l + 1}}`)}: ` +
          (s === 'double' ? 'two units' : `one unit of sign ${$(`${s}1`)}`),
      )
      .join('; ');
    const n = lb.choicesEnumerated;
    conclusion =
      w === p
        ? `The choice (${choice}) leaves no remainder, so width ${$(`${p}`)} is attained and ` +
          'no other choice needs to be examined.'
        : `A choice of width less than ${$(`${w}`)} doubles at most ${$(`${w - 1 - p}`)} ` +
          `hyperplane${w - 1 - p === 1 ? '' : 's'}; ` +
          (n === 1 ? 'the only such choice was' : `all ${n} such choices were`) +
          ` enumerated exactly, and none leaves a remainder cheap enough. The choice ` +
          `(${choice}) costs exactly ${$(`${w}`)}.`;
  }
  return [opening, pieces, conclusion].join('\n');
}

function lenLowerBoundText(lb: LenLowerBound, m: FormulaRecorder): string {
  const $ = m.inline;
  // Orbit-count mode (equivariant outputs): no choices enumerated, the GN bound is used.
  const countMode = lb.optimalChoice.length === 0;
  const rows = lb.hyperplaneOrbits.map((o, i) => {
    const served = countMode ? '' : `; served by ${serviceWords(lb.optimalChoice[i] ?? '+')}`;
    return (
      `  \\item the orbit of ` +
      `${$(`n = ${tupleLatex(vectorOf(o.representative, 'representative'))}`)} ` +
      `(${o.lines.length} hyperplane${o.lines.length === 1 ? '' : 's'}): one channel orbit on ` +
      `it costs ` +
      `${$(`${o.orbitCost}`)} units${served}`
    );
  });
  const minimum = lb.hyperplaneOrbits.reduce((s, o) => s + o.orbitCost, 0);
  return [
    `Let a layer-wise equivariant network compute the target. By ${paper('Theorem 4.6')} its ` +
      'multiset of',
    `(channel vector, output weight) pairs is invariant under ` +
      `${$(`g\\cdot(\\alpha,\\beta) = (${RHO_IN}(g)^{-T}\\alpha, ${RHO_OUT}(g)\\beta)`)},`,
    'so its hidden units fall into channel orbits. A channel orbit contributes kinks only on the',
    'hyperplane orbit of its own line, so each hyperplane orbit of the target must be served by ' +
      'the',
    `channel orbit of ${$('+n')} or of ${$('-n')} (or both), and channels are oriented:`,
    `${$('\\srrelu(\\langle n,x\\rangle)')} and ${$('\\srrelu(-\\langle n,x\\rangle)')} are ` +
      `different units.`,
    lb.hidden === 'regular'
      ? `With regular hidden layers every orbit costs ${$('\\lvert G\\rvert')} units.`
      : `An orbit costs ` +
        `${$('\\lvert G\\cdot n\\rvert = \\lvert G\\rvert / \\lvert\\srStab(n)\\rvert')} units.`,
    listEnvironment('itemize', rows),
    `Hence at least ${$(`${minimum}`)} units are needed for the kinks alone.`,
    countMode
      ? 'A layer-wise equivariant network is in particular a network of the same width, so its ' +
        `width is also at least the least GN width, which is at least ` +
        `${$(`${lb.gnWidthLowerBound ?? 0}`)} by the hyperplane enumeration` +
        (lb.hidden === 'regular'
          ? `, and a regular width is a multiple of ${$('\\lvert G\\rvert')}`
          : '') +
        `. Together: at least ${$(`${lb.optimalCost}`)} units.`
      : `A linear remainder that the chosen orbits cannot absorb costs ` +
        `${$(`${lb.remainderCost}`)} more units per rank. ` +
        (lb.choicesEnumerated === 1
          ? 'There is only one choice of orbits here; it costs '
          : `All ${lb.choicesEnumerated} choices of orbits were enumerated exactly; the ` +
            'cheapest costs ') +
        `${$(`${lb.optimalCost}`)}.`,
  ].join('\n');
}

function lowerBoundText(lb: LowerBound, m: FormulaRecorder): string {
  return lb.method === 'gn-hyperplane-enumeration'
    ? gnLowerBoundText(lb, m)
    : lenLowerBoundText(lb, m);
}

function claimSection(
  claim: Claim,
  claims: readonly Claim[],
  target: Network,
  group: MatrixGroup,
  equivariant: boolean,
  m: FormulaRecorder,
  prefix: string,
): string {
  const $ = m.inline;
  const cls = className(claim);
  const hidden = claim.hidden ? `^{\\mathrm{${claim.hidden}}}` : '';
  const out: string[] = [];
  if (claim.kind === 'leastWidth') {
    out.push(
      `\\begin{srtheorem}[${claimTitle(claim)}]\\label{${claimLabel(claim, prefix)}}`,
      `The least width of a ${$(cls)} network computing ${$('F')}${hiddenWords(claim)} is ` +
        `${$(`${claim.width}`)}: ${$(`F \\in ${cls}${hidden}_{${claim.width}}`)} and ` +
        `${$(`F \\notin ${cls}${hidden}_{${claim.width - 1}}`)}.`,
      '\\end{srtheorem}',
    );
  } else if (claim.kind === 'notInClass') {
    out.push(
      `\\begin{srcorollary}[${claimTitle(claim)}]\\label{${claimLabel(claim, prefix)}}`,
      `No ${$(cls)} network${hiddenWords(claim)} of width at most ${$(`${claim.width}`)} ` +
        `computes ${$('F')}: ${$(`F \\notin ${cls}${hidden}_{${claim.width}}`)}.`,
      '\\end{srcorollary}',
    );
  } else {
    out.push(
      `\\begin{srproposition}[${claimTitle(claim)}]\\label{${claimLabel(claim, prefix)}}`,
      `${$(`F \\in ${cls}${hidden}_{${claim.width}}`)}${hiddenWords(claim)}.`,
      '\\end{srproposition}',
    );
  }
  out.push('\\begin{proof}');
  if (claim.kind !== 'notInClass') {
    // The same network was shown in an earlier proof (GEN reuses GN's): cite it, do not repeat.
    const shown = JSON.stringify(claim.realisation);
    const same = claims
      .slice(0, claims.indexOf(claim))
      .find((c) => c.kind !== 'notInClass' && JSON.stringify(c.realisation) === shown);
    if (same) {
      out.push(
        `\\emph{Upper bound.} The network of width ${claim.width} given in the proof of ` +
          `${environmentName(same)}~\\ref{${claimLabel(same, prefix)}} computes ${$('F')}` +
          (claim.realisation.permutations ? ' and is layer-wise equivariant.' : '.'),
      );
    } else {
      const r = realisationBlock(claim.id, claim.realisation, target, group, m);
      out.push(
        `\\emph{Upper bound.} ${r.text}`,
        `Its canonical form ${r.equal ? 'equals' : '\\textbf{differs from}'} that of ` +
          `${$('F')}, so ${r.equal ? 'it computes' : 'it does \\textbf{not} compute'} ` +
          `${$('F')} (canonical forms are unique).`,
      );
    }
    if (claim.class === 'GEN') {
      out.push(
        equivariant
          ? `Membership in ${$('\\srGEN')} is a property of the function and ${$('F')} is ` +
              `${$('G')}-equivariant (Lemma~\\ref{${prefix}:lemma-equivariant}), so this ` +
              'network lies in ' +
              `${$(`\\srGEN_{${claim.width}}`)}.`
          : `\\textbf{The target is not equivariant}, so no network computing it is in ` +
              `${$('\\srGEN')}.`,
      );
    }
    out.push('');
  }
  // A bound already proved for the same class (or for GN, which contains GEN) is cited.
  const earlier =
    claim.kind === 'widthAtMost'
      ? undefined
      : claims
          .slice(0, claims.indexOf(claim))
          .find(
            (c) =>
              c.kind === 'leastWidth' &&
              (c.class === claim.class || (claim.class === 'GEN' && c.class === 'GN')) &&
              c.hidden === claim.hidden &&
              c.lowerBound.method === claim.lowerBound.method,
          );
  if (claim.kind !== 'widthAtMost' && earlier) {
    out.push(
      '\\emph{Lower bound.} The argument in the proof of ' +
        `Theorem~\\ref{${claimLabel(earlier, prefix)}} ` +
        `shows that every ${$(className(earlier))} network computing ${$('F')} has width at ` +
        `least ${$(`${earlier.width}`)}` +
        (claim.class !== earlier.class
          ? `, and every ${$('\\srGEN')} network is a ${$('\\srGN')} network.`
          : '.'),
    );
    if (claim.kind === 'notInClass') {
      out.push(`Since ${$(`${earlier.width} > ${claim.width}`)}, the claim follows.`);
    }
  } else if (claim.kind !== 'widthAtMost') {
    out.push(`\\emph{Lower bound.} ${lowerBoundText(claim.lowerBound, m)}`);
    if (claim.kind === 'notInClass') {
      out.push(
        `Since ${$(`${claim.lowerBound.optimalCost} > ${claim.width}`)}, the claim follows.`,
      );
    }
    if (claim.class === 'GEN') {
      out.push(`Every ${$('\\srGEN')} network is a ${$('\\srGN')} network, so the bound applies.`);
    }
  }
  out.push('\\end{proof}', '');
  return out.join('\n');
}

function groupSection(group: MatrixGroup, cert: Certificate, m: FormulaRecorder): string {
  const $ = m.inline;
  const gens = group.generators.map((g, i) => {
    const input = $(`${RHO_IN}(g_{${i + 1}}) = ${matrixLatex(g.input)}`);
    const output = g.output ? `, ${$(`${RHO_OUT}(g_{${i + 1}}) = ${matrixLatex(g.output)}`)}` : '';
    return `${input}${output}`;
  });
  const order = group.elements.length;
  const lines = [
    '\\srsection{The group}',
    `The group ${$('G')} (${escapeLatex(cert.group.name)}) acts on ` +
      `${$(`\\srQ^{${group.inputDim}}`)} ` +
      (group.outputDim === null
        ? 'and trivially on the output (the target is invariant).'
        : `and on ${$(`\\srQ^{${group.outputDim}}`)}.`),
    `It is generated by ${gens.join(' and ')}, and closing under products gives ` +
      `${$(`\\lvert G\\rvert = ${order}`)} elements.`,
  ];
  if (order <= LISTED_ELEMENTS) {
    const elements = group.elements.map((g) => $(matrixLatex(g.input, true)));
    lines.push(`On the input they are ${elements.join(', ')}.`);
  } else {
    lines.push(`(The ${order} elements are not listed; they are the closure of the generators.)`);
  }
  lines.push(
    `${$('G')} acts on channel vectors and on hyperplane normals by the contragredient action ` +
      `${$(`g\\cdot\\alpha = ${RHO_IN}(g)^{-T}\\alpha`)}: the hyperplane ${$('n^\\perp')} ` +
      `is mapped to ${$(`${RHO_IN}(g)\\,n^\\perp = (${RHO_IN}(g)^{-T} n)^\\perp`)}.`,
    '',
  );
  return lines.join('\n');
}

function targetSection(target: Network, m: FormulaRecorder): string {
  const $ = m.inline;
  const names = variableNames(target.inputDim);
  const cf = canonicalForm(target);
  const args = names.join(', ');
  const p = cf.hyperplanes.length;
  const kink = (h: (typeof cf.hyperplanes)[number], l: number): string =>
    $(`c_{${l + 1}} = ${h.kink.length === 1 ? exactLatex(h.kink[0]!) : tupleLatex(h.kink)}`);
  const hyperplaneList =
    p > LISTED_TERMS
      ? `kinks ${valueRuns(
          cf.hyperplanes.map((h) =>
            h.kink.length === 1 ? exactLatex(h.kink[0]!) : tupleLatex(h.kink),
          ),
          'c',
          'l',
          m,
        ).join(', ')}; normals ` +
        cf.hyperplanes.map((h, l) => $(`n_{${l + 1}} = ${tupleLatex(h.normal)}`)).join(',\n') +
        '.'
      : listEnvironment(
          'itemize',
          cf.hyperplanes.map(
            (h, l) =>
              `  \\item ${$(`n_{${l + 1}} = ${tupleLatex(h.normal)}`)}: the hyperplane ` +
              `${$(`${linearFormLatex(h.normal, names)} = 0`)}, with kink ${kink(h, l)}`,
          ),
        );
  const canonical =
    p > LISTED_TERMS
      ? m.display(
          `F(${args}) = ${matrixLatex(cf.linear, true)}\\,x + \\sum_{l=1}^{${p}} c_l\\,` +
            `\\lvert\\langle n_l, x\\rangle\\rvert`,
        )
      : displaySum(m, `F(${args})`, canonicalFormTerms(cf, names));
  return [
    '\\srsection{The target and its boundary hyperplanes}',
    `The target is the two-layer ReLU network of width ${target.channels.length}`,
    networkFormula(target, `F(${args})`, m),
    ...(target.channels.length > LISTED_TERMS ? ['with', channelList(target, m)] : []),
    `Since ${$('\\srrelu(t) = \\tfrac12(t + \\lvert t\\rvert)')}, it has the canonical form ` +
      `(unique once normals are primitive with first nonzero entry positive)`,
    canonical,
    `with linear part ${$(`W = ${matrixLatex(cf.linear, true)}`)}` +
      (p > LISTED_TERMS ? ' and the normals and kinks listed below.' : '.'),
    '',
    `\\begin{srproposition}[${paper('Definition 4.1')} and Theorem~4.2]`,
    p === 0
      ? `${$('F')} is linear: it has no boundary hyperplane.`
      : `The boundary hyperplanes of ${$('F')} are exactly the ${p} ` +
        `hyperplane${p === 1 ? '' : 's'} ` +
        `${$('n_l^\\perp')} below, and ${$('F')} is linear on each region they cut out.\n` +
        hyperplaneList,
    '\\end{srproposition}',
    '\\begin{proof}',
    `The normals are pairwise non-parallel and every kink is nonzero. The functions ` +
      `${$('\\lvert\\langle n_l, x\\rangle\\rvert')}`,
    `for distinct lines and the coordinate functions are linearly independent, so ${$('F')} is not`,
    `differentiable at the generic points of each ${$('n_l^\\perp')}, and it is linear off ` +
      `their union.`,
    '\\end{proof}',
    '',
  ].join('\n');
}

function equivarianceSection(
  target: Network,
  group: MatrixGroup,
  m: FormulaRecorder,
  prefix: string,
): { text: string; equivariant: boolean } {
  const $ = m.inline;
  const result = isEquivariant(target, group);
  const statement = group.outputDim === null ? 'invariant' : 'equivariant';
  if (!result.equivariant) {
    const w = result.witness;
    return {
      equivariant: false,
      text: [
        '\\begin{srremark}',
        `${$('F')} is \\emph{not} ${$('G')}-${statement}: at ${$(`x = ${tupleLatex(w.x)}`)} and ` +
          `the generator ${$(`g_{${w.generator + 1}}`)}, ` +
          (group.outputDim === null
            ? `${$(`F(${RHO_IN}(g)x) = ${exactLatex(w.left[0]!)}`)} while ` +
              `${$(`F(x) = ${exactLatex(w.right[0]!)}`)}.`
            : `${$(`F(${RHO_IN}(g)x) = ${tupleLatex(w.left)}`)} ` +
              `while ${$(`${RHO_OUT}(g)F(x) = ${tupleLatex(w.right)}`)}.`),
        '\\end{srremark}',
        '',
      ].join('\n'),
    };
  }
  return {
    equivariant: true,
    text: [
      `\\begin{srlemma}[${paper('Theorem 4.3')}]\\label{${prefix}:lemma-equivariant}`,
      `${$('F')} is ${$('G')}-${statement}, and its set of boundary hyperplanes is a union of ` +
        `${$('G')}-orbits.`,
      '\\end{srlemma}',
      '\\begin{proof}',
      `It suffices to check the generators. For a generator ${$('g')}, ` +
        `${$(`x \\mapsto F(${RHO_IN}(g)x)`)} is the`,
      `network with channel vectors ${$(`${RHO_IN}(g)^{T}\\alpha_i`)}, and ` +
        `${$(`x\\mapsto${RHO_OUT}(g)F(x)`)} the`,
      `network with output weights ${$(`${RHO_OUT}(g)\\beta_i`)}; their canonical forms were ` +
        `computed`,
      'exactly and coincide for every generator, and two networks with equal canonical forms ' +
        'compute the',
      'same function. Each generator maps every boundary hyperplane to a boundary hyperplane ' +
        'with the',
      'transported kink, which gives the second statement.',
      '\\end{proof}',
      '',
    ].join('\n'),
  };
}

function orbitSection(cert: Certificate, m: FormulaRecorder): string {
  const $ = m.inline;
  const len =
    cert.claims.find(
      (c): c is Claim & { lowerBound: LenLowerBound } =>
        c.kind !== 'widthAtMost' &&
        c.lowerBound.method === 'len-orbit-enumeration' &&
        c.lowerBound.hidden === 'any',
    ) ??
    cert.claims.find(
      (c): c is Claim & { lowerBound: LenLowerBound } =>
        c.kind !== 'widthAtMost' && c.lowerBound.method === 'len-orbit-enumeration',
    );
  if (!len) return '';
  const orbits = len.lowerBound.hyperplaneOrbits.map((o, i) => {
    const lines = o.lines.map((l, j) => $(tupleLatex(vectorOf(l, `lines[${j}]`)))).join(', ');
    const channels = o.channelOrbit
      .map((v, j) => $(tupleLatex(vectorOf(v, `channelOrbit[${j}]`))))
      .join(', ');
    const stab = o.stabiliser
      .map((s, j) => $(matrixLatex(matrixOf(s, `stabiliser[${j}]`), true)))
      .join(', ');
    const rep = $(`n = ${tupleLatex(vectorOf(o.representative, 'representative'))}`);
    return [
      `\\paragraph{Orbit ${i + 1}.} Hyperplane normals ${lines}.`,
      `The stabiliser of the oriented vector ${rep} has order ${o.stabiliser.length}: ${stab}.`,
      `The channel orbit ${$('G\\cdot n')} is ${channels} (${o.channelOrbit.length} channel ` +
        `vectors); ` +
        (o.oppositeInOrbit
          ? `it contains ${$('-n')}, so the orbits of ${$('+n')} and ${$('-n')} coincide.`
          : `it does not contain ${$('-n')}, so ${$('-n')} has its own orbit of the same size.`),
    ].join('\n');
  });
  return ['\\srsection{Orbits of hyperplanes and of channels}', ...orbits, ''].join('\n');
}

/** A claim as a formula sentence in the paper's notation, with a reference to its proof. */
function claimSummary(claim: Claim, prefix: string, m: FormulaRecorder): string {
  const $ = m.inline;
  const cls = className(claim);
  const hidden = claim.hidden ? `^{\\mathrm{${claim.hidden}}}` : '';
  const ref = ` (${environmentName(claim)}~\\ref{${claimLabel(claim, prefix)}})`;
  if (claim.kind === 'leastWidth') {
    return (
      `the least ${$(cls)} width${hiddenWords(claim)} is ${$(`${claim.width}`)}: ` +
      $(`F \\in ${cls}${hidden}_{${claim.width}} \\setminus ${cls}${hidden}_{${claim.width - 1}}`) +
      ref
    );
  }
  if (claim.kind === 'notInClass') {
    return `${$(`F \\notin ${cls}${hidden}_{${claim.width}}`)}${hiddenWords(claim)}${ref}`;
  }
  return `${$(`F \\in ${cls}${hidden}_{${claim.width}}`)}${hiddenWords(claim)}${ref}`;
}

function conclusionSection(
  cert: Certificate,
  order: number,
  prefix: string,
  m: FormulaRecorder,
): string {
  const $ = m.inline;
  const least = (cls: string, hidden?: string): number | null => {
    const c = cert.claims.find(
      (x) =>
        x.kind === 'leastWidth' && x.class === cls && (hidden === undefined || x.hidden === hidden),
    );
    return c ? c.width : null;
  };
  const gen = least('GEN') ?? least('GN');
  const lenAny = least('LEN', 'any');
  const lines = [
    '\\srsection{Conclusion}',
    listEnvironment(
      'itemize',
      cert.claims.map((c) => `  \\item ${claimSummary(c, prefix, m)}.`),
    ),
  ];
  if (gen !== null && lenAny !== null && lenAny > gen) {
    lines.push(
      `So ${$(`F \\in \\srGEN_{${gen}}`)} while ` +
        `${$(`F \\notin \\srLEN^{\\mathrm{any}}_{${lenAny - 1}}`)}: enforcing layer-wise`,
      'equivariance strictly limits the expressive power at this width, and enlarging the ' +
        'hidden layer',
      `to ${$(`${lenAny}`)} units compensates (${paper('Lemma 6.1')} alone gives ` +
        `${$(`\\lvert G\\rvert\\cdot ${gen} = ${order * gen}`)}).`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * Figures as numbered floats, two panels each (Figure 1: graph and level sets; Figure 2: the
 * feature function), with the legend of line styles in the caption. Only in the full document:
 * a host paper need not load graphicx.
 */
function figureSection(options: DerivationOptions): string {
  const figures = options.figures ?? [];
  if (figures.length === 0) return '';
  const floats: string[] = [];
  for (let i = 0; i < figures.length; i += 2) {
    const pair = figures.slice(i, i + 2);
    const panels = pair.map(
      (f) =>
        '\\begin{minipage}[t]{0.48\\textwidth}\\centering' +
        `\\includegraphics[width=\\linewidth]{${f.file}}\\end{minipage}`,
    );
    const caption =
      pair.length === 2
        ? `Left: ${escapeLatex(pair[0]!.caption)}. Right: ${escapeLatex(pair[1]!.caption)}.`
        : `${escapeLatex(pair[0]!.caption)}.`;
    floats.push(
      '\\begin{figure}[htbp]',
      '\\centering',
      panels.join('\\hfill\n'),
      `\\caption{${caption} ${escapeLatex(options.legend ?? '')}}`,
      '\\end{figure}',
    );
  }
  return [
    '\\section*{Figures}',
    'The figures are drawn from the exact linear regions of the target (not from samples).',
    ...floats,
    '',
  ].join('\n');
}

/**
 * The derivation of a certificate: a fragment to paste into any amsmath + amsthm article, and
 * a complete document that `\\input`s it (with the figures).
 * @example buildDerivation(certificate).body // '% Generated by symrelu ...'
 * @param cert a certificate, already accepted by `checkCertificate`
 * @param options PNG figures to include (they must be placed next to the .tex to compile)
 * @returns the document, the fragment (to be written as `DERIVATION_BODY_FILE`) and the
 *   list of their formulas
 * @throws InputError when the certificate's group or networks do not parse
 */
function buildDerivation(cert: Certificate, options: DerivationOptions = {}): Derivation {
  const m = formulaRecorder();
  const $ = m.inline;
  const prefix = labelPrefix(cert);
  const group = groupOf(cert);
  const target = parseNetwork(cert.target, 'certificate.target');
  const equivariance = equivarianceSection(target, group, m, prefix);
  const content = [
    '\\srsection{Setting}',
    `This derivation is generated by symrelu from a certificate re-checked by an independent ` +
      `checker; numbered results cited below are those of ${PAPER}{}.`,
    `A two-layer ReLU network of width ${$('m')} without biases computes ` +
      `${$('F(x) = \\sum_{i=1}^{m} \\beta_i \\srrelu(\\langle \\alpha_i, x\\rangle)')} with ` +
      `channel vectors ` +
      `${$('\\alpha_i')} and output weights ${$('\\beta_i')}. ${$('\\srGN_m')} is the class of ` +
      `all such ` +
      `networks of width at most ${$('m')}; ${$('\\srGEN_m')} those that are ` +
      `${$('G')}-equivariant as ` +
      `functions; ${$('\\srLEN_m')} the layer-wise equivariant ones, whose hidden units ` +
      `${$('G')} ` +
      `permutes ` +
      `(any permutation representation, or only copies of the regular one). All numbers below ` +
      `are exact rationals.`,
    '',
    groupSection(group, cert, m),
    targetSection(target, m),
    equivariance.text,
    orbitSection(cert, m),
    '\\srsection{Least widths}',
    ...cert.claims.map((c) =>
      claimSection(c, cert.claims, target, group, equivariance.equivariant, m, prefix),
    ),
    conclusionSection(cert, group.elements.length, prefix, m),
  ];
  const body = latexFragment(content);
  const usesFigures = Boolean(options.figures && options.figures.length > 0);
  const tex = latexDocument({
    title: 'Least widths of a two-layer ReLU target under a finite group',
    subtitle: cert.description,
    abstract:
      'This document is generated from a symrelu certificate that was re-checked by an ' +
      'independent checker. It derives, with exact arithmetic, the least widths of the target ' +
      'in the classes GN, GEN and LEN (arXiv 2512.09673, Sections 4 and 5). Its body is the ' +
      `file \\texttt{${DERIVATION_BODY_FILE}}, which can be input into any article that loads ` +
      'amsmath and amsthm.',
    preamble: ['\\newcommand{\\srtheoremprefix}{}'],
    body: [`\\input{${DERIVATION_BODY_FILE.replace(/\.tex$/, '')}}`, figureSection(options)],
    packages: usesFigures ? ['graphicx'] : [],
  });
  return { tex, body, formulas: m.formulas };
}

export { buildDerivation, DERIVATION_BODY_FILE };
export type { Derivation, DerivationOptions };
