/**
 * # Dimension command: the hypothesis-space table of a target
 *
 * `symrelu dimension NET --group G [--json]`: for a G-equivariant target, the architectures of
 * MATH.md section 7 (GN at the least width, least LEN with any and with regular hidden orbits,
 * symmetrised GN, GN at the same widths) with width, parameter dimension and functional
 * dimension (exact, or an interval `[lower, upper]` with the reason in docs/limitations.md).
 */

import type { Command } from 'commander';
import { dimensionTable } from '../../theory/dimension/dimensionTable.ts';
import { loadGroup, loadNetwork, printJson, printText } from '../io.ts';
import { parseMaxOrder, type JsonOption } from './core.ts';

function registerDimensionCommands(program: Command): void {
  program
    .command('dimension')
    .description(
      'parameter and functional dimension of GN and LEN architectures (MATH.md section 7)',
    )
    .argument('<net>', 'network JSON file (the target function)')
    .requiredOption('--group <group>', 'group JSON file or preset')
    .option('--max-order <n>', 'largest group order accepted', parseMaxOrder)
    .option('--json', 'machine-readable output')
    .action((file: string, opts: JsonOption & { group: string; maxOrder?: number }) => {
      const rows = dimensionTable(loadNetwork(file), loadGroup(opts.group, opts.maxOrder));
      if (opts.json) {
        printJson(
          rows.map((r) => ({
            architecture: r.architecture,
            width: r.width,
            parameters: r.parameters,
            functionalDimension: r.functional.exact ? r.functional.lower : null,
            functionalDimensionInterval: [r.functional.lower, r.functional.upper],
          })),
        );
        return;
      }
      if (rows.length === 1) {
        printText('the target is not equivariant under the group: GN row only, no LEN computes it');
      }
      printText('architecture                                   width  parameters  functional dim');
      for (const r of rows) {
        const f = r.functional;
        const fd = f.exact ? String(f.lower) : `[${f.lower}, ${f.upper}]`;
        printText(
          `${r.architecture.padEnd(46)} ${String(r.width).padStart(5)}  ` +
            `${String(r.parameters).padStart(10)}  ${fd.padStart(14)}`,
        );
      }
    });
}

export { registerDimensionCommands };
