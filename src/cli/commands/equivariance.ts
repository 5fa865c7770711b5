/**
 * # Equivariance commands: equivariant, layerwise, orbits, symmetrize
 *
 * The equivariance questions of MATH.md sections 1, 3 and 6 on the command line: GEN membership
 * with a witness point or a hyperplane-transport certificate, LEN membership of a given
 * parametrisation with the hidden permutations (conventions `any` and `regular`), the orbits of
 * boundary hyperplanes and channels with their stabilisers, and the symmetrisation of Lemma 6.1.
 * Exit codes: 0 yes/ok, 1 a definite no, 2 bad input.
 */

import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import { networkToJson } from '../../network/parseNetwork.ts';
import { isEquivariant } from '../../theory/equivariance/isEquivariant.ts';
import {
  isLayerwiseEquivariant,
  type HiddenConvention,
} from '../../theory/equivariance/isLayerwiseEquivariant.ts';
import { hyperplaneOrbits } from '../../theory/equivariance/hyperplaneOrbits.ts';
import { channelOrbits } from '../../theory/equivariance/channelOrbits.ts';
import { orbitTypes } from '../../theory/equivariance/orbitTypes.ts';
import { symmetrise } from '../../theory/equivariance/symmetrise.ts';
import { loadGroup, loadNetwork, printJson, printText } from '../io.ts';
import { formatVector } from '../format.ts';
import { parseMaxOrder, type JsonOption } from './core.ts';

interface GroupOptions extends JsonOption {
  group: string;
  maxOrder?: number;
}

function parseHidden(text: string): HiddenConvention {
  if (text === 'any' || text === 'regular') return text;
  throw new InputError('--hidden', `expected "any" or "regular", got "${text}"`);
}

function elementList(indices: readonly number[]): string {
  return `{${indices.join(', ')}}`;
}

