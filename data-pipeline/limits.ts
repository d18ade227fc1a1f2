/**
 * Size limits on ICE input (documented in data-pipeline/README.md, "Limits"). ICE's sheets so far: at
 * most 0.24 MB packed, 1.5 MB unpacked, 1,843 rows, 125 characters in a cell. The limits leave room for
 * growth by two orders of magnitude and stop a hostile or broken file before it costs gigabytes.
 */
import zlib from 'node:zlib';
import { InputError } from './errors.ts';

export const LIMITS = {
  /** A download is streamed and stopped here. */
  downloadBytes: 20 * 1024 * 1024,
  downloadSeconds: 60,
  redirects: 5,
  /** All the parts of one .xlsx, unpacked (checked before the spreadsheet reader inflates anything). */
  workbookBytes: 50 * 1024 * 1024,
  /** Data rows in a sheet's first sheet. */
  rows: 20_000,
  /** Characters in one cell (an agency or county name, a model, a link text). */
  cellChars: 300,
} as const;

export const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

/**
 * Reads the zip's central directory and checks what each part unpacks to, first as declared and then
 * by inflating with a cap (a declared size can lie). Throws an InputError naming the file and part.
 */
export function checkWorkbookSize(file: string, bytes: Buffer): void {
  const limit = LIMITS.workbookBytes;
  const expected = `a workbook that unpacks to at most ${mb(limit)}`;
  const end = findEndOfDirectory(bytes);
  if (end < 0) return; // not a zip: the spreadsheet reader says it is unreadable
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new InputError({ file }, expected, 'a ZIP64 archive (over 4 GB or 65,535 parts)');
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return; // damaged: left to the reader
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const declared = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    total += declared;
    if (total > limit) throw new InputError({ file }, expected, `${name} unpacks to ${mb(declared)} (${mb(total)} so far)`);
    if (method !== 8 || local + 30 > bytes.length) continue;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    try {
      total += zlib.inflateRawSync(bytes.subarray(start, start + packed), { maxOutputLength: Math.max(1, limit - total + declared + 1) }).length - declared;
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new InputError({ file }, expected, `${name} unpacks to more than ${mb(limit)} (its header says ${mb(declared)})`);
      }
      return; // a corrupt part: the spreadsheet reader reports the file as unreadable
    }
    if (total > limit) throw new InputError({ file }, expected, `${name} unpacks to more than its header says (${mb(total)} in all)`);
  }
}

/** Offset of the zip's end-of-central-directory record (it sits within the last 64 KB), or -1. */
export function findEndOfDirectory(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
