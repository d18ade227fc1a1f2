/**
 * Just enough zip for tests that tamper with an .xlsx: read every part, write them back (deflated),
 * optionally with a false "unpacked size" in a part's headers, as a zip bomb would carry.
 */
import zlib from 'node:zlib';

export type Parts = Map<string, Buffer>;

export function readZip(bytes: Buffer): Parts {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const parts: Parts = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const local = bytes.readUInt32LE(at + 42);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + packed);
    parts.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return parts;
}

/** `claimed` gives a part a false unpacked size in both headers. */
export function writeZip(parts: Parts, claimed: Record<string, number> = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
    const packed = zlib.deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const header = (central: boolean) => {
      const h = Buffer.alloc(central ? 46 : 30);
      h.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      const o = central ? 2 : 0; // the central header has "version made by" first
      h.writeUInt16LE(20, 4 + o);
      h.writeUInt16LE(8, 8 + o);
      h.writeUInt32LE(zlib.crc32(data), 14 + o);
      h.writeUInt32LE(packed.length, 18 + o);
      h.writeUInt32LE(claimed[name] ?? data.length, 22 + o);
      h.writeUInt16LE(nameBytes.length, 26 + o);
      if (central) h.writeUInt32LE(offset, 42);
      return Buffer.concat([h, nameBytes]);
    };
    central.push(header(true));
    const local = Buffer.concat([header(false), packed]);
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