function registerEquivarianceCommands(program: Command): void {
  program
    .command('equivariant')
    .description('is F G-equivariant as a function (GEN)? exit 0 yes, 1 no with a witness point')
    .argument('<net>', 'network JSON file')
    .requiredOption('--group <group>', 'group JSON file or preset name (klein4, cyclic:3, ...)')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable output')
    .action((file: string, opts: GroupOptions) => {
      const net = loadNetwork(file);
      const group = loadGroup(opts.group, opts.maxOrder);
      const result = isEquivariant(net, group);
      if (opts.json) printJson(result);
      else if (result.equivariant) {
        printText(
          `equivariant: F(rho_in(g) x) = rho_out(g) F(x) for all g in ${group.name} ` +
            `(order ${group.elements.length}); the ${result.certificate.canonicalForm.hyperplanes.length} ` +
            'boundary hyperplanes are permuted with their kinks transported',
        );
      } else {
        const w = result.witness;
        printText(
          `not equivariant: for generator ${w.generator} at x = (${formatVector(w.x)}), ` +
            `F(rho_in(g) x) = (${formatVector(w.left)}) but rho_out(g) F(x) = (${formatVector(w.right)})`,
        );
      }
      process.exitCode = result.equivariant ? 0 : 1;
    });

  program
    .command('layerwise')
    .description('is this parametrisation a LEN (layer-wise equivariant)? exit 0 yes, 1 no')
    .argument('<net>', 'network JSON file')
    .requiredOption('--group <group>', 'group JSON file or preset name')
    .option(
      '--hidden <convention>',
      'hidden permutation representations: any or regular',
      parseHidden,
      'any',
    )
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable output')
    .action((file: string, opts: GroupOptions & { hidden: HiddenConvention }) => {
      const net = loadNetwork(file);
      const group = loadGroup(opts.group, opts.maxOrder);
      const result = isLayerwiseEquivariant(net, group, opts.hidden);
      process.exitCode = result.layerwise ? 0 : 1;
      if (opts.json) {
        printJson(
          result.layerwise
            ? {
                layerwise: true,
                hidden: result.convention,
                permutations: result.permutations,
                elementPermutations: result.elementPermutations,
                orbits: result.orbits.map((o) => ({ ...o, size: o.units.length })),
              }
            : { layerwise: false, hidden: result.convention, failure: result.failure },
        );
        return;
      }
      if (result.layerwise) {
        printText(
          `layer-wise equivariant (${result.convention} hidden permutation representation)`,
        );
        result.permutations.forEach((p, gi) =>
          printText(`  generator ${gi} permutes the units: [${p.join(', ')}]`),
        );
        for (const o of result.orbits) {
          printText(
            `  orbit G/H of size ${o.units.length}: units [${o.units.join(', ')}], ` +
              `H = ${elementList(o.stabiliser)} (order ${o.stabiliser.length})`,
          );
        }
        return;
      }
      const f = result.failure;
      const c = net.channels[f.channel]!;
      if (f.reason === 'unpartnered') {
        printText(
          `not layer-wise equivariant: channel ${f.channel} (alpha = (${formatVector(c.alpha)}), ` +
            `beta = (${formatVector(c.beta)}), ${f.multiplicity} cop${f.multiplicity === 1 ? 'y' : 'ies'}) ` +
            `has image (alpha = (${formatVector(f.image.alpha)}), beta = (${formatVector(f.image.beta)})) ` +
            `under generator ${f.generator}, which occurs ${f.imageMultiplicity} time(s)`,
        );
      } else {
        printText(
          `not layer-wise equivariant with regular hidden orbits: channel ${f.channel} occurs ` +
            `${f.multiplicity} time(s), not a multiple of its stabiliser order ${f.stabiliser.length} ` +
            `(H = ${elementList(f.stabiliser)})`,
        );
      }
    });

  program
    .command('orbits')
    .description('orbits and stabilisers of boundary hyperplanes (Theorem 4.3) and channels')
    .argument('<net>', 'network JSON file')
    .requiredOption('--group <group>', 'group JSON file or preset name')
    .option('--types', 'also list the orbit types G/H available to a LEN for the group')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable output')
    .action((file: string, opts: GroupOptions & { types?: boolean }) => {
      const net = loadNetwork(file);
      const group = loadGroup(opts.group, opts.maxOrder);
      const hyperplanes = hyperplaneOrbits(net, group);
      const channels = channelOrbits(net, group);
      const types = opts.types ? orbitTypes(group) : null;
      if (opts.json) {
        printJson({
          hyperplaneOrbits: hyperplanes,
          channelOrbits: channels,
          ...(types ? { orbitTypes: types } : {}),
        });
        return;
      }
      printText(
        `boundary hyperplanes: ${hyperplanes.orbits.length} orbit(s) under ${group.name}; ` +
          `G-symmetric: ${hyperplanes.symmetric ? 'yes' : 'no'}; kinks transported: ` +
          `${hyperplanes.consistent ? 'yes' : 'no'}; linear part equivariant: ${hyperplanes.linearEquivariant ? 'yes' : 'no'}`,
      );
      hyperplanes.orbits.forEach((o, i) => {
        printText(`  hyperplane orbit ${i}${o.consistent ? '' : ' (breaks)'}:`);
        for (const m of o.members) {
          const kink = m.kink ? `kink (${formatVector(m.kink)})` : 'not a boundary hyperplane';
          printText(
            `    <(${formatVector(m.normal)}), x> = 0   ${kink}   stabiliser ${elementList(m.stabiliser)}`,
          );
        }
        if (o.break) {
          const b = o.break;
          const actual = b.actualKink ? `(${formatVector(b.actualKink)})` : 'none';
          printText(
            `    element ${b.element} sends (${formatVector(b.from)}) to (${formatVector(b.to)}): ` +
              `kink should be (${formatVector(b.expectedKink)}), is ${actual}`,
          );
        }
      });
      printText(`channels: ${channels.length} orbit(s)`);
      channels.forEach((o, i) => {
        printText(
          `  channel orbit ${i}: size ${o.points.length}, stabiliser ${elementList(o.stabiliser)}` +
            (o.balanced ? '' : ' (unbalanced: not every point carries the same number of units)'),
        );
        o.points.forEach((p, j) => {
          printText(
            `    alpha (${formatVector(p.alpha)}), beta (${formatVector(p.beta)}): units [${o.units[j]!.join(', ')}]`,
          );
        });
      });
      if (types) {
        printText(`orbit types of ${group.name} (stabilisers of nonzero channel vectors):`);
        for (const t of types) {
          printText(
            `  |H| = ${t.order}, orbit size ${t.orbitSize}, H = ${elementList(t.stabiliser)}, ` +
              `e.g. alpha = (${formatVector(t.representative)}), class ${t.conjugacyClass}`,
          );
        }
      }
    });

  program
    .command('symmetrize')
    .description('symmetrisation F^G of Lemma 6.1 (a LEN of width |G| m), network JSON on stdout')
    .argument('<net>', 'network JSON file')
    .requiredOption('--group <group>', 'group JSON file or preset name')
    .option('--merge', 'merge hidden units on the same open ray and drop zero units')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .action((file: string, opts: GroupOptions & { merge?: boolean }) => {
      const net = loadNetwork(file);
      const group = loadGroup(opts.group, opts.maxOrder);
      const result = symmetrise(net, group, { merge: opts.merge ?? false });
      printJson(networkToJson(result.network));
      const same = result.sameFunction.equal
        ? 'computes the same function as the input'
        : 'differs from the input (the input is not equivariant)';
      process.stderr.write(
        `symmetrisation: width ${result.network.channels.length}, a LEN with ` +
          `${result.layerwise.orbits.length} hidden orbit(s) (${result.layerwise.convention} convention); ${same}\n`,
      );
    });
}

export { registerEquivarianceCommands };
