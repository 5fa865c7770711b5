import { describe, expect, it } from 'vitest';
import {
  InputError,
  describe as describeValue,
  parseRational,
} from '../../src/scalar/parseRational.ts';

const p = (v: unknown) => parseRational(v, 'net.json: channels[0].alpha[1]').toString();

function rejection(v: unknown): InputError {
  try {
    parseRational(v, 'net.json: channels[0].alpha[1]');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(v)}`);
}

describe('parseRational accepts every exact form', () => {
  it.each([
    [3, '3'],
    [-7, '-7'],
    [0, '0'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
    ['-7', '-7'],
    ['+12', '12'],
    ['3/4', '3/4'],
    ['-1/2', '-1/2'],
    ['6/-8', '-3/4'],
    [' 3 / 4 ', '3/4'],
    ['0.125', '1/8'],
    ['0.1', '1/10'],
    ['-2.50', '-5/2'],
    ['.5', '1/2'],
    ['5.', '5'],
    ['1e-3', '1/1000'],
    ['1.5E2', '150'],
    ['-2.5e-1', '-1/4'],
    ['123456789012345678901234567890', '123456789012345678901234567890'],
    ['1e30', '1000000000000000000000000000000'],
    ['0.1234567890123456789', '1234567890123456789/10000000000000000000'],
  ])('%j is %s', (input, expected) => {
    expect(p(input)).toBe(expected);
  });
});

describe('parseRational rejects what is not exact, naming the place', () => {
  it('refuses JSON numbers that are not safe integers and asks to quote them', () => {
    const e = rejection(0.5);
    expect(e.where).toBe('net.json: channels[0].alpha[1]');
    expect(e.message).toBe(
      'net.json: channels[0].alpha[1]: JSON number 0.5 is not a safe integer; ' +
        'quote it as a string (e.g. "0.5") so it is read exactly',
    );
    expect(rejection(1e300).problem).toContain('quote it as a string (e.g. "1e+300")');
    expect(rejection(2 ** 53).problem).toContain('not a safe integer');
  });

  it('refuses a zero denominator', () => {
    expect(rejection('1/0').message).toBe(
      'net.json: channels[0].alpha[1]: zero denominator in "1/0"',
    );
  });

  it.each(['abc', '', '1/2/3', '0x10', 'Infinity', 'NaN', '1 2', '--1', '1e', '½'])(
    'refuses the string %j',
    (input) => {
      expect(rejection(input).problem).toBe(
        `"${input}" is not an exact number (use an integer, "p/q", or a decimal like "0.125")`,
      );
    },
  );

  it('refuses non-scalars with their kind', () => {
    expect(rejection([[1]]).problem).toBe('expected a number or a string like "3/4", got an array');
    expect(rejection({}).problem).toBe('expected a number or a string like "3/4", got an object');
    expect(rejection(null).problem).toBe('expected a number or a string like "3/4", got null');
    expect(rejection(true).problem).toBe('expected a number or a string like "3/4", got boolean');
  });

  it('refuses a decimal exponent that would exhaust memory', () => {
    expect(rejection('1e999999999').problem).toBe(
      'exponent of "1e999999999" is out of range (at most ±10000)',
    );
    expect(p('1e-10000')).toBe(`1/1${'0'.repeat(10000)}`);
  });

  it('describes JSON values for messages', () => {
    expect([describeValue([]), describeValue({}), describeValue('x'), describeValue(1)]).toEqual([
      'an array',
      'an object',
      'string',
      'number',
    ]);
  });
});
