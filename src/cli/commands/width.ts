/**
 * # Width commands: width, verify
 *
 * `symrelu width NET --class gn|gen|len [--group G] [--hidden any|regular] [--json]`: the least
 * width of the target in GN, GEN or LEN (MATH.md section 4), with a realisation and the
 * lower-bound argument, or an honest interval. JSON: `{"width": n, "exact": true,
 * "realisation": NET, "lowerBound": {...}}` (LEN adds `"permutations"`), or `{"width": null,
 * "exact": false, "lower": a, "upper": b, "reason": "...", "realisation": NET}`. A target that
 * is not equivariant lies in no GEN or LEN: exit 1 with a witness point.
 *
 * `symrelu verify CERT [--json]`: runs the independent checker on a certificate; exit 0 when
 * every claim holds, 1 when one fails (naming it), 2 when the file is not a readable
 * certificate.
 */

import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import { isEquivariant } from '../../theory/equivariance/isEquivariant.ts';
import { minimalGnWidth } from '../../theory/width/minimalGnWidth.ts';
import { minimalLenWidth } from '../../theory/width/minimalLenWidth.ts';
import { gnLowerBound, lenLowerBound, networkJson } from '../../certificate/buildCertificate.ts';
import { checkCertificate } from '../../certificate/checkCertificate.ts';
import {
  loadGroup,
  loadNetwork,
  printJson,
  printText,
  progressReporter,
  readJsonFile,
} from '../io.ts';
import { formatVector } from '../format.ts';
import { parseMaxOrder, type JsonOption } from './core.ts';

interface WidthOptions extends JsonOption {
  class: string;
  group?: string;
  hidden?: string;
  maxOrder?: number;
}

function formatChannels(net: {
  channels: readonly {
    alpha: readonly { toString(): string }[];
    beta: readonly { toString(): string }[];
  }[];
}): string {
  return net.channels
    .map((c, i) => `  unit ${i}: alpha = (${c.alpha.join(', ')}), beta = (${c.beta.join(', ')})`)
    .join('\n');
}

/**
 * An answer that is only an interval (a capped or undecided search): the JSON shape
 * `{width: null, exact: false, lower, upper, reason, ...}`, or one line of text and the
 * realisation of the upper end.
 */
function printInterval(
  opts: WidthOptions,
  label: string,
  result: { lower: number; upper: number; reason: string },
  upperRealisation: Parameters<typeof formatChannels>[0],
  json: Record<string, unknown>,
): void {
  if (opts.json) {
    const { lower, upper, reason } = result;
    printJson({ width: null, exact: false, lower, upper, reason, ...json });
  } else {
    printText(
      `${label} lies in [${result.lower}, ${result.upper}]: ${result.reason}\n` +
        `realisation of width ${result.upper}:\n${formatChannels(upperRealisation)}`,
    );
  }
}

