/**
 * The sha256 of each ICE sheet remembered by file identity, so a warm run does not read and hash
 * every sheet again (with 1,000 daily sheets that is ~240 MB, most of a refresh's time). Like git's
 * index: an entry is used only while the file's device, inode, size, modification and change times
 * (nanoseconds) are all the same; any write changes the change time, which no program can set. A
 * file changed within two seconds of being hashed is not remembered (a second write in the same
 * clock tick could keep every time the same), so it is hashed again next run. Only with a cache
 * folder: `--no-cache` (CI) reads and hashes every input.
 */
import fs from 'node:fs';
import crypto from 'node:crypto';
import { writeCacheFile } from './parse-cache.ts';

type Entry = [dev: string, ino: string, size: string, mtimeNs: string, ctimeNs: string, sha256: string];
const RACY_NS = 2_000_000_000n;

export class HashMemo {
  private entries = new Map<string, Entry>();
  private changed = false;
  hits = 0;

  /** `racyNs`: how long after a write a file is not remembered (tests set 0 to skip waiting). */
  constructor(
    readonly file: string,
    private readonly racyNs = RACY_NS,
  ) {
    try {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      for (const [k, v] of Object.entries(data)) {
        if (Array.isArray(v) && v.length === 6 && v.every((x) => typeof x === 'string') && /^[0-9a-f]{64}$/.test(v[5] as string)) this.entries.set(k, v as Entry);
      }
    } catch {
      // missing or damaged: every file is hashed again
    }
  }

  /** The file's sha256, and its bytes on demand (read at most once). */
  hash(full: string): { sha256: string; size: number; bytes: () => Buffer } {
    const st = fs.statSync(full, { bigint: true });
    const id = [st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs].map(String);
    const known = this.entries.get(full);
    let bytes: Buffer | undefined;
    const read = () => (bytes ??= fs.readFileSync(full));
    if (known && id.every((x, i) => x === known[i])) {
      this.hits++;
      return { sha256: known[5], size: Number(st.size), bytes: read };
    }
    const sha256 = crypto.createHash('sha256').update(read()).digest('hex');
    const now = BigInt(Date.now()) * 1_000_000n;
    if (now - st.mtimeNs >= this.racyNs && now - st.ctimeNs >= this.racyNs && Number(st.size) === bytes!.length) {
      this.entries.set(full, [...id, sha256] as Entry);
      this.changed = true;
    } else if (known) {
      this.entries.delete(full);
      this.changed = true;
    }
    return { sha256, size: bytes!.length, bytes: read };
  }

  /** Written whole under a temporary name; a failed write only costs hashing next time. */
  save(): void {
    if (this.changed) writeCacheFile(this.file, JSON.stringify(Object.fromEntries(this.entries)));
  }
}
