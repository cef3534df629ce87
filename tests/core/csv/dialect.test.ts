import { describe, expect, it } from 'vitest';
import { detectDialect } from '../../../src/core/csv';

describe('delimiter detection', () => {
  it.each([
    ['semicolons', 'Naam;E-mail;Uurtarief\nJan;jan@x.nl;75\n', ';'],
    ['semicolons with decimal commas', 'Naam;Uurtarief\nJan;75,50\nPiet;80,25\n', ';'],
    ['semicolons with decimal commas in every column', 'Naam;Score 1;Score 2\nJan;7,5;8,5\n', ';'],
    ['commas', 'Name,Email,Rate\nJan,jan@x.nl,75\n', ','],
    ['commas with a quoted semicolon', 'Name,Note\n"Jan","a;b;c"\n"Piet","d;e;f"\n', ','],
    ['tabs with commas in names', 'Naam\tLeverancier\nJansen, Jan\tA, B\n', '\t'],
    ['pipes', 'Naam|Tarief\nJan|75,5\n', '|'],
    ['a header with a comma inside a semicolon file', 'Naam;Beschikbaar (uur, week);Tarief\nJan;32;75,5\n', ';'],
    ['quoted delimiters that must not count', '"a,b,c";"d"\n"e,f,g";"h"\n', ';'],
    ['a single column', 'Naam\nJan\nPiet\n', ';'],
    ['CRLF line endings', 'Naam,Tarief\r\nJan,75\r\n', ','],
  ])('%s → %j', (_, text, delimiter) => {
    expect(detectDialect(text).delimiter).toBe(delimiter);
  });

  it.each([
    ['sep=;', ';'],
    ['sep=,', ','],
    ['sep=\t', '\t'],
    ['sep=|', '|'],
    ['"sep=;"', ';'],
    ['SEP=;', ';'],
  ])('honours and removes an Excel hint line %j', (hint, delimiter) => {
    const d = detectDialect(`${hint}\r\nNaam,Tarief;x\r\nJan,75;y\r\n`);
    expect(d).toMatchObject({ delimiter, source: 'sep-line', lineOffset: 1, body: 'Naam,Tarief;x\r\nJan,75;y\r\n' });
  });

  it.each([
    ['LF', 'a;b\nc;d\n', '\n'],
    ['CRLF', 'a;b\r\nc;d\r\n', '\r\n'],
    ['CR only', 'a;b\rc;d\r', '\r'],
    ['a line break inside quotes first', '"a\nb";c\r\nd;e\r\n', '\r\n'],
  ])('finds the line break of %s files', (_, text, newline) => {
    expect(detectDialect(text).newline).toBe(newline);
  });

  it('prefers the delimiter with a consistent column count over one that appears more often in the header', () => {
    const text = 'Naam|Rol, functie|Tarief\nJan|Adviseur|75\nPiet|Analist|80\n';
    expect(detectDialect(text).delimiter).toBe('|');
  });
});
