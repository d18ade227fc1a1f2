/**
 * One part of a zip archive, inflated with node's zlib (native, several times faster than a pure-JS
 * inflate on ICE's 1.5 MB sheet parts). Used for the parts read-excel-file does not expose (cell
 * hyperlinks); the workbook's sizes have been checked by limits.ts before this runs.
 */
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { LIMITS, findEndOfDirectory } from './limits.ts';

const inflateRaw = promisify(zlib.inflateRaw);

/**
 * The part's bytes, or null if the archive has no part by that name (or is not a zip). Inflates on
 * libuv's thread pool, so the pipeline can read a sheet's links while read-excel-file parses its cells.
 */
export async function readZipPart(bytes: Buffer, name: string): Promise<Buffer | null> {
  const end = findEndOfDirectory(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= bytes.length && bytes.readUInt32LE(at) === 0x02014b50; i++) {
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (entry === name) {
      const method = bytes.readUInt16LE(at + 10);
      const packed = bytes.readUInt32LE(at + 20);
      const local = bytes.readUInt32LE(at + 42);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const raw = bytes.subarray(start, start + packed);
      if (method === 0) return Buffer.from(raw);
      if (method === 8) return inflateRaw(raw, { maxOutputLength: LIMITS.workbookBytes });
      throw new Error(`${name}: zip compression method ${method} is not supported`);
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return null;
}
