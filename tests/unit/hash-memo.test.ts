/**
 * The sha256 memo of ICE sheets (data-pipeline/hash-memo.ts): a file is read again whenever anything
 * about it may have changed, including bytes rewritten in place with the same size and the old
 * modification time put back; a freshly written file is not remembered; a damaged memo is ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HashMemo } from '../../data-pipeline/hash-memo.ts';
import { tempDir } from '../support/fixtures.ts';

const sha = (b: string) => crypto.createHash('sha256').update(b).digest('hex');

describe('hash memo', () => {
  it('remembers an unchanged file and hashes again one rewritten with the same size and modification time', () => {
    const dir = tempDir('cd-hash-');
    const file = path.join(dir, 'participating-2026-06-01.xlsx');
    const memoFile = path.join(dir, 'memo', 'sheets.json');
    fs.writeFileSync(file, 'first bytes');
    const then = new Date('2026-06-01T12:00:00Z'); // whole seconds, so putting it back restores it exactly
    fs.utimesSync(file, then, then);
    const a = new HashMemo(memoFile, 0n);
    expect(a.hash(file).sha256).toBe(sha('first bytes'));
    a.save();
    const b = new HashMemo(memoFile, 0n);
    const again = b.hash(file);
    expect(again.sha256).toBe(sha('first bytes'));
    expect(b.hits).toBe(1);
    expect(again.bytes().toString()).toBe('first bytes');
    const before = fs.statSync(file, { bigint: true });
    fs.writeFileSync(file, 'other bytes'); // same length
    fs.utimesSync(file, then, then);
    const after = fs.statSync(file, { bigint: true });
    expect([after.mtimeNs, after.size, after.ino]).toEqual([before.mtimeNs, before.size, before.ino]);
    const c = new HashMemo(memoFile, 0n);
    expect(c.hash(file).sha256).toBe(sha('other bytes'));
    expect(c.hits).toBe(0);
  });

  it('does not remember a file written moments ago, and ignores a damaged memo', () => {
    const dir = tempDir('cd-hash-');
    const file = path.join(dir, 'x.xlsx');
    const memoFile = path.join(dir, 'sheets.json');
    fs.writeFileSync(file, 'new sheet');
    const a = new HashMemo(memoFile);
    expect(a.hash(file).sha256).toBe(sha('new sheet'));
    a.save();
    expect(fs.existsSync(memoFile)).toBe(false);
    const b = new HashMemo(memoFile, 0n);
    b.hash(file);
    b.save();
    fs.writeFileSync(memoFile, fs.readFileSync(memoFile, 'utf8').slice(0, 30));
    const c = new HashMemo(memoFile, 0n);
    expect(c.hash(file).sha256).toBe(sha('new sheet'));
    expect(c.hits).toBe(0);
    fs.writeFileSync(memoFile, JSON.stringify({ [file]: ['a', 'b', 'c', 'd', 'e', 'not-a-hash'] }));
    expect(new HashMemo(memoFile, 0n).hash(file).sha256).toBe(sha('new sheet'));
  });
});
