import { describe, expect, it } from 'vitest';
import {
  countOf,
  expectArray,
  expectObject,
  expectPositiveInteger,
  parseJsonText,
  parseRationalMatrix,
  parseRationalVector,
} from '../../src/scalar/parseJson.ts';
import { jsonSyntaxError } from '../../src/scalar/jsonSyntaxError.ts';
import { inputErrorMessage } from '../helpers/inputErrorMessage.ts';

describe('parseJsonText', () => {
  it('parses valid JSON, with or without a byte-order mark', () => {
    expect(parseJsonText('{"a": [1, "1/2"]}', 'f.json')).toEqual({ a: [1, '1/2'] });
    expect(parseJsonText('\uFEFF[1]', 'f.json')).toEqual([1]);
  });

  it.each([
    ['{"a": 1,}', 'line 1, column 9: expected a quoted field name, found "}"'],
    ['{"a": [1, 2}', 'line 1, column 12: expected "," or "]", found "}"'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3: expected "," or "}", found """'],
    ['{"a":', 'line 1, column 6: expected a value, found end of input'],
    ['', 'line 1, column 1: expected a value, found end of input'],
    ['{"a": 01}', 'line 1, column 8: expected "," or "}", found "1"'],
    ['{"a": "x\ny"}', 'line 1, column 9: control character in a string'],
    ["{'a': 1}", 'line 1, column 2: expected a quoted field name, found "\'"'],
    ['[1] [2]', 'line 1, column 5: unexpected "[" after the JSON value'],
    ['{"a": tru}', 'line 1, column 7: expected a value, found "t"'],
  ])('locates the error in %j on one line', (text, where) => {
    const m = inputErrorMessage(() => parseJsonText(text, 'f.json'));
    expect(m).toBe(`f.json: malformed JSON at ${where}`);
    expect(m).not.toContain('\n');
  });

  it('agrees with JSON.parse on valid input', () => {
    for (const t of ['{}', '[]', '"\\u00e9\\n"', '-0.5e+3', '{"a":[true,false,null,{"b":[]}]}']) {
      expect(jsonSyntaxError(t)).toBeNull();
      expect(() => JSON.parse(t)).not.toThrow();
    }
  });
});

describe('shape checkers', () => {
  it('name the field and what was found', () => {
    expect(inputErrorMessage(() => expectObject([], 'f.json'))).toBe(
      'f.json: expected an object, got an array',
    );
    expect(inputErrorMessage(() => expectArray('x', 'f.json: A'))).toBe(
      'f.json: A: expected an array, got string',
    );
    expect(inputErrorMessage(() => expectPositiveInteger(0, 'f.json: inputDim'))).toBe(
      'f.json: inputDim: expected a whole number from 1 to 64, got 0',
    );
    expect(inputErrorMessage(() => expectPositiveInteger(2.5, 'f.json: inputDim'))).toBe(
      'f.json: inputDim: expected a whole number from 1 to 64, got 2.5',
    );
    expect(expectPositiveInteger(3, 'x')).toBe(3);
  });

  it('count with the right noun form', () => {
    expect([countOf(1, 'row'), countOf(2, 'row'), countOf(1, 'entry', 'entries')]).toEqual([
      '1 row',
      '2 rows',
      '1 entry',
    ]);
  });

  it('read rational vectors and matrices with positions', () => {
    expect(parseRationalVector([1, '1/2', '0.25'], 'v').map(String)).toEqual(['1', '1/2', '1/4']);
    expect(inputErrorMessage(() => parseRationalVector([1, 2], 'f.json: alpha', 3))).toBe(
      'f.json: alpha: expected 3 entries, got 2',
    );
    expect(inputErrorMessage(() => parseRationalMatrix([[1, 2], [3]], 'f.json: A'))).toBe(
      'f.json: A[1]: expected 2 entries, got 1',
    );
    expect(inputErrorMessage(() => parseRationalMatrix([[1], [0.5]], 'f.json: A'))).toContain(
      'f.json: A[1][0]: JSON number 0.5 is not a safe integer',
    );
    expect(inputErrorMessage(() => parseRationalMatrix([[1]], 'f.json: B', 2))).toBe(
      'f.json: B: expected 2 rows, got 1',
    );
    expect(inputErrorMessage(() => parseRationalMatrix([[[1]]], 'f.json: A'))).toBe(
      'f.json: A[0][0]: expected a number or a string like "3/4", got an array',
    );
  });
});
