/**
 * # The main job: `prove example-5.1` and `certify NET --group G`
 *
 * Both commands build a width certificate for a target and a group (`buildCertificate`: least
 * GN/GEN width, least LEN width for any and for regular hidden layers, MATH.md sections 4 and
 * 5), re-check it with the independent checker (`checkCertificate`, which shares no code with
 * the searches) after a round trip through JSON text, and write, all at once through
 * `writeOutputDirectory` (so a failure at any step leaves no output directory):
 *
 * - `certificate.json`: the certificate (docs/certificates.md);
 * - `derivation-body.tex`: the derivation as a fragment to `\input` into any amsmath + amsthm
 *   article (macros `\sr...` by `\providecommand`, theorem-like environments `sr...` only when
 *   absent, the paper cited by number), every formula first checked with KaTeX;
 * - `derivation.tex` (a complete article that inputs the fragment, with the figures) and, when
 *   pdflatex is installed, `derivation.pdf`;
 * - for input dimension 2, Figures 1 and 2 as SVG and PNG (`figure1-surface`,
 *   `figure1-contours`, `figure2-feature-<coordinate>`), also included in the PDF.
 *
 * `prove example-5.1` is this for the paper's Example 5.1: G = {I, P, -I, -P} (`klein4`) and
 * s(a, b) = relu(a) + relu(-b) + relu(b - a). Exit codes: 0 when the certificate was verified,
 * 1 when the checker rejected it (nothing is written then), 2 for bad input.
 *
 * A target that is not G-equivariant still gets exit 0: its certificate (least GN width, and
 * no GEN or LEN class containing it) is verified, and that is what the command certifies. The
 * summary then opens with the fact and a witness, so it cannot be mistaken for a width answer
 * in GEN or LEN (`width --class gen` exits 1 there, because it was asked for a GEN width). An
 * existing output folder is reused: files of the same names are replaced, others are kept.
 */

import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { Rational } from '../../scalar/rational.ts';
import { InputError } from '../../scalar/parseRational.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import { presetGroup } from '../../group/presets.ts';
import type { Network } from '../../network/network.ts';
import { canonicalForm } from '../../network/canonicalForm.ts';
import type { Certificate } from '../../certificate/certificate.ts';
import { buildCertificate } from '../../certificate/buildCertificate.ts';
import { checkCertificate, type CertificateVerdict } from '../../certificate/checkCertificate.ts';
import { buildDerivation, DERIVATION_BODY_FILE } from '../../latex/buildDerivation.ts';
import { checkFormulas, describeProblem } from '../../latex/checkFormulas.ts';
import { isEquivariant } from '../../theory/equivariance/isEquivariant.ts';
import {
  compileLatex,
  PDFLATEX_INSTALL_HINT,
  type CompileOptions,
  type CompileResult,
} from '../../latex/compileLatex.ts';
import { figureFiles } from '../../picture/figures.ts';
import { loadGroup, loadNetwork, printJson, printText, writeOutputDirectory } from '../io.ts';
import { parseMaxOrder } from './core.ts';

/** Units of the target written out in the summary; the rest are counted. */
const SUMMARY_UNITS = 8;

/** The line styles of every planar figure, for the captions. */
const FIGURE_LEGEND =
  'Solid black lines: boundary hyperplanes of the drawn output component; dotted grey lines: ' +
  'coordinate axes that are not boundary hyperplanes.';

/** What `--out` does with an existing folder, for both commands' help. */
const OUT_HELP =
  'output folder (default out/<name>); an existing folder is reused: files of the same names ' +
  'are overwritten, other files are left alone';

/** The results `prove` knows, by name. */
const PROVABLE = ['example-5.1'] as const;

interface CertificationOptions {
  /** Short name used in the summary, e.g. "Example 5.1". */
  readonly title: string;
  /** Names of the two input coordinates for pictures (input dimension 2). */
  readonly labels?: readonly [string, string];
  /** The LaTeX compiler; injectable so tests can make a step fail. */
  readonly compile?: (tex: string, options: CompileOptions) => CompileResult;
}

