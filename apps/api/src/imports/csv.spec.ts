import { parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF and skips blank lines and empty cells', () => {
    const text = 'email,firstName,lastName\r\n"a@x.test","Ann, Jr.","O""Neil"\r\n\r\nb@x.test,Bob,\n';
    expect(parseCsv(text)).toEqual([
      { email: 'a@x.test', firstName: 'Ann, Jr.', lastName: 'O"Neil' },
      { email: 'b@x.test', firstName: 'Bob' },
    ]);
  });

  it('answers no rows for a header alone or nothing', () => {
    expect(parseCsv('email\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
  });
});
