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
import { latexDocument } from './latexDocument.ts';
import {
  canonicalFormLatex,
  cyclesLatex,
  exactLatex,
  linearFormLatex,
  matrixLatex,
  networkLatex,
  tupleLatex,
  variableNames,
} from './latexFormulas.ts';

interface DerivationOptions {
  /** PNG figure files to include (names as written next to the document), with captions. */
  readonly figures?: readonly { file: string; caption: string }[];
}

interface Derivation {
  readonly tex: string;
  /** Every math formula of the document, for a per-formula check. */
  readonly formulas: readonly string[];
}

const RHO_IN = '\\rho_{\\mathrm{in}}';
const RHO_OUT = '\\rho_{\\mathrm{out}}';

/** Groups with more elements than this are described by generators and order only. */
const LISTED_ELEMENTS = 24;

/** Certificate text as an escaped sentence ending in a full stop. */
function sentence(text: string): string {
  const t = escapeLatex(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function claimLabel(claim: Claim): string {
  return `claim:${claim.id.replace(/[^A-Za-z0-9-]/g, '')}`;
}

function claimTitle(claim: Claim): string {
  return `certificate claim \\texttt{${escapeLatex(claim.id)}}`;
}

/** A formula on its own line: displayed when short, else an inline formula TeX may break. */
function standalone(m: FormulaRecorder, formula: string): string {
  const $ = m.inline;
  return formula.length <= 140 ? m.display(formula) : `\\par\\noindent ${$(formula)}\\par`;
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
  return claim.class === 'LEN' ? '\\LEN' : claim.class === 'GEN' ? '\\GEN' : '\\GN';
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
  const items = net.channels.map(
    (c, i) =>
      `  \\item ${$(`\\alpha_{${i + 1}} = ${tupleLatex(c.alpha)}`)}, ` +
      $(`\\beta_{${i + 1}} = ${weightLatex(c.beta)}`),
  );
  if (items.length === 0) return '(no hidden units)\n';
  return listEnvironment('enumerate', items);
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
  const lines = [
    `The network of width ${network.channels.length} with hidden units`,
    channelList(network, m),
    'computes',
    standalone(m, `\\widetilde F(${names.join(', ')}) = ${networkLatex(network, names)}`),
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
  const choice = lb.optimalChoice
    .map(
      (s, l) =>
        `${$(`n_{${l + 1}}`)}: ${s === 'double' ? 'two units' : `one unit of sign ${$(`${s}1`)}`}`,
    )
    .join('; ');
  return [
    `By Theorem 4.2 every one of the ${$(`p = ${p}`)} boundary hyperplanes has a channel`,
    `vector orthogonal to it, so every realisation has width at least ${$(`${p}`)}.`,
    'A unit of sign ' +
      $('s') +
      ' on the hyperplane ' +
      $('n_l^\\perp') +
      ' contributes the kink and the linear term',
    `${$('s\\,c_l n_l^{T}')}; two units on it contribute any multiple of ${$('n_l^{T}')}; a ` +
      `pair of`,
    `units on any other line contributes one rank-one linear term ` +
      `${$('\\tfrac12(\\relu(\\langle r,x\\rangle) - \\relu(-\\langle r,x\\rangle))')}.`,
    `Every way of serving the hyperplanes therefore costs ` +
      `${$('p + \\#\\{\\text{doubled}\\} + 2\\operatorname{rank}(\\text{linear remainder})')}.`,
    `All ${lb.choicesEnumerated} relevant choices were enumerated exactly; a cheapest one is`,
    `(${choice}), of cost ${$(`${lb.optimalCost}`)}.`,
    `In words: ${sentence(lb.reason)}`,
  ].join('\n');
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
    'Let a layer-wise equivariant network compute the target. By Theorem 4.6 its multiset of',
    `(channel vector, output weight) pairs is invariant under ` +
      `${$(`g\\cdot(\\alpha,\\beta) = (${RHO_IN}(g)^{-T}\\alpha, ${RHO_OUT}(g)\\beta)`)},`,
    'so its hidden units fall into channel orbits. A channel orbit contributes kinks only on the',
    'hyperplane orbit of its own line, so each hyperplane orbit of the target must be served by ' +
      'the',
    `channel orbit of ${$('+n')} or of ${$('-n')} (or both), and channels are oriented:`,
    `${$('\\relu(\\langle n,x\\rangle)')} and ${$('\\relu(-\\langle n,x\\rangle)')} are ` +
      `different units.`,
    lb.hidden === 'regular'
      ? `With regular hidden layers every orbit costs ${$('\\lvert G\\rvert')} units.`
      : `An orbit costs ` +
        `${$('\\lvert G\\cdot n\\rvert = \\lvert G\\rvert / \\lvert\\Stab(n)\\rvert')} units.`,
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
        `${$(`${lb.remainderCost}`)} more units per rank. All ${lb.choicesEnumerated} choices ` +
        `were ` +
        `enumerated exactly; the cheapest costs ${$(`${lb.optimalCost}`)}.`,
    `In words: ${sentence(lb.reason)}`,
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
): string {
  const $ = m.inline;
  const cls = className(claim);
  const hidden = claim.hidden ? `^{\\mathrm{${claim.hidden}}}` : '';
  const out: string[] = [];
  if (claim.kind === 'leastWidth') {
    out.push(
      `\\begin{theorem}[${claimTitle(claim)}]\\label{${claimLabel(claim)}}`,
      `The least width of a ${$(cls)} network computing ${$('F')}${hiddenWords(claim)} is ` +
        `${$(`${claim.width}`)}: ${$(`F \\in ${cls}${hidden}_{${claim.width}}`)} and ` +
        `${$(`F \\notin ${cls}${hidden}_{${claim.width - 1}}`)}.`,
      '\\end{theorem}',
    );
  } else if (claim.kind === 'notInClass') {
    out.push(
      `\\begin{corollary}[${claimTitle(claim)}]\\label{${claimLabel(claim)}}`,
      `No ${$(cls)} network${hiddenWords(claim)} of width at most ${$(`${claim.width}`)} ` +
        `computes ${$('F')}: ${$(`F \\notin ${cls}${hidden}_{${claim.width}}`)}.`,
      '\\end{corollary}',
    );
  } else {
    out.push(
      `\\begin{proposition}[${claimTitle(claim)}]\\label{${claimLabel(claim)}}`,
      `${$(`F \\in ${cls}${hidden}_{${claim.width}}`)}${hiddenWords(claim)}.`,
      '\\end{proposition}',
    );
  }
  out.push('\\begin{proof}');
  if (claim.kind !== 'notInClass') {
    const r = realisationBlock(claim.id, claim.realisation, target, group, m);
    out.push(
      `\\emph{Upper bound.} ${r.text}`,
      `Its canonical form ${r.equal ? 'equals' : '\\textbf{differs from}'} that of ${$('F')}, ` +
        `so ${r.equal ? 'it computes' : 'it does \\textbf{not} compute'} ${$('F')} (canonical ` +
        `forms are unique).`,
    );
    if (claim.class === 'GEN') {
      out.push(
        equivariant
          ? `Membership in ${$('\\GEN')} is a property of the function and ${$('F')} is ` +
              `${$('G')}-equivariant (Lemma~\\ref{lem:equivariant}), so this network lies in ` +
              `${$(`\\GEN_{${claim.width}}`)}.`
          : `\\textbf{The target is not equivariant}, so no network computing it is in ` +
              `${$('\\GEN')}.`,
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
      `\\emph{Lower bound.} The argument in the proof of Theorem~\\ref{${claimLabel(earlier)}} ` +
        `shows that every ${$(className(earlier))} network computing ${$('F')} has width at ` +
        `least ${$(`${earlier.width}`)}` +
        (claim.class !== earlier.class
          ? `, and every ${$('\\GEN')} network is a ${$('\\GN')} network.`
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
      out.push(`Every ${$('\\GEN')} network is a ${$('\\GN')} network, so the bound applies.`);
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
    '\\section{The group}',
    `The group ${$('G')} (${escapeLatex(cert.group.name)}) acts on ` +
      `${$(`\\mathbb{Q}^{${group.inputDim}}`)} ` +
      (group.outputDim === null
        ? 'and trivially on the output (the target is invariant).'
        : `and on ${$(`\\mathbb{Q}^{${group.outputDim}}`)}.`),
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
  const items = cf.hyperplanes.map(
    (h, l) =>
      `  \\item ${$(`n_{${l + 1}} = ${tupleLatex(h.normal)}`)}: the hyperplane ` +
      `${$(`${linearFormLatex(h.normal, names)} = 0`)}, with kink ` +
      `${$(`c_{${l + 1}} = ${h.kink.length === 1 ? exactLatex(h.kink[0]!) : tupleLatex(h.kink)}`)}`,
  );
  return [
    '\\section{The target and its boundary hyperplanes}',
    `The target is the two-layer ReLU network of width ${target.channels.length}`,
    standalone(m, `F(${args}) = ${networkLatex(target, names)}`),
    `Since ${$('\\relu(t) = \\tfrac12(t + \\lvert t\\rvert)')}, it has the canonical form ` +
      `(unique once normals are primitive with first nonzero entry positive)`,
    standalone(m, `F(${args}) = ${canonicalFormLatex(cf, names)}`),
    `with linear part ${$(`W = ${matrixLatex(cf.linear, true)}`)}.`,
    '',
    '\\begin{proposition}[Definition 4.1, Theorem 4.2]',
    cf.hyperplanes.length === 0
      ? `${$('F')} is linear: it has no boundary hyperplane.`
      : `The boundary hyperplanes of ${$('F')} are exactly the ${cf.hyperplanes.length} ` +
        `hyperplanes ` +
        `${$('n_l^\\perp')} below, and ${$('F')} is linear on each region they cut out.` +
        listEnvironment('itemize', items),
    '\\end{proposition}',
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
): { text: string; equivariant: boolean } {
  const $ = m.inline;
  const result = isEquivariant(target, group);
  const statement = group.outputDim === null ? 'invariant' : 'equivariant';
  if (!result.equivariant) {
    const w = result.witness;
    return {
      equivariant: false,
      text: [
        '\\begin{remark}',
        `${$('F')} is \\emph{not} ${$('G')}-${statement}: at ${$(`x = ${tupleLatex(w.x)}`)} and ` +
          `the generator ${$(`g_{${w.generator + 1}}`)}, ` +
          `${$(`F(${RHO_IN}(g)x) = ${tupleLatex(w.left)}`)} ` +
          `while ${$(`${RHO_OUT}(g)F(x) = ${tupleLatex(w.right)}`)}.`,
        '\\end{remark}',
        '',
      ].join('\n'),
    };
  }
  return {
    equivariant: true,
    text: [
      '\\begin{lemma}[Theorem 4.3]\\label{lem:equivariant}',
      `${$('F')} is ${$('G')}-${statement}, and its set of boundary hyperplanes is a union of ` +
        `${$('G')}-orbits.`,
      '\\end{lemma}',
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
  return ['\\section{Orbits of hyperplanes and of channels}', ...orbits, ''].join('\n');
}

function conclusionSection(cert: Certificate, order: number, m: FormulaRecorder): string {
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
    '\\section{Conclusion}',
    listEnvironment(
      'itemize',
      cert.claims.map((c) => `  \\item ${escapeLatex(c.statement)}`),
    ),
  ];
  if (gen !== null && lenAny !== null && lenAny > gen) {
    lines.push(
      `So ${$(`F \\in \\GEN_{${gen}}`)} while ${$(`F \\notin \\LEN_{${lenAny - 1}}`)}: ` +
        `enforcing layer-wise`,
      'equivariance strictly limits the expressive power at this width, and enlarging the ' +
        'hidden layer',
      `to ${$(`${lenAny}`)} units compensates (Lemma 6.1 alone gives ` +
        `${$(`\\lvert G\\rvert\\cdot ${gen} = ${order * gen}`)}).`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

function figureSection(options: DerivationOptions): string {
  if (!options.figures || options.figures.length === 0) return '';
  const blocks = options.figures.map(
    (f) =>
      '\\begin{minipage}[t]{0.48\\textwidth}\\centering' +
      `\\includegraphics[width=\\linewidth]{${f.file}}\\\\` +
      `{\\small ${escapeLatex(f.caption)}}\\end{minipage}`,
  );
  const rows: string[] = [];
  for (let i = 0; i < blocks.length; i += 2)
    rows.push(`${blocks[i]}\\hfill${blocks[i + 1] ?? ''}\\par\\medskip`);
  return [
    '\\section{Figures}',
    'Drawn from the exact linear regions of the target (not from samples).',
    '',
    '\\noindent',
    ...rows,
    '',
  ].join('\n');
}

/**
 * The derivation document of a certificate.
 * @param cert a certificate, already accepted by `checkCertificate`
 * @param options PNG figures to include (they must be placed next to the .tex to compile)
 * @returns the LaTeX source and the list of its formulas
 * @throws InputError when the certificate's group or networks do not parse
 */
function buildDerivation(cert: Certificate, options: DerivationOptions = {}): Derivation {
  const m = formulaRecorder();
  const $ = m.inline;
  const group = groupOf(cert);
  const target = parseNetwork(cert.target, 'certificate.target');
  const equivariance = equivarianceSection(target, group, m);
  const body = [
    '\\section{Setting}',
    `A two-layer ReLU network of width ${$('m')} without biases computes ` +
      `${$('F(x) = \\sum_{i=1}^{m} \\beta_i \\relu(\\langle \\alpha_i, x\\rangle)')} with ` +
      `channel vectors ` +
      `${$('\\alpha_i')} and output weights ${$('\\beta_i')}. ${$('\\GN_m')} is the class of ` +
      `all such ` +
      `networks of width at most ${$('m')}; ${$('\\GEN_m')} those that are ` +
      `${$('G')}-equivariant as ` +
      `functions; ${$('\\LEN_m')} the layer-wise equivariant ones, whose hidden units ${$('G')} ` +
      `permutes ` +
      `(any permutation representation, or only copies of the regular one). All numbers below ` +
      `are exact rationals.`,
    '',
    groupSection(group, cert, m),
    targetSection(target, m),
    equivariance.text,
    orbitSection(cert, m),
    '\\section{Least widths}',
    ...cert.claims.map((c) =>
      claimSection(c, cert.claims, target, group, equivariance.equivariant, m),
    ),
    conclusionSection(cert, group.elements.length, m),
    figureSection(options),
  ];
  const usesFigures = Boolean(options.figures && options.figures.length > 0);
  const tex = latexDocument({
    title: 'Least widths of a two-layer ReLU target under a finite group',
    subtitle: cert.description,
    abstract:
      'This document is generated from a symrelu certificate that was re-checked by an ' +
      'independent ' +
      'checker. It derives, with exact arithmetic, the least widths of the target in the ' +
      'classes GN, ' +
      'GEN and LEN (arXiv 2512.09673, Sections 4 and 5).',
    body,
    packages: usesFigures ? ['graphicx'] : [],
  });
  return { tex, formulas: m.formulas };
}

export { buildDerivation };
export type { Derivation, DerivationOptions };
