/**
 * # The network file format
 *
 * Defines `parseNetwork`, reading either form of MATH.md section 1:
 *
 *     { "inputDim": 2, "outputDim": 1,
 *       "channels": [ { "alpha": [1, 0], "beta": [1] }, ... ] }
 *
 *     { "A": [[1, 0], [0, -1]], "B": [[1, 1]] }      (rows of A: channel vectors; columns of B:
 *                                                   output weights)
 *
 * `inputDim` and `outputDim` are optional when they can be read off the data, and checked when
 * given. A network of width 0 needs both. `networkToJson` writes the channels form back, with
 * every scalar as a string.
 */

import { InputError } from '../scalar/parseRational.ts';
import {
  countOf,
  expectArray,
  expectObject,
  expectOptionalText,
  expectPositiveInteger,
  parseRationalMatrix,
  parseRationalVector,
} from '../scalar/parseJson.ts';
import { fromMatrices, type Network } from './network.ts';

const CHANNEL_FIELDS = ['inputDim', 'outputDim', 'channels', 'name', 'description'];
const MATRIX_FIELDS = ['inputDim', 'outputDim', 'A', 'B', 'name', 'description'];

interface NetworkHeader {
  readonly root: Record<string, unknown>;
  readonly isMatrixForm: boolean;
  /** `inputDim` and `outputDim` when the file declares them (checked, 1..64). */
  readonly givenIn: number | undefined;
  readonly givenOut: number | undefined;
}

/**
 * The part every network file shares, plain or parametric: which form it uses, no unknown field
 * (`extraFields` are the caller's own, e.g. `parameters`), string free texts, and the declared
 * dimensions.
 */
function readNetworkHeader(
  json: unknown,
  source: string,
  extraFields: readonly string[] = [],
): NetworkHeader {
  const root = expectObject(json, source);
  const isMatrixForm = 'A' in root || 'B' in root;
  const allowed = [...extraFields, ...(isMatrixForm ? MATRIX_FIELDS : CHANNEL_FIELDS)];
  for (const key of Object.keys(root)) {
    if (!allowed.includes(key)) {
      throw new InputError(`${source}: ${key}`, `unknown field (expected ${allowed.join(', ')})`);
    }
  }
  expectOptionalText(root.name, `${source}: name`);
  expectOptionalText(root.description, `${source}: description`);
  const dimension = (field: 'inputDim' | 'outputDim') =>
    root[field] === undefined
      ? undefined
      : expectPositiveInteger(root[field], `${source}: ${field}`);
  return { root, isMatrixForm, givenIn: dimension('inputDim'), givenOut: dimension('outputDim') };
}

function parseNetwork(json: unknown, source: string): Network {
  const { root, isMatrixForm, givenIn, givenOut } = readNetworkHeader(json, source);
  return isMatrixForm
    ? parseMatrixForm(root, source, givenIn, givenOut)
    : parseChannelForm(root, source, givenIn, givenOut);
}

function parseChannelForm(
  root: Record<string, unknown>,
  source: string,
  givenIn: number | undefined,
  givenOut: number | undefined,
): Network {
  const items = expectArray(root.channels, `${source}: channels`);
  let d = givenIn;
  let k = givenOut;
  const channels = items.map((item, i) => {
    const where = `${source}: channels[${i}]`;
    const obj = expectObject(item, where);
    for (const key of Object.keys(obj)) {
      if (key !== 'alpha' && key !== 'beta') {
        throw new InputError(`${where}.${key}`, 'unknown field (expected "alpha" and "beta")');
      }
    }
    const alpha = parseRationalVector(obj.alpha, `${where}.alpha`, d);
    const beta = parseRationalVector(obj.beta, `${where}.beta`, k);
    if (alpha.length === 0) throw new InputError(`${where}.alpha`, 'channel vector is empty');
    if (beta.length === 0) throw new InputError(`${where}.beta`, 'output weight is empty');
    d = alpha.length;
    k = beta.length;
    return { alpha, beta };
  });
  if (d === undefined || k === undefined) {
    throw new InputError(source, 'a network with no channels needs "inputDim" and "outputDim"');
  }
  return { inputDim: d, outputDim: k, channels };
}

function parseMatrixForm(
  root: Record<string, unknown>,
  source: string,
  givenIn: number | undefined,
  givenOut: number | undefined,
): Network {
  if (root.A === undefined)
    throw new InputError(`${source}: A`, 'missing (the matrix form needs "A" and "B")');
  if (root.B === undefined)
    throw new InputError(`${source}: B`, 'missing (the matrix form needs "A" and "B")');
  const A = parseRationalMatrix(root.A, `${source}: A`, undefined, givenIn);
  const m = A.length;
  const B = parseRationalMatrix(root.B, `${source}: B`, givenOut, m);
  const d = givenIn ?? A[0]?.length;
  const k = givenOut ?? B.length;
  if (d === undefined || d === 0)
    throw new InputError(`${source}: A`, 'cannot read the input dimension; give "inputDim"');
  if (k === 0) throw new InputError(`${source}: B`, 'needs at least one row (one per output)');
  B.forEach((row, i) => {
    if (row.length !== m)
      throw new InputError(
        `${source}: B[${i}]`,
        `expected ${countOf(m, 'entry', 'entries')} (one per row of A), got ${row.length}`,
      );
  });
  return fromMatrices(A, B, d, k);
}

/** The channels form, every scalar a string: the format `parseNetwork` reads back. */
function networkToJson(net: Network): object {
  return {
    inputDim: net.inputDim,
    outputDim: net.outputDim,
    channels: net.channels.map((c) => ({
      alpha: c.alpha.map((x) => x.toString()),
      beta: c.beta.map((x) => x.toString()),
    })),
  };
}

export { parseNetwork, networkToJson, readNetworkHeader };
