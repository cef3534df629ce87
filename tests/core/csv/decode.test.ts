import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, detectFileType, parseCandidatesCsv } from '../../../src/core/csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding bytes', () => {
  it('reads UTF-8 and strips a BOM', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Naam;€')]))).toEqual({ ok: true, text: 'Naam;€', encoding: 'utf-8' });
  });

  it('keeps a second BOM-like character as content (only the leading BOM is cut)', () => {
    const r = decodeBytes(utf8('a\uFEFFb'));
    expect(r).toMatchObject({ ok: true, text: 'a\uFEFFb' });
  });

  it.each([
    [[0x80], '€'],
    [[0xeb], 'ë'],
    [[0xe9], 'é'],
    [[0x93, 0x61, 0x94], '“a”'],
    [[0x96], '–'],
    [[0x9f], 'Ÿ'],
    [[0x81], '\u0081'],
  ])('falls back to Windows-1252 when the bytes are no UTF-8: %j → %s', (bytes, text) => {
    expect(decodeBytes(new Uint8Array([0x41, ...bytes]))).toEqual({ ok: true, text: 'A' + text, encoding: 'windows-1252' });
  });

  it('decodes long Windows-1252 text in chunks without losing characters', () => {
    const bytes = new Uint8Array(20_000).fill(0x80);
    expect(decodeWindows1252(bytes)).toBe('€'.repeat(20_000));
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['GIF', [...utf8('GIF89a'), 1, 0]],
    ['PDF', [...utf8('%PDF-1.4\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0]],
    ['gzip', [0x1f, 0x8b, 0x08, 0]],
    ['.xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['nul-bytes', [...utf8('Naam;Uurtarief\n'), 0, 0]],
  ])('refuses a %s by its file signature before decoding', (name, bytes) => {
    expect(detectFileType(new Uint8Array(bytes))).toContain(name);
    const r = decodeBytes(new Uint8Array(bytes));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'not-csv', line: 0 });
  });

  it('lets a NUL byte after the first kilobyte through to the decoder', () => {
    const bytes = new Uint8Array([...utf8('Naam\n' + 'x'.repeat(1100)), 0]);
    expect(detectFileType(bytes)).toBeNull();
  });

  it('refuses a file above the size limit without reading it', () => {
    const r = decodeBytes(new Uint8Array(2048), 1024);
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses text above the size limit too', () => {
    const r = parseCandidatesCsv('Naam\n' + 'Jan\n'.repeat(400), undefined, { maxBytes: 1024 });
    expect(r.errors.map((e) => e.code)).toEqual(['too-large']);
    expect(r.rows).toEqual([]);
  });

  it('refuses UTF-16 ("Unicode text" from Excel) with advice', () => {
    const r = decodeBytes(new Uint8Array([0xff, 0xfe, 0x4e, 0]));
    expect(r).toMatchObject({ ok: false, error: { code: 'unsupported-encoding' } });
  });

  it('reports the encoding it used on the import result', () => {
    expect(parseCandidatesCsv(new Uint8Array([...utf8('Naam\nJo'), 0xeb, 0x6c])).encoding).toBe('windows-1252');
    expect(parseCandidatesCsv(utf8('Naam\nJoël')).encoding).toBe('utf-8');
  });

  it('strips a BOM from text input too', () => {
    expect(parseCandidatesCsv('\uFEFFNaam\nJan').rows.map((r) => r.candidate.name)).toEqual(['Jan']);
  });

  it.each([['NUL characters', 'Naam\u0000;x\nJan'], ['a PDF read as text', '%PDF-1.7\n...'], ['a ZIP read as text', 'PK\u0003\u0004xl/']])(
    'refuses text input holding %s',
    (_, text) => expect(parseCandidatesCsv(text).errors.map((e) => e.code)).toEqual(['not-csv']),
  );
});
