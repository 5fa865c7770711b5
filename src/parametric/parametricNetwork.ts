/**
 * # Parametric networks
 *
 * Defines `ParametricNetwork`: a two-layer ReLU network (MATH.md section 1) whose channel
 * vectors and output weights are polynomials in declared parameters, its file format, and
 * `substituteParameters`, which turns it into an ordinary exact `Network` at a rational
 * parameter point. The file format is that of `parseNetwork` (channels form or A/B matrix
 * form) plus a `"parameters"` list; any weight may be a number or an expression string:
 *
 *     { "parameters": ["t"],
 *       "channels": [ { "alpha": [1, 0], "beta": [1] },
 *                     { "alpha": ["-t", "t"], "beta": [1] } ] }
 *
 * Parameters range over Q: every statement the case split makes is about rational parameter
 * values.
 */

import { InputError } from '../scalar/parseRational.ts';
import { Rational } from '../scalar/rational.ts';
import { expectArray, expectObject } from '../scalar/parseJson.ts';
import type { Network } from '../network/network.ts';
import { readNetworkHeader } from '../network/parseNetwork.ts';
import { Polynomial } from './polynomial.ts';
import { parseExpression } from './parseExpression.ts';

interface ParametricChannel {
  readonly alpha: readonly Polynomial[];
  readonly beta: readonly Polynomial[];
}

interface ParametricNetwork {
  readonly parameters: readonly string[];
  readonly inputDim: number;
  readonly outputDim: number;
  readonly channels: readonly ParametricChannel[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function parseParameters(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  const names = expectArray(value, where).map((v, i) => {
    if (typeof v !== 'string' || !NAME.test(v)) {
      throw new InputError(
        `${where}[${i}]`,
        'expected a name like "t" or "a1" (letters, digits, _)',
      );
    }
    return v;
  });
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (seen.has(n)) throw new InputError(`${where}[${i}]`, `parameter "${n}" declared twice`);
    seen.add(n);
  });
  return names;
}

function parsePolynomialVector(
  value: unknown,
  parameters: readonly string[],
  where: string,
  length?: number,
): Polynomial[] {
  const items = expectArray(value, where);
  if (length !== undefined && items.length !== length) {
    throw new InputError(where, `expected ${length} entries, got ${items.length}`);
  }
  return items.map((x, i) => parseExpression(x, parameters, `${where}[${i}]`));
}

/**
 * Reads a parametric network file (already parsed JSON).
 * @param json the parsed file
 * @param source file name, for error messages
 * @throws InputError naming file, field and position for anything malformed
 */
function parseParametricNetwork(json: unknown, source: string): ParametricNetwork {
  const header = readNetworkHeader(json, source, ['parameters']);
  const { root, isMatrixForm } = header;
  const parameters = parseParameters(root.parameters, `${source}: parameters`);
  let d = header.givenIn;
  let k = header.givenOut;
  const channels: ParametricChannel[] = [];

  if (isMatrixForm) {
    const rowsA = expectArray(root.A, `${source}: A`);
    const A = rowsA.map((row, i) => {
      const v = parsePolynomialVector(row, parameters, `${source}: A[${i}]`, d);
      d = v.length;
      return v;
    });
    const rowsB = expectArray(root.B, `${source}: B`);
    const B = rowsB.map((row, r) =>
      parsePolynomialVector(row, parameters, `${source}: B[${r}]`, A.length),
    );
    if (k !== undefined && B.length !== k) {
      throw new InputError(`${source}: B`, `expected ${k} rows (outputDim), got ${B.length}`);
    }
    k = B.length;
    A.forEach((alpha, i) => channels.push({ alpha, beta: B.map((row) => row[i]!) }));
  } else {
    expectArray(root.channels, `${source}: channels`).forEach((item, i) => {
      const where = `${source}: channels[${i}]`;
      const obj = expectObject(item, where);
      for (const key of Object.keys(obj)) {
        if (key !== 'alpha' && key !== 'beta') {
          throw new InputError(`${where}.${key}`, 'unknown field (expected "alpha" and "beta")');
        }
      }
      const alpha = parsePolynomialVector(obj.alpha, parameters, `${where}.alpha`, d);
      const beta = parsePolynomialVector(obj.beta, parameters, `${where}.beta`, k);
      if (alpha.length === 0) throw new InputError(`${where}.alpha`, 'channel vector is empty');
      if (beta.length === 0) throw new InputError(`${where}.beta`, 'output weight is empty');
      d = alpha.length;
      k = beta.length;
      channels.push({ alpha, beta });
    });
  }
  if (d === undefined || d === 0 || k === undefined || k === 0) {
    throw new InputError(source, 'cannot read the dimensions; give "inputDim" and "outputDim"');
  }
  return { parameters, inputDim: d, outputDim: k, channels };
}

/**
 * The ordinary network at a rational parameter point.
 * @param values a value for every declared parameter
 */
function substituteParameters(
  net: ParametricNetwork,
  values: ReadonlyMap<string, Rational>,
): Network {
  for (const p of net.parameters) {
    if (!values.has(p)) throw new InputError('parameters', `no value given for "${p}"`);
  }
  return {
    inputDim: net.inputDim,
    outputDim: net.outputDim,
    channels: net.channels.map((c) => ({
      alpha: c.alpha.map((x) => x.evaluate(values)),
      beta: c.beta.map((x) => x.evaluate(values)),
    })),
  };
}

/** The channels form, every weight an expression string: what `parseParametricNetwork` reads. */
function parametricNetworkToJson(net: ParametricNetwork, description?: string): object {
  return {
    ...(description === undefined ? {} : { description }),
    parameters: [...net.parameters],
    inputDim: net.inputDim,
    outputDim: net.outputDim,
    channels: net.channels.map((c) => ({
      alpha: c.alpha.map((x) => x.toString()),
      beta: c.beta.map((x) => x.toString()),
    })),
  };
}

/** A network with no parameters seen as a parametric one (constant polynomials). */
function constantParametricNetwork(net: Network): ParametricNetwork {
  return {
    parameters: [],
    inputDim: net.inputDim,
    outputDim: net.outputDim,
    channels: net.channels.map((c) => ({
      alpha: c.alpha.map((x) => Polynomial.constant(x)),
      beta: c.beta.map((x) => Polynomial.constant(x)),
    })),
  };
}

export {
  parseParametricNetwork,
  substituteParameters,
  parametricNetworkToJson,
  constantParametricNetwork,
};
export type { ParametricNetwork, ParametricChannel };