function runWidth(file: string, opts: WidthOptions): void {
  const cls = opts.class.toLowerCase();
  if (!['gn', 'gen', 'len'].includes(cls))
    throw new InputError('--class', `expected gn, gen or len, got "${opts.class}"`);
  const target = loadNetwork(file);
  if (cls === 'gn') {
    printGn(target, opts, 'GN');
    return;
  }
  if (!opts.group)
    throw new InputError(
      '--group',
      `--class ${cls} needs a group (a preset such as klein4, or a group file)`,
    );
  const group = loadGroup(opts.group, opts.maxOrder);
  if (cls === 'gen') {
    const eq = isEquivariant(target, group);
    if (!eq.equivariant) {
      const w = eq.witness;
      const reason = `the target is not equivariant under ${group.name}, so it lies in no GEN`;
      if (opts.json) printJson({ width: null, exact: true, member: false, reason, witness: w });
      else
        printText(
          `${reason}: at x = (${formatVector(w.x)}), F(g x) = (${formatVector(w.left)}) but g ` +
            `F(x) = (${formatVector(w.right)}) for generator ${w.generator}`,
        );
      process.exitCode = 1;
      return;
    }
    printGn(target, opts, 'GEN');
    return;
  }
  const hidden = opts.hidden ?? 'any';
  if (hidden !== 'any' && hidden !== 'regular')
    throw new InputError('--hidden', `expected any or regular, got "${hidden}"`);
  const onProgress = progressReporter('LEN orbit choices');
  const result = minimalLenWidth(target, group, hidden, { onProgress });
  if (!result.member) {
    const w = result.witness;
    if (opts.json)
      printJson({ width: null, exact: true, member: false, reason: result.reason, witness: w });
    else
      printText(
        `${result.reason}: at x = (${formatVector(w.x)}), F(g x) = (${formatVector(w.left)}) but ` +
          `g F(x) = (${formatVector(w.right)}) for generator ${w.generator}`,
      );
    process.exitCode = 1;
    return;
  }
  const realisation = networkJson(result.realisation.network);
  const permutations = result.realisation.permutations;
  if (!result.exact) {
    printInterval(opts, `least LEN width (${hidden})`, result, result.realisation.network, {
      realisation,
      permutations,
      lowerBound: lenLowerBound(result.lowerBound, group),
    });
    return;
  }
  const lowerBound = lenLowerBound(result.lowerBound, group);
  if (opts.json)
    printJson({ width: result.width, exact: true, hidden, realisation, permutations, lowerBound });
  else {
    printText(`least LEN width (${hidden} hidden action) under ${group.name}: ${result.width}`);
    printText(`realisation:\n${formatChannels(result.realisation.network)}`);
    permutations.forEach((p, g) =>
      printText(`  generator ${g} permutes the hidden units as [${p.join(', ')}]`),
    );
    printText(`lower bound: ${lowerBound.reason}`);
  }
}

function printGn(
  target: ReturnType<typeof loadNetwork>,
  opts: WidthOptions,
  label: 'GN' | 'GEN',
): void {
  const result = minimalGnWidth(target, { onProgress: progressReporter('GN hyperplane choices') });
  const realisation = networkJson(result.realisation);
  if (!result.exact) {
    printInterval(opts, `least ${label} width`, result, result.realisation, {
      realisation,
      lowerBound: gnLowerBound(result.lowerBound),
    });
    return;
  }
  const lowerBound = gnLowerBound(result.lowerBound);
  if (opts.json) printJson({ width: result.width, exact: true, realisation, lowerBound });
  else {
    printText(`least ${label} width: ${result.width}`);
    printText(`realisation:\n${formatChannels(result.realisation)}`);
    printText(`lower bound: ${lowerBound.reason}`);
  }
}

function registerWidthCommands(program: Command): void {
  program
    .command('width')
    .description(
      'least width of a function in GN, GEN or LEN, with realisation and lower bound (MATH.md ' +
        'section 4)',
    )
    .argument('<net>', 'network JSON file (the target function)')
    .requiredOption('--class <class>', 'gn, gen or len')
    .option('--group <group>', 'group JSON file or preset (needed for gen and len)')
    .option('--hidden <convention>', 'LEN hidden permutation action: any or regular', 'any')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable output')
    .action((file: string, opts: WidthOptions) => runWidth(file, opts));

  program
    .command('verify')
    .description(
      'check a width certificate independently: exit 0 valid, 1 a claim fails, 2 unreadable',
    )
    .argument('<cert>', 'certificate JSON file')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: JsonOption) => {
      const verdict = checkCertificate(readJsonFile(file), file);
      if (opts.json) printJson(verdict);
      else {
        for (const p of verdict.problems) printText(`FAIL ${p}`);
        for (const c of verdict.claims) {
          printText(`${c.valid ? 'ok  ' : 'FAIL'} ${c.id}: ${c.statement}`);
          for (const m of c.messages) printText(`       ${m}`);
        }
        printText(verdict.valid ? 'certificate verified' : 'certificate REJECTED');
      }
      process.exitCode = verdict.valid ? 0 : 1;
    });
}

export { registerWidthCommands };