interface CertificationOutput {
  readonly certificate: Certificate;
  readonly verdict: CertificateVerdict;
  /** File name -> content; empty when the checker rejected the certificate. */
  readonly files: Map<string, string | Uint8Array>;
  /** Lines for stdout. */
  readonly summary: string[];
  /** Lines for stderr (missing pdflatex, overfull lines). */
  readonly notes: string[];
  readonly pdf: 'written' | 'missing' | 'failed';
}

/** The target of Example 5.1: s(a, b) = relu(a) + relu(-b) + relu(b - a). */
function example51Target(): Network {
  const v = (...xs: number[]): Rational[] => xs.map((x) => Rational.of(x));
  return {
    inputDim: 2,
    outputDim: 1,
    channels: [
      { alpha: v(1, 0), beta: v(1) },
      { alpha: v(0, -1), beta: v(1) },
      { alpha: v(-1, 1), beta: v(1) },
    ],
  };
}

function leastWidth(cert: Certificate, cls: string, hidden?: string): string {
  const claim = cert.claims.find(
    (c) =>
      c.class === cls && (hidden === undefined || c.hidden === hidden) && c.kind !== 'notInClass',
  );
  if (!claim) return 'none (the target is not equivariant)';
  return claim.kind === 'leastWidth' ? `${claim.width}` : `at most ${claim.width}`;
}

function variables(d: number): string {
  return d === 2
    ? 'a,b'
    : d === 3
      ? 'a,b,c'
      : Array.from({ length: d }, (_, i) => `x${i + 1}`).join(',');
}

/** `relu(a) + relu(-b) + 1/2 relu(-a + b)` for the summary line (vector weights in brackets). */
function networkText(net: Network, shown = Infinity): string {
  const names = variables(net.inputDim).split(',');
  const term = (c: Rational, i: number): string => {
    const size = c.abs().equals(Rational.ONE) ? '' : `${c.abs()} `;
    return c.isZero() ? '' : `${c.sign() < 0 ? ' - ' : ' + '}${size}${names[i]}`;
  };
  const form = (alpha: readonly Rational[]): string =>
    alpha.map(term).join('').replace(/^ \+ /, '').replace(/^ - /, '-');
  const terms = net.channels.map((ch) => {
    const weight = ch.beta.length === 1 ? ch.beta[0]!.toString() : `[${ch.beta.join(', ')}]`;
    const prefix = weight === '1' ? '' : weight === '-1' ? '-' : `${weight} `;
    return `${prefix}relu(${form(ch.alpha) || '0'})`;
  });
  const text =
    terms.length > shown
      ? `${terms.slice(0, shown).join(' + ')} + ... (${terms.length} units in all)`
      : terms.join(' + ');
  return text.replace(/\+ -/g, '- ') || '0';
}

function summaryLines(
  title: string,
  target: Network,
  group: MatrixGroup,
  cert: Certificate,
  verdict: CertificateVerdict,
): string[] {
  const p = canonicalForm(target).hyperplanes.length;
  const outputs = group.outputDim === null ? 'invariant output' : `output Q^${group.outputDim}`;
  const check = isEquivariant(target, group);
  const lines: string[] = [];
  if (!check.equivariant) {
    const kind = group.outputDim === null ? 'invariant' : 'equivariant';
    const w = check.witness;
    lines.push(
      `the target is not ${group.name}-${kind}: no GEN or LEN network computes it; witness ` +
        `x = (${w.x.join(', ')}) and generator g${w.generator + 1}: ` +
        (group.outputDim === null
          ? `F(g x) = ${w.left.join(', ')} but F(x) = ${w.right.join(', ')}`
          : `F(g x) = (${w.left.join(', ')}) but g F(x) = (${w.right.join(', ')})`),
    );
  }
  lines.push(
    `${title}: group ${group.name} of order ${group.elements.length} on Q^${group.inputDim} ` +
      `(${outputs})`,
    `target: F(${variables(target.inputDim)}) = ${networkText(target, SUMMARY_UNITS)}; ` +
      `${p} boundary hyperplane${p === 1 ? '' : 's'}`,
  );
  if (check.equivariant) {
    lines.push(
      `least GN width ${leastWidth(cert, 'GN')}; least GEN width ${leastWidth(cert, 'GEN')}`,
      `least LEN width ${leastWidth(cert, 'LEN', 'any')} with any permutation hidden layer, ` +
        `${leastWidth(cert, 'LEN', 'regular')} with regular hidden layers only`,
    );
  } else {
    lines.push(`least GN width ${leastWidth(cert, 'GN')}; no GEN or LEN width (not equivariant)`);
  }
  for (const c of cert.claims.filter((x) => x.kind === 'notInClass')) lines.push(c.statement);
  const checked = verdict.claims.filter((c) => c.valid).length;
  const claims = `${checked} claim${checked === 1 ? '' : 's'}`;
  lines.push(
    verdict.valid
      ? `certificate verified: ${checked === 1 ? 'its one claim' : `all ${claims}`} ` +
          're-checked by the independent checker'
      : `certificate REJECTED by the independent checker (${claims} of ` +
          `${verdict.claims.length} hold)`,
  );
  return lines;
}

