// CSV injection (OWASP): a cell that starts with = + - @ tab or CR can run as a formula in Excel.
// The export prefixes such cells with a single quote; the import removes exactly that quote again.

const DANGEROUS = /^[=+\-@\t\r]/;
// One or more quotes before a dangerous character: a cell that already looked like our
// neutralised form gets one quote more, so that the import's removal of one quote is exact.
const NEUTRALISED = /^'+[=+\-@\t\r]/;
// Plain numbers cannot run as formulas; "-5" stays a number.
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Makes a cell safe to open in a spreadsheet. Plain numbers pass unchanged. */
export function neutralise(cell: string): string {
  if (PLAIN_NUMBER.test(cell)) return cell;
  return DANGEROUS.test(cell) || NEUTRALISED.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise`: removes one leading quote when it guards a dangerous character. */
export function unneutralise(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
