/**
 * # Parametric commands: derive, layer
 *
 * `derive NET [--group G] [--hyperplane n] [--json] [--latex FILE]`: the canonical form of a
 * parametric network as an exact case split, the boundary hyperplane conditions (Theorem 4.2),
 * and with a group the equivariance and LEN conditions and their exact solutions.
 * `layer --group G --hidden ORBITS [--outputs k] [--json]`: the general layer-wise equivariant
 * layer, printed as the parametric network file that `derive` reads back (its description
 * field states the parameter count); `--json` wraps it with the hidden permutations.
 * Both exit 0: their answers are conditions, not a yes/no.
 */

import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import {
  parseParametricNetwork,
  parametricNetworkToJson,
} from '../../parametric/parametricNetwork.ts';
import { deriveParametric } from '../../parametric/derivation.ts';
import { derivationToJson, formatDerivation } from '../../parametric/derivationText.ts';
import { derivationToLatex } from '../../parametric/derivationLatex.ts';
import { generalLenLayer, parseOrbitTypes } from '../../parametric/generalLayer.ts';
import {
  loadGroup,
  parsePoint,
  printJson,
  printText,
  progressReporter,
  readJsonFile,
} from '../io.ts';
import { parseMaxOrder } from './core.ts';

interface DeriveOptions {
  group?: string;
  maxOrder?: number;
  hyperplane?: string[];
  json?: boolean;
  latex?: string;
}

interface LayerOptions {
  group: string;
  hidden: string;
  outputs?: string;
  maxOrder?: number;
  json?: boolean;
}

/** Writes the whole file next to its target first, then renames, so no half-written file. */
function writeFileAtomically(path: string, content: string): void {
  const target = resolve(path);
  const staging = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    writeFileSync(staging, content);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? 'unwritable';
    throw new InputError(`--latex ${path}`, `cannot write the file (${code})`);
  }
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function registerParametricCommands(program: Command): void {
  program
    .command('derive')
    .description('case split and derived conditions of a parametric network')
    .argument('<net>', 'parametric network JSON file ("parameters" plus expression weights)')
    .option('--group <group>', 'group file or preset: adds equivariance and LEN conditions')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option(
      '--hyperplane <normal>',
      'also decide this hyperplane, e.g. "1,-1" (repeatable)',
      collect,
    )
    .option('--json', 'machine-readable output')
    .option('--latex <file>', 'also write the derivation as a LaTeX document')
    .action((file: string, opts: DeriveOptions) => {
      const net = parseParametricNetwork(readJsonFile(file), file);
      const group = opts.group === undefined ? null : loadGroup(opts.group, opts.maxOrder);
      if (group && group.inputDim !== net.inputDim) {
        throw new InputError(
          '--group',
          `acts on Q^${group.inputDim}, the network on Q^${net.inputDim}`,
        );
      }
      if (group && group.outputDim !== null && group.outputDim !== net.outputDim) {
        throw new InputError(
          '--group',
          `acts on outputs Q^${group.outputDim}, the network has Q^${net.outputDim}`,
        );
      }
      const normals = (opts.hyperplane ?? []).map((text, i) => {
        const normal = parsePoint(text.split(','), net.inputDim, `--hyperplane ${i + 1}`);
        if (normal.every((x) => x.isZero()))
          throw new InputError(`--hyperplane ${i + 1}`, 'the normal is zero');
        return normal;
      });
      const progress = progressReporter('derive: cases');
      const derivation = deriveParametric(net, group, normals, progress);
      if (opts.latex !== undefined)
        writeFileAtomically(
          opts.latex,
          derivationToLatex(derivation, `Derivation for ${basename(file)}`),
        );
      if (opts.json) printJson(derivationToJson(derivation));
      else printText(formatDerivation(derivation));
    });

  program
    .command('layer')
    .description('the general layer-wise equivariant layer as a parametric network')
    .requiredOption('--group <group>', 'group file or preset name')
    .requiredOption(
      '--hidden <orbits>',
      'hidden orbit types: free | G/1 | G/G | G/<i+j>, comma-separated, N* for copies',
    )
    .option('--outputs <k>', "output dimension (default: the group's, else 1)")
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'also the hidden permutations, cosets and parameter counts')
    .action((opts: LayerOptions) => {
      const group = loadGroup(opts.group, opts.maxOrder);
      let k = group.outputDim ?? 1;
      if (opts.outputs !== undefined) {
        if (!/^\d+$/.test(opts.outputs) || Number(opts.outputs) < 1 || Number(opts.outputs) > 64) {
          throw new InputError('--outputs', `expected a whole number 1..64, got "${opts.outputs}"`);
        }
        k = Number(opts.outputs);
      }
      const orbits = parseOrbitTypes(opts.hidden, group, '--hidden');
      const layer = generalLenLayer(group, orbits, k);
      const description =
        `General LEN layer for ${group.name}, ` +
        `hidden orbits ${orbits.map((o) => o.label).join(', ')}: ` +
        `${layer.network.parameters.length} parameters`;
      const network = parametricNetworkToJson(layer.network, description);
      if (!opts.json) {
        printJson(network);
        return;
      }
      printJson({
        network,
        parameters: layer.network.parameters.length,
        inputParameters: layer.inputParameters,
        outputParameters: layer.outputParameters,
        hiddenPermutations: layer.permutations,
        units: layer.units,
      });
    });
}

export { registerParametricCommands };
