/**
 * # The hypothesis-space dimension table of a target
 *
 * Defines `dimensionTable(F, G)`: for a G-equivariant target, the architectures MATH.md
 * section 7 compares (its table for Example 5.1), each with width, parameter dimension and
 * functional dimension:
 * - GN at the least GN width m (the realisation of `minimalGnWidth`);
 * - the least LEN, any hidden action (hidden orbits G/Stab(alpha) of its realisation);
 * - the least LEN, regular hidden orbits only;
 * - the symmetrised GN, m regular blocks (Lemma 6.1, width |G| m);
 * - GN at the least LEN width and at |G| m, the unconstrained networks of the same widths.
 * It shows "a larger model with a smaller hypothesis space": LEN rows have fewer parameters
 * than GN rows of the same width. Rows whose least width is only known as an interval use the
 * realisation at the upper end, and say so.
 */

import { identity } from '../../linalg/matrix.ts';
import { orbit, vectorKey } from '../../group/action.ts';
import { generateGroup, type MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';
import { minimalGnWidth } from '../width/minimalGnWidth.ts';
import { minimalLenWidth, type HiddenConvention } from '../width/minimalLenWidth.ts';
import { lenArchitectureWidth, lenParameterDimension } from './parameterDimension.ts';
import { functionalDimension, type FunctionalDimension } from './functionalDimension.ts';

interface DimensionRow {
  readonly architecture: string;
  readonly width: number;
  readonly parameters: number;
  readonly functional: FunctionalDimension;
}

function trivialGroup(d: number): MatrixGroup {
  return generateGroup([{ input: identity(d) }], { name: 'trivial' });
}

/** The hidden orbits G/Stab(alpha) of a LEN whose units on one orbit are distinct points. */
function hiddenOrbitsOf(net: Network, group: MatrixGroup, hidden: HiddenConvention): number[][] {
  const seen = new Set<string>();
  const orbits: number[][] = [];
  for (const ch of net.channels) {
    if (seen.has(vectorKey(ch.alpha))) continue;
    const o = orbit(group, ch.alpha, 'contragredient');
    const copies = net.channels.filter((c) =>
      o.points.some((p) => vectorKey(p) === vectorKey(c.alpha)),
    );
    for (const p of o.points) seen.add(vectorKey(p));
    const blocks = copies.length / (hidden === 'regular' ? group.elements.length : o.points.length);
    for (let b = 0; b < blocks; b++) orbits.push(hidden === 'regular' ? [0] : o.stabiliser);
  }
  return orbits;
}

function row(
  architecture: string,
  group: MatrixGroup,
  orbits: number[][],
  k: number,
): DimensionRow {
  return {
    architecture,
    width: lenArchitectureWidth(group, orbits),
    parameters: lenParameterDimension(group, orbits, k),
    functional: functionalDimension(group, orbits, k),
  };
}

/**
 * The dimension table of MATH.md section 7 for an equivariant target.
 * @example dimensionTable(figure2, presetGroup('klein4')).map((r) => r.parameters)
 *   // [9, 5, 6, 9, 18, 36]
 * @param target the function (must be G-equivariant for the LEN rows)
 * @param group G
 * @returns rows GN, LEN any, LEN regular, symmetrised GN, GN at the LEN width, GN at |G| m;
 *   LEN rows are omitted when the target is not equivariant
 */
function dimensionTable(target: Network, group: MatrixGroup): DimensionRow[] {
  const k = target.outputDim;
  const trivial = trivialGroup(target.inputDim);
  const gn = minimalGnWidth(target);
  const m = gn.exact ? gn.width : gn.upper;
  const gnOrbits = (w: number) => Array.from({ length: w }, () => [0]);
  const rows: DimensionRow[] = [
    row(`GN, least width${gn.exact ? '' : ' (upper end)'}`, trivial, gnOrbits(m), k),
  ];

  const lenRows: DimensionRow[] = [];
  for (const hidden of ['any', 'regular'] as const) {
    const len = minimalLenWidth(target, group, hidden);
    if (!len.member) return rows;
    const convention = hidden === 'any' ? 'any hidden action' : 'regular hidden orbits';
    const label = `LEN ${convention}, least width`;
    const orbits = hiddenOrbitsOf(len.realisation.network, group, hidden);
    lenRows.push(row(`${label}${len.exact ? '' : ' (upper end)'}`, group, orbits, k));
  }
  rows.push(...lenRows);
  rows.push(row('LEN, symmetrised GN (regular blocks)', group, gnOrbits(m), k));
  const anyWidth = lenRows[0]!.width;
  rows.push(row('GN, width of the least LEN', trivial, gnOrbits(anyWidth), k));
  rows.push(
    row('GN, width of the symmetrised GN', trivial, gnOrbits(group.elements.length * m), k),
  );
  return rows;
}

export { dimensionTable };
export type { DimensionRow };
