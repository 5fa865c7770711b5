/**
 * # Two-layer ReLU networks
 *
 * Defines `Network`, the paper's bias-free two-layer ReLU network
 * `F(x) = sum_i beta_i relu(<alpha_i, x>)` from Q^d to Q^k (MATH.md section 1), as a list of
 * channels (channel vector `alpha_i`, output weight `beta_i`), and the conversions to and from
 * the matrix form `F(x) = B relu(A x)` (rows of A the channel vectors, columns of B the output
 * weights).
 */

import { Rational } from '../scalar/rational.ts';
import { transpose, type Matrix, type Vector } from '../linalg/matrix.ts';

interface Channel {
  /** Channel vector alpha_i in Q^d. */
  readonly alpha: Vector;
  /** Output weight beta_i in Q^k. */
  readonly beta: Vector;
}

interface Network {
  readonly inputDim: number;
  readonly outputDim: number;
  readonly channels: readonly Channel[];
}

function width(net: Network): number {
  return net.channels.length;
}

/** Matrix form: A is m x d (rows alpha_i), B is k x m (columns beta_i). */
function toMatrices(net: Network): { A: Rational[][]; B: Rational[][] } {
  const A = net.channels.map((c) => [...c.alpha]);
  const B = transpose(
    net.channels.map((c) => [...c.beta]),
    net.outputDim,
  );
  return { A, B };
}

function fromMatrices(A: Matrix, B: Matrix, inputDim: number, outputDim: number): Network {
  const channels = A.map((alpha, i) => ({ alpha, beta: B.map((row) => row[i]!) }));
  return { inputDim, outputDim, channels };
}

/** The network with the same channels and output weights multiplied by s (s F). */
function scaleNetwork(net: Network, s: Rational): Network {
  return {
    ...net,
    channels: net.channels.map((c) => ({ alpha: c.alpha, beta: c.beta.map((b) => b.mul(s)) })),
  };
}

/** F + G as one network: the channels of both side by side. */
function sumNetworks(f: Network, g: Network): Network {
  return { ...f, channels: [...f.channels, ...g.channels] };
}

export { width, toMatrices, fromMatrices, scaleNetwork, sumNetworks };
export type { Channel, Network };
