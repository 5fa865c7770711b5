/**
 * # Plain-text display of exact objects, for terminal output
 *
 * Defines how the CLI shows vectors, matrices, canonical forms (MATH.md section 2:
 * `W x + sum c_l |<n_l, x>|`, one line per boundary hyperplane) and groups. Every scalar is
 * printed exactly, as `n` or `p/q`; floats never appear, so a reader can copy any printed value
 * back into a network file.
 */

import type { Vector, Matrix } from '../linalg/matrix.ts';
import type { CanonicalForm } from '../network/canonicalForm.ts';
import type { MatrixGroup } from '../group/matrixGroup.ts';

function formatVector(v: Vector): string {
  return v.map((x) => x.toString()).join(', ');
}

function formatMatrix(m: Matrix): string {
  return `[${m.map((row) => `[${formatVector(row)}]`).join(', ')}]`;
}

function formatCanonicalForm(cf: CanonicalForm): string {
  const lines = [`linear part W = ${formatMatrix(cf.linear)}`];
  if (cf.hyperplanes.length === 0) lines.push('no boundary hyperplanes');
  for (const h of cf.hyperplanes)
    lines.push(`+ (${formatVector(h.kink)}) |<(${formatVector(h.normal)}), x>|`);
  return lines.join('\n');
}

function formatGroup(group: MatrixGroup): string {
  const lines = [
    `group ${group.name}: order ${group.elements.length}, acting on Q^${group.inputDim}` +
      (group.outputDim === null
        ? ' (trivial output action)'
        : ` and on outputs Q^${group.outputDim}`),
  ];
  group.generators.forEach((g, i) => {
    lines.push(
      `  generator ${i}: input ${formatMatrix(g.input)}` +
        (g.output ? `, output ${formatMatrix(g.output)}` : ''),
    );
  });
  return lines.join('\n');
}

export { formatVector, formatMatrix, formatCanonicalForm, formatGroup };