/**
 * Builds every output file in memory: certificate, derivation (and PDF when pdflatex is
 * present) and, for planar inputs, the figures. Writes nothing.
 */
function certificationOutput(
  target: Network,
  group: MatrixGroup,
  options: CertificationOptions,
): CertificationOutput {
  const certificate = buildCertificate(target, group);
  const json = `${JSON.stringify(certificate, null, 2)}\n`;
  // The checker reads the certificate as a file would give it: parsed JSON text.
  const verdict = checkCertificate(JSON.parse(json));
  const summary = summaryLines(options.title, target, group, certificate, verdict);
  const files = new Map<string, string | Uint8Array>();
  const notes: string[] = [];
  if (!verdict.valid) {
    for (const problem of verdict.problems) notes.push(`checker: ${problem}`);
    for (const c of verdict.claims.filter((x) => !x.valid)) {
      notes.push(`checker: claim ${c.id} (${c.statement}): ${c.messages.join('; ')}`);
    }
    return { certificate, verdict, files, summary, notes, pdf: 'failed' };
  }
  files.set('certificate.json', json);

  const figures =
    target.inputDim === 2
      ? figureFiles(target, { labels: options.labels ?? ['a', 'b'] })
      : new Map();
  const pngs = new Map([...figures].filter(([name]) => name.endsWith('.png')));
  const captions: Record<string, string> = {
    'figure1-surface': 'the graph of F (paper, Figure 1 left)',
    'figure1-contours': 'exact level sets of F (paper, Figure 1 right)',
  };
  const figureList = [...pngs.keys()].map((file) => {
    const stem = file.replace(/\.png$/, '');
    const feature = /^figure2-feature-([^-]+)(-out\d+)?$/.exec(stem);
    const caption =
      captions[stem.replace(/-out\d+$/, '')] ??
      (feature ? `the feature function dF/d${feature[1]} (paper, Figure 2)` : stem);
    const output = /-out(\d+)$/.exec(stem);
    return { file, caption: output ? `${caption}, output component ${output[1]}` : caption };
  });
  const derivation = buildDerivation(certificate, { figures: figureList, legend: FIGURE_LEGEND });
  const bad = checkFormulas(derivation.formulas);
  if (bad.length > 0) {
    // Our own generated formula: an internal bug, reported on one line.
    throw new Error(
      `internal: derivation formula rejected by KaTeX (${bad.length} formula` +
        `${bad.length === 1 ? '' : 's'}): ${describeProblem(bad[0]!)}`,
    );
  }
  files.set('derivation.tex', derivation.tex);
  files.set(DERIVATION_BODY_FILE, derivation.body);
  for (const [name, content] of figures) files.set(name, content);

  const compiled = (options.compile ?? compileLatex)(derivation.tex, {
    extraFiles: new Map([...pngs, [DERIVATION_BODY_FILE, derivation.body]]),
  });
  let pdf: CertificationOutput['pdf'];
  if (compiled.status === 'ok') {
    files.set('derivation.pdf', compiled.pdf);
    pdf = 'written';
    for (const line of compiled.overfull) notes.push(`pdflatex: ${line}`);
  } else if (compiled.status === 'missing') {
    pdf = 'missing';
    notes.push(
      `pdflatex not found (${compiled.command}): derivation.pdf not written; install it with ` +
        `\`${PDFLATEX_INSTALL_HINT}\` and run \`pdflatex derivation.tex\` in the output folder`,
    );
  } else {
    pdf = 'failed';
    notes.push(`pdflatex failed on derivation.tex (${compiled.error}); derivation.pdf not written`);
  }
  return { certificate, verdict, files, summary, notes, pdf };
}

