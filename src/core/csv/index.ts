// The public surface of the CSV core: import of candidate lists, export of shortlist and matrix.
export type * from './types';
export { parseCandidatesCsv } from './import';
export type { CsvImportResult, ImportOptions } from './import';
export { csvFileName, exportCsv, exportFileName, writeCsv } from './export';
export type { Cell, ExportDialect, ExportKind, ExportLanguage, ExportOptions } from './export';
export { EXPORT_WORDS } from './export-words';
export { lookAlike } from './look-alike';
export { decodeBytes, decodeWindows1252, detectFileType, tooLarge, MAX_BYTES, MAX_ROWS } from './decode';
export { detectDialect, DELIMITERS } from './dialect';
export type { Dialect } from './dialect';
export { guessTarget, mapColumns, normaliseHeader, targetLabel, FIELD_LABELS } from './headers';
export { criterionHeader, knockOutHeader, noteHeader } from './codes';
export { neutralise, unneutralise } from './neutralise';
export { readKnockOut } from './cells';
