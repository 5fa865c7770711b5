/**
 * # Core commands: canon, hyperplanes, eval, feature, group, equal
 *
 * The exact questions about one network or one group (MATH.md sections 1 and 2): the canonical
 * form, the boundary hyperplanes, exact evaluation and the feature function at a rational point,
 * a group's order and elements, and functional equality of two networks with a witness point.
 */

import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import type { Rational } from '../../scalar/rational.ts';
import { countOf } from '../../scalar/parseJson.ts';
import { canonicalForm } from '../../network/canonicalForm.ts';
import { evaluate, featureFunction } from '../../network/evaluate.ts';
import { functionallyEqual } from '../../network/functionalEquality.ts';
import { lineOrbit, orbit } from '../../group/action.ts';
import { loadGroup, loadNetwork, parsePoint, printJson, printText } from '../io.ts';
import { formatCanonicalForm, formatGroup, formatVector } from '../format.ts';

interface JsonOption {
  json?: boolean;
}

function parseMaxOrder(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new InputError('--max-order', `expected a positive whole number, got "${text}"`);
  return Number(text);
}

/**
 * The point given on the command line for a network read from `file`. Coordinates such as
 * `-1/3` reach here because eval and feature accept unknown options as arguments (commander
 * only recognises plain negative decimals as numbers).
 */
function pointFor(file: string, dim: number, words: readonly string[]): Rational[] {
  if (words.length !== dim) {
    throw new InputError(
      'x',
      `expected ${countOf(dim, 'coordinate')} (the input dimension of ${file}), ` +
        `got ${words.length}` +
        (words.some((w) => w.startsWith('--')) ? ` (${words.join(' ')})` : ''),
    );
  }
  return parsePoint(words, dim, 'x');
}

function registerCoreCommands(program: Command): void {
  program
    .command('canon')
    .description('canonical form W x + sum c_l |<n_l, x>| of a network (MATH.md section 2)')
    .argument('<net>', 'network JSON file')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: JsonOption) => {
      const cf = canonicalForm(loadNetwork(file));
      if (opts.json) printJson({ linear: cf.linear, hyperplanes: cf.hyperplanes });
      else printText(formatCanonicalForm(cf));
    });

  program
    .command('hyperplanes')
    .description('boundary hyperplanes of a network with their kinks (Definition 4.1, Theorem 4.2)')
    .argument('<net>', 'network JSON file')
    .option('--json', 'machine-readable output')
    .action((file: string, opts: JsonOption) => {
      const cf = canonicalForm(loadNetwork(file));
      if (opts.json) printJson({ hyperplanes: cf.hyperplanes });
      else if (cf.hyperplanes.length === 0)
        printText('no boundary hyperplanes (the network is linear)');
      else
        for (const h of cf.hyperplanes)
          printText(`<(${formatVector(h.normal)}), x> = 0    kink (${formatVector(h.kink)})`);
    });

  program
    .command('eval')
    .description('exact value F(x) of a network at a rational point')
    .argument('<net>', 'network JSON file')
    .argument('<x...>', 'coordinates: integers, p/q or decimals')
    .option('--json', 'machine-readable output')
    .allowUnknownOption()
    .action((file: string, xs: string[], opts: JsonOption) => {
      const net = loadNetwork(file);
      const x = pointFor(file, net.inputDim, xs);
      const value = evaluate(net, x);
      if (opts.json) printJson({ x, value });
      else printText(formatVector(value));
    });

  program
    .command('feature')
    .description('feature function Phi_F(x), the Jacobian of F on the region of x (Figure 2)')
    .argument('<net>', 'network JSON file')
    .argument('<x...>', 'coordinates: integers, p/q or decimals')
    .option('--json', 'machine-readable output')
    .allowUnknownOption()
    .action((file: string, xs: string[], opts: JsonOption) => {
      const net = loadNetwork(file);
      const x = pointFor(file, net.inputDim, xs);
      const phi = featureFunction(net, x);
      if (opts.json) printJson({ x, feature: phi });
      else for (const row of phi) printText(formatVector(row));
    });

  program
    .command('group')
    .description('order, elements and orbit data of a finite matrix group')
    .argument(
      '<group>',
      'group JSON file or preset name (klein4, cyclic:3, hyperoctahedral:3, ...)',
    )
    .option('--json', 'machine-readable output')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option(
      '--orbit <v...>',
      'also give orbit and stabiliser of this vector (e.g. --orbit 1 0, or --orbit=-1/3,1)',
    )
    .action((spec: string, opts: JsonOption & { maxOrder?: number; orbit?: string[] }) => {
      const group = loadGroup(spec, opts.maxOrder);
      const words = opts.orbit?.flatMap((w) => w.split(','));
      const v = words ? parsePoint(words, group.inputDim, '--orbit') : null;
      const orbitData = v && {
        vector: v,
        linear: orbit(group, v, 'linear'),
        contragredient: orbit(group, v, 'contragredient'),
        hyperplane: lineOrbit(group, v, 'contragredient'),
      };
      if (opts.json) {
        printJson({
          name: group.name,
          order: group.elements.length,
          inputDim: group.inputDim,
          outputDim: group.outputDim,
          generators: group.generators.map((g) => ({ input: g.input, output: g.output })),
          elements: group.elements.map((g) => ({ input: g.input, output: g.output, word: g.word })),
          ...(orbitData ? { orbit: orbitData } : {}),
        });
      } else {
        printText(formatGroup(group));
        if (orbitData) {
          const { vector, linear, contragredient, hyperplane } = orbitData;
          printText(
            `orbit of (${formatVector(vector)}) under rho_in: ${linear.points.length} points, ` +
              `stabiliser order ${linear.stabiliser.length}`,
          );
          printText(
            'orbit under the contragredient action rho_in^{-T}: ' +
              `${contragredient.points.length} points, ` +
              `stabiliser order ${contragredient.stabiliser.length}`,
          );
          printText(
            `orbit of the hyperplane with this normal: ${hyperplane.points.length} hyperplanes`,
          );
        }
      }
    });

  program
    .command('equal')
    .description(
      'do two networks compute the same function? exit 0 yes, 1 no (with a witness point)',
    )
    .argument('<net1>', 'network JSON file')
    .argument('<net2>', 'network JSON file')
    .option('--json', 'machine-readable output')
    .action((file1: string, file2: string, opts: JsonOption) => {
      const f = loadNetwork(file1);
      const g = loadNetwork(file2);
      if (f.inputDim !== g.inputDim || f.outputDim !== g.outputDim) {
        throw new InputError(
          file2,
          `shape ${g.inputDim}->${g.outputDim} differs from ` +
            `${file1}'s ${f.inputDim}->${f.outputDim}`,
        );
      }
      const result = functionallyEqual(f, g);
      if (opts.json) printJson(result);
      else if (result.equal) printText('equal: the two networks compute the same function');
      else {
        const w = result.witness;
        printText(
          `not equal: at x = (${formatVector(w.x)}) the first gives (${formatVector(w.left)}), ` +
            `the second (${formatVector(w.right)})`,
        );
      }
      process.exitCode = result.equal ? 0 : 1;
    });
}

export { registerCoreCommands, parseMaxOrder };
export type { JsonOption };
