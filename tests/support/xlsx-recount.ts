/**
 * An independent reader for the ICE spreadsheets, used only as a test oracle: it shares no code with
 * the pipeline's reader (read-excel-file). An .xlsx file is a zip of XML parts; this walks the zip's
 * central directory, inflates parts with node's zlib, and reads the first sheet's <row>/<c> elements
 * with regular expressions, resolving shared strings. It handles the subset of SpreadsheetML that
 * ICE's files and write-excel-file use (shared, inline and formula strings; numbers; error values as their text) and throws on
 * anything else, so a new layout fails the test rather than being miscounted.
 */
import zlib from 'node:zlib';

/** name -> uncompressed bytes of every part in a zip archive (no zip64, no encryption). */
export function unzip(buf: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? zlib.inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: unsupported zip method ${method}`);
    if (data.length !== size) throw new Error(`${name}: inflated to ${data.length} bytes, expected ${size}`);
    parts.set(name, data);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e] ?? all);
}
/** Concatenated text of every <t> in a fragment (rich-text runs split one string into several). */
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)].map((m) => xmlText(m[1] ?? '')).join('');
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Column index (0-based) of a cell reference such as "AB12". */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)![0]) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export type RecountCell = string | number | null;

/** Rows of the workbook's first sheet as sparse arrays of cell values, with their 1-based row numbers. */
export function firstSheetRows(xlsx: Buffer): Array<{ r: number; cells: RecountCell[] }> {
  const parts = unzip(xlsx);
  const part = (name: string) => {
    const b = parts.get(name);
    if (!b) throw new Error(`missing part ${name}`);
    return b.toString('utf8');
  };
  const workbook = part('xl/workbook.xml');
  const firstSheet = /<sheet\s[^>]*>/.exec(workbook)?.[0];
  if (!firstSheet) throw new Error('workbook lists no sheet');
  const rid = attr(firstSheet, 'r:id');
  const rels = part('xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, 'Id') === rid);
  const target = rel && attr(rel, 'Target');
  if (!target) throw new Error(`no relationship ${rid}`);
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const shared = parts.has('xl/sharedStrings.xml')
    ? [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => texts(m[1] ?? ''))
    : [];

  const rows: Array<{ r: number; cells: RecountCell[] }> = [];
  const sheet = part(sheetPath);
  let lastRow = 0;
  for (const m of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(m[1] ?? '', 'r') ?? lastRow + 1);
    lastRow = r;
    const cells: RecountCell[] = [];
    let col = -1;
    for (const c of (m[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = c[1] ?? '';
      const ref = attr(tag, 'r');
      col = ref ? columnIndex(ref) : col + 1;
      const body = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const t = attr(tag, 't') ?? 'n';
      if (t === 's') cells[col] = v === undefined ? null : shared[Number(v)] ?? null;
      else if (t === 'inlineStr') cells[col] = texts(body);
      else if (t === 'str' || t === 'e') cells[col] = v === undefined ? null : xmlText(v);
      else if (t === 'n') cells[col] = v === undefined ? null : Number(v);
      else throw new Error(`${sheetPath} row ${r}: unhandled cell type t="${t}"`);
    }
    rows.push({ r, cells });
  }
  return rows;
}

const blank = (v: RecountCell | undefined) => v === null || v === undefined || String(v).trim() === '';

/**
 * Data rows of an ICE sheet: every row below the header with a value in at least one headed column,
 * as { column header -> value }.
 */
export function recountIceSheet(xlsx: Buffer): Array<Record<string, RecountCell>> {
  const [header, ...body] = firstSheetRows(xlsx);
  if (!header || header.r !== 1) throw new Error('expected the header in row 1');
  const cols = header.cells.flatMap((h, i) => (blank(h) ? [] : [[i, String(h).trim().toUpperCase().replace(/\s+/g, ' ')] as const]));
  return body
    .filter((row) => cols.some(([i]) => !blank(row.cells[i])))
    .map((row) => Object.fromEntries(cols.map(([i, name]) => [name, row.cells[i] ?? null])));
}
