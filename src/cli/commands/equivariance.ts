/**
 * # Equivariance commands: equivariant, layerwise, orbits, symmetrize
 *
 * The equivariance questions of MATH.md sections 1, 3 and 6 on the command line: GEN membership
 * with a witness point or a hyperplane-transport certificate, LEN membership of a given
 * parametrisation with the hidden permutations (conventions `any` and `regular`), the orbits of
 * boundary hyperplanes and channels with their stabilisers, and the symmetrisation of Lemma 6.1.
 * Exit codes: 0 yes/ok, 1 a definite no, 2 bad input. docs/equivariance.md describes the JSON.
 */

import type { Command } from 'commander';
import { InputError } from '../../scalar/parseRational.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { networkToJson } from '../../network/parseNetwork.ts';
import { isEquivariant, type EquivarianceResult } from '../../theory/equivariance/isEquivariant.ts';
import {
  isLayerwiseEquivariant,
  type HiddenConvention,
  type LayerwiseResult,
} from '../../theory/equivariance/isLayerwiseEquivariant.ts';
import {
  hyperplaneOrbits,
  type HyperplaneOrbitReport,
} from '../../theory/equivariance/hyperplaneOrbits.ts';
import {
  channelOrbits,
  type NetworkChannelOrbit,
} from '../../theory/equivariance/channelOrbits.ts';
import { orbitTypes, type OrbitType } from '../../theory/equivariance/orbitTypes.ts';
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

const set = (indices: readonly number[]): string => `{${indices.join(', ')}}`;
const yesNo = (b: boolean): string => (b ? 'yes' : 'no');
const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);

function equivarianceText(result: EquivarianceResult, group: MatrixGroup): string[] {
  if (result.equivariant) {
    const p = result.certificate.canonicalForm.hyperplanes.length;
    return [
      `equivariant: F(rho_in(g) x) = rho_out(g) F(x) for all g in ${group.name} ` +
        `(order ${group.elements.length})`,
      `  its ${p} boundary hyperplane(s) are permuted by every generator, kinks transported`,
    ];
  }
  const w = result.witness;
  return [
    `not equivariant: for generator ${w.generator} at x = (${formatVector(w.x)})`,
    `  F(rho_in(g) x) = (${formatVector(w.left)})`,
    `  rho_out(g) F(x) = (${formatVector(w.right)})`,
  ];
}

function layerwiseText(result: LayerwiseResult, net: Network): string[] {
  if (result.layerwise) {
    return [
      `layer-wise equivariant (${result.convention} hidden permutation representation)`,
      ...result.permutations.map((p, gi) => `  generator ${gi} sends unit i to [${p.join(', ')}]`),
      ...result.orbits.map(
        (o) =>
          `  orbit G/H of size ${o.units.length}: units [${o.units.join(', ')}], ` +
          `H = ${set(o.stabiliser)}`,
      ),
    ];
  }
  const f = result.failure;
  const c = net.channels[f.channel]!;
  const channel =
    `channel ${f.channel} (alpha (${formatVector(c.alpha)}), ` + `beta (${formatVector(c.beta)}))`;
  if (f.reason === 'unpartnered') {
    return [
      `not layer-wise equivariant (${result.convention}): ` +
        `${channel} occurs ${times(f.multiplicity)}`,
      `  but its image under generator ${f.generator}, alpha (${formatVector(f.image.alpha)}), ` +
        `beta (${formatVector(f.image.beta)}), occurs ${times(f.imageMultiplicity)}`,
    ];
  }
  return [
    `not layer-wise equivariant (regular): ${channel} occurs ${times(f.multiplicity)},`,
    `  not a multiple of the order ${f.stabiliser.length} of its stabiliser ${set(f.stabiliser)}`,
  ];
}

function hyperplaneText(report: HyperplaneOrbitReport, group: MatrixGroup): string[] {
  const lines = [
    `boundary hyperplanes: ${report.orbits.length} orbit(s) under ${group.name}; ` +
      `G-symmetric ${yesNo(report.symmetric)}, kinks transported ${yesNo(report.consistent)}, ` +
      `linear part equivariant ${yesNo(report.linearEquivariant)}`,
  ];
  report.orbits.forEach((o, i) => {
    lines.push(`  hyperplane orbit ${i}${o.consistent ? '' : ' (breaks)'}:`);
    for (const m of o.members) {
      const kink = m.kink ? `kink (${formatVector(m.kink)})` : 'not a boundary hyperplane';
      lines.push(
        `    <(${formatVector(m.normal)}), x> = 0: ${kink}, stabiliser ${set(m.stabiliser)}`,
      );
    }
    if (o.break) {
      const b = o.break;
      const actual = b.actualKink ? `(${formatVector(b.actualKink)})` : 'absent';
      lines.push(
        `    element ${b.element} sends (${formatVector(b.from)}) to (${formatVector(b.to)}): ` +
          `kink should be (${formatVector(b.expectedKink)}), is ${actual}`,
      );
    }
  });
  return lines;
}

function channelText(orbits: readonly NetworkChannelOrbit[]): string[] {
  const lines = [`channels: ${orbits.length} orbit(s)`];
  orbits.forEach((o, i) => {
    const balance = o.balanced ? '' : ' (unbalanced: points carry different numbers of units)';
    lines.push(
      `  channel orbit ${i}: size ${o.points.length}, stabiliser ${set(o.stabiliser)}${balance}`,
    );
    o.points.forEach((p, j) => {
      const units = `units [${o.units[j]!.join(', ')}]`;
      lines.push(`    alpha (${formatVector(p.alpha)}), beta (${formatVector(p.beta)}): ${units}`);
    });
  });
  return lines;
}

function orbitTypeText(types: readonly OrbitType[], group: MatrixGroup): string[] {
  return [
    `orbit types of ${group.name} (stabilisers H of nonzero channel vectors):`,
    ...types.map(
      (t) =>
        `  |H| = ${t.order}, orbit size ${t.orbitSize}, H = ${set(t.stabiliser)}, ` +
        `e.g. alpha = (${formatVector(t.representative)}), conjugacy class ${t.conjugacyClass}`,
    ),
  ];
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
      else printText(equivarianceText(result, group).join('\n'));
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
      if (!opts.json) printText(layerwiseText(result, net).join('\n'));
      else if (!result.layerwise) {
        printJson({ layerwise: false, hidden: result.convention, failure: result.failure });
      } else {
        printJson({
          layerwise: true,
          hidden: result.convention,
          permutations: result.permutations,
          elementPermutations: result.elementPermutations,
          orbits: result.orbits.map((o) => ({ ...o, size: o.units.length })),
        });
      }
      process.exitCode = result.layerwise ? 0 : 1;
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
        const extra = types ? { orbitTypes: types } : {};
        printJson({ hyperplaneOrbits: hyperplanes, channelOrbits: channels, ...extra });
        return;
      }
      const lines = [...hyperplaneText(hyperplanes, group), ...channelText(channels)];
      if (types) lines.push(...orbitTypeText(types, group));
      printText(lines.join('\n'));
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
      const lw = result.layerwise;
      const same = result.sameFunction.equal
        ? 'computes the same function as the input'
        : 'differs from the input (which is not equivariant)';
      process.stderr.write(
        `symmetrisation: width ${result.network.channels.length}, a LEN with ` +
          `${lw.orbits.length} hidden orbit(s) (${lw.convention} convention); ${same}\n`,
      );
    });
}

export { registerEquivarianceCommands };