interface RunOptions extends CertificationOptions {
  readonly out: string;
  readonly json?: boolean;
}

/** Builds, then writes all files at once, then reports; returns the exit code. */
function runCertification(target: Network, group: MatrixGroup, options: RunOptions): 0 | 1 {
  const output = certificationOutput(target, group, options);
  if (output.verdict.valid) writeOutputDirectory(options.out, output.files);
  for (const note of output.notes) process.stderr.write(`symrelu: ${note}\n`);
  const names = [...output.files.keys()].sort();
  if (options.json) {
    printJson({
      verified: output.verdict.valid,
      equivariant: isEquivariant(target, group).equivariant,
      out: output.verdict.valid ? options.out : null,
      files: output.verdict.valid ? names : [],
      pdf: output.pdf,
      claims: output.certificate.claims.map((c, i) => ({
        id: c.id,
        kind: c.kind,
        class: c.class,
        ...(c.hidden ? { hidden: c.hidden } : {}),
        width: c.width,
        statement: c.statement,
        verified: output.verdict.claims[i]?.valid ?? false,
      })),
    });
  } else {
    printText(output.summary.join('\n'));
    if (output.verdict.valid) printText(`wrote ${options.out}/: ${names.join(' ')}`);
  }
  return output.verdict.valid ? 0 : 1;
}

function defaultOutFor(netFile: string): string {
  return `out/${basename(netFile, extname(netFile)) || 'certificate'}`;
}

/** Registers `prove` and `certify` on the program. */
function registerProveCommands(program: Command): void {
  program
    .command('prove')
    .description(
      'certify a result of the paper: writes certificate.json, derivation-body.tex (to \\input ' +
        'in your paper), derivation.tex/.pdf and figures',
    )
    .argument('<result>', `which result (${PROVABLE.join(', ')})`)
    .option('--out <dir>', OUT_HELP)
    .option('--json', 'machine-readable summary')
    .action((result: string, opts: { out?: string; json?: boolean }) => {
      if (!(PROVABLE as readonly string[]).includes(result)) {
        throw new InputError(
          'result',
          `unknown result "${result}" (known: ${PROVABLE.join(', ')})`,
        );
      }
      process.exitCode = runCertification(example51Target(), presetGroup('klein4'), {
        title: 'Example 5.1 (arXiv 2512.09673)',
        out: opts.out ?? `out/${result}`,
        json: opts.json,
      });
    });

  program
    .command('certify')
    .description(
      'least GN/GEN/LEN widths of any target under a group, certified: same files as prove. ' +
        'A target that is not equivariant is certified too (exit 0): the certificate holds its ' +
        'least GN width, and the summary (first line) and the derivation give a witness that ' +
        'it is not equivariant, so no GEN or LEN network computes it',
    )
    .argument('<net>', 'target network JSON file')
    .requiredOption('--group <group>', 'group JSON file or preset name (klein4, cyclic:3, ...)')
    .option('--out <dir>', OUT_HELP)
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable summary')
    .action(
      (file: string, opts: { group: string; out?: string; json?: boolean; maxOrder?: number }) => {
        const target = loadNetwork(file);
        const group = loadGroup(opts.group, opts.maxOrder);
        process.exitCode = runCertification(target, group, {
          title: `certify ${basename(file)}`,
          out: opts.out ?? defaultOutFor(file),
          json: opts.json,
        });
      },
    );
}

export { registerProveCommands, certificationOutput, runCertification, example51Target };
export type { CertificationOptions, CertificationOutput };
