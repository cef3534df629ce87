// Turns the bytes of a dropped file into text: refuses what is no CSV (by size and file
// signature) before decoding, reads UTF-8 with or without BOM, and falls back to Windows-1252.
import type { CsvError, Encoding } from './types';

/** Files above this size are refused before anything is read. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Files with more data rows than this are refused (parsing stops at the first row too many). */
export const MAX_ROWS = 200_000;

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; error: CsvError };

interface Signature {
  bytes: number[];
  name: string;
  /** The same as a code, for a screen in another language. */
  kind: string;
}

// Magic numbers of the files people most often drop by mistake (or rename to .csv).
const SIGNATURES: Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'een PNG-afbeelding', kind: 'png' },
  { bytes: [0xff, 0xd8, 0xff], name: 'een JPEG-afbeelding', kind: 'jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'een GIF-afbeelding', kind: 'gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'een PDF-document', kind: 'pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'een ZIP-bestand (bijvoorbeeld een Excel-werkmap .xlsx)', kind: 'zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'een ZIP-bestand (bijvoorbeeld een Excel-werkmap .xlsx)', kind: 'zip' },
  { bytes: [0x1f, 0x8b], name: 'een gzip-bestand', kind: 'gzip' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'een Excel 97-2003-werkmap (.xls)', kind: 'xls' },
];

const ADVICE = 'Sla het bestand in Excel op als "CSV UTF-8 (gescheiden door lijstscheidingsteken)".';

/** The name of a known non-CSV file type the bytes start with, or null. */
export function detectFileType(bytes: Uint8Array): string | null {
  return fileTypeOf(bytes)?.name ?? null;
}

function fileTypeOf(bytes: Uint8Array): { name: string; kind: string } | null {
  for (const s of SIGNATURES) {
    if (bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b)) return s;
  }
  const head = bytes.subarray(0, 1024);
  if (head.includes(0)) return { name: 'een binair bestand (het bevat nul-bytes)', kind: 'zero-bytes' };
  return null;
}

/** Decodes file bytes, or says why the file is refused. */
export function decodeBytes(bytes: Uint8Array, maxBytes = MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) return { ok: false, error: tooLarge(bytes.length, maxBytes) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      error: {
        code: 'unsupported-encoding',
        line: 0,
        message: `Dit bestand is opgeslagen als UTF-16 (Excel: "Unicode-tekst") en wordt niet gelezen. ${ADVICE}`,
      },
    };
  }
  const type = fileTypeOf(bytes);
  if (type) {
    return { ok: false, error: { code: 'not-csv', line: 0, message: `Dit is geen CSV-bestand maar ${type.name}. ${ADVICE}`, params: { kind: type.kind } } };
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM: the BOM is already cut off above; a second one would be content.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/** Checks text that arrives already decoded (pasted, or read by the caller) and strips a BOM. */
export function checkText(text: string, maxBytes = MAX_BYTES): Decoded {
  if (text.length > maxBytes) return { ok: false, error: tooLarge(text.length, maxBytes) };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const head = body.slice(0, 1024);
  if (head.includes('\u0000') || head.startsWith('%PDF-') || head.startsWith('PK\u0003\u0004')) {
    return { ok: false, error: { code: 'not-csv', line: 0, message: `Dit is geen CSV-bestand maar een binair bestand. ${ADVICE}`, params: { kind: 'binary' } } };
  }
  return { ok: true, text: body, encoding: 'utf-8' };
}

// WHATWG windows-1252 for 0x80–0x9F; every other byte is its own code point. Written out here
// because some Node versions decode 'windows-1252' as Latin-1 and lose "€" (0x80).
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes (the "ANSI" code page of Dutch Excel). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const slice = bytes.subarray(start, start + CHUNK);
    const codes = new Uint16Array(slice.length);
    for (let i = 0; i < slice.length; i++) {
      const b = slice[i] as number;
      codes[i] = b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The refusal of a file over the size limit, in the words every import path uses. */
export function tooLarge(size: number, max: number = MAX_BYTES): CsvError {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace('.', ',');
  return {
    code: 'too-large',
    line: 0,
    message: `Het bestand is te groot (${mb(size)} MB); de grens is ${mb(max)} MB. Splits het bestand op.`,
    params: { size: Math.round((size / (1024 * 1024)) * 10) / 10, max: Math.round((max / (1024 * 1024)) * 10) / 10 },
  };
}
