/**
 * # Does a group act on a network's input and output spaces?
 *
 * Defines `assertGroupFitsNetwork(net, group)`: the shape check every equivariance question
 * starts with (MATH.md section 1). G must act on Q^d for the network's input dimension d, and
 * either trivially on the output or on Q^k for its output dimension k; anything else is a user
 * error naming both shapes.
 */

import { InputError } from '../../scalar/parseRational.ts';
import type { MatrixGroup } from '../../group/matrixGroup.ts';
import type { Network } from '../../network/network.ts';

/** @throws InputError when G does not act on the network's input and output spaces */
function assertGroupFitsNetwork(net: Network, group: MatrixGroup): void {
  if (group.inputDim !== net.inputDim) {
    throw new InputError(
      `group ${group.name}`,
      `acts on Q^${group.inputDim} but the network's inputs are in Q^${net.inputDim}`,
    );
  }
  if (group.outputDim !== null && group.outputDim !== net.outputDim) {
    throw new InputError(
      `group ${group.name}`,
      `acts on outputs Q^${group.outputDim} but the network's outputs are in ` +
        `Q^${net.outputDim} (give an output matrix of size ${net.outputDim}, or none for ` +
        `invariance)`,
    );
  }
}

export { assertGroupFitsNetwork };
