import { csvField, csvRow } from './csv';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['', ''],
  ])('%j -> %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('keeps numbers (negative ones too), dates as ISO and empties', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(new Date('2026-11-01T10:00:00Z'))).toBe('2026-11-01T10:00:00.000Z');
    expect(csvField(null)).toBe('');
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n');
  });
});
