import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/scalar/parseJson.ts';
import { parseNetwork } from '../../src/network/parseNetwork.ts';
import { parseGroup } from '../../src/group/parseGroup.ts';
import { inputErrorMessage } from '../helpers/inputErrorMessage.ts';

function networkFrom(text: string) {
  return parseNetwork(parseJsonText(text, 'net.json'), 'net.json');
}

describe('JSON numbers are never rounded before they are read', () => {
  it.each([
    ['1e-400', 'JSON.parse reads it as 0'],
    ['1.0000000000000001', 'JSON.parse reads it as 1'],
    ['0.99999999999999999', 'JSON.parse reads it as 1'],
    ['9007199254740993', 'JSON.parse reads it as 9007199254740992'],
    ['0.5', 'not an integer'],
    ['2.0', 'an integer written as a float'],
  ])('refuses the unquoted token %s (%s), naming the field and echoing the token', (token) => {
    const text = `{"channels":[{"alpha":[1, ${token}],"beta":[1]}]}`;
    expect(inputErrorMessage(() => networkFrom(text))).toBe(
      `net.json: channels[0].alpha[1]: JSON number ${token} is not a safe integer; ` +
        `quote it as a string ("${token}") so it is read exactly`,
    );
  });

  it('reads the same tokens exactly when quoted', () => {
    const net = networkFrom('{"channels":[{"alpha":["1e-400", "9007199254740993"],"beta":[1]}]}');
    expect(net.channels[0]!.alpha.map(String)).toEqual([
      `1/1${'0'.repeat(400)}`,
      '9007199254740993',
    ]);
  });

  it('keeps safe integers, negative zero, and number-like text inside strings as they are', () => {
    const net = networkFrom(
      '{"description":"1e-400, \\"0.5\\"","channels":[{"alpha":[-0, 12],"beta":[-7]}]}',
    );
    expect(net.channels[0]!.alpha.map(String)).toEqual(['0', '12']);
    expect(net.channels[0]!.beta.map(String)).toEqual(['-7']);
  });

  it('refuses an unquoted inexact entry in a group generator (it would change the group)', () => {
    const text = '{"generators":[{"input":[[-1, 1e-400],[0,1]]}]}';
    expect(inputErrorMessage(() => parseGroup(parseJsonText(text, 'g.json'), 'g.json'))).toMatch(
      /^g\.json: generators\[0\]\.input\[0\]\[1\]: JSON number 1e-400 is not a safe integer/,
    );
  });

  it('names an inexact number in a dimension field by its token', () => {
    const text = '{"inputDim": 2.0, "channels":[{"alpha":[1, 0],"beta":[1]}]}';
    expect(inputErrorMessage(() => networkFrom(text))).toBe(
      'net.json: inputDim: expected a whole number from 1 to 64, got the JSON number 2.0',
    );
  });
});

describe('repeated keys', () => {
  it('refuses a key repeated in one object, with its line and column', () => {
    const text =
      '{"channels":[{"alpha":[1],"beta":[1]}],\n "channels":[{"alpha":[1,2],"beta":[1]}]}';
    expect(inputErrorMessage(() => parseJsonText(text, 'net.json'))).toBe(
      'net.json: duplicate key "channels" at line 2, column 2 (each key may appear once)',
    );
  });

  it('allows the same key in different objects', () => {
    const text = '{"a":{"x":1},"b":{"x":2},"c":[{"x":3},{"x":4}]}';
    expect(parseJsonText(text, 'f.json')).toEqual({
      a: { x: 1 },
      b: { x: 2 },
      c: [{ x: 3 }, { x: 4 }],
    });
  });

  it('treats escaped quotes inside keys and values correctly', () => {
    const text = '{"a\\"b":"\\"x\\":1","x":1}';
    expect(parseJsonText(text, 'f.json')).toEqual({ 'a"b': '"x":1', x: 1 });
  });
});

describe('free-text fields', () => {
  it('refuse a number where a name belongs, naming it by its token', () => {
    const group = '{"name": 1e300, "generators":[{"input":[[0,1],[1,0]]}]}';
    expect(inputErrorMessage(() => parseGroup(parseJsonText(group, 'g.json'), 'g.json'))).toBe(
      'g.json: name: expected a string, got the JSON number 1e300',
    );
    expect(
      inputErrorMessage(() => networkFrom('{"name": 5, "channels":[{"alpha":[1],"beta":[1]}]}')),
    ).toBe('net.json: name: expected a string, got number');
  });
});
