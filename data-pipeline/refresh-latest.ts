/**
 * `npm run refresh` with no argument: reads ICE's 287(g) page, finds the participating and pending
 * spreadsheet links (steps/find-sheet-links.ts), downloads them with the download limits, dates each
 * from its file name (else Last-Modified), skips a file whose sha256 is already in the sources, checks
 * the rest and rebuilds once with all of them held in memory. As in refresh.ts, files are stored (and
 * their provenance added to SOURCES.md) only after the outputs were swapped in; any error stores nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fetchResource } from './download.ts';
import { findSheetLinks, type SheetLink } from './steps/find-sheet-links.ts';
import { dateFromIceName, dateFromLastModified, nameFromDisposition } from './steps/ice-file-date.ts';
import { readIceSheet } from './steps/read-ice-sheets.ts';
import { normalizeSheet } from './steps/normalize-agreements.ts';
import { DEFAULT_SOURCES, runPipeline, type PipelineResult } from './build.ts';
import { Warnings } from './errors.ts';

export const ICE_287G_PAGE = 'https://www.ice.gov/identify-and-arrest/287g';

export class DiscoveryError extends Error {
  override name = 'DiscoveryError';
}

export interface LatestOptions {
  /** ICE's page; ICE_287G_PAGE_URL overrides it (tests serve fixture pages from 127.0.0.1). */
  page?: string;
  sources?: string;
  out?: string;
  quiet?: boolean;
  /** Per request; ICE_DOWNLOAD_SECONDS overrides the 60 s default. */
  seconds?: number;
  log?: (line: string) => void;
  /** The sheet parse cache's folder (parse-cache.ts); absent: every sheet is parsed. */
  cacheDir?: string;
}

interface NewSheet { name: string; bytes: Buffer; link: SheetLink; from: string; sha: string; dateFrom: string }

const sha256 = (b: Buffer) => crypto.createHash('sha256').update(b).digest('hex');
const isZip = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0x04034b50;

function storedHashes(iceDir: string): Map<string, string> {
  return new Map(fs.readdirSync(iceDir).filter((f) => f.endsWith('.xlsx')).map((f) => [sha256(fs.readFileSync(path.join(iceDir, f))), f] as const));
}

export async function refreshLatest(opts: LatestOptions = {}): Promise<{ stored: string[]; skipped: string[]; result: PipelineResult | null }> {
  const page = opts.page ?? process.env.ICE_287G_PAGE_URL ?? ICE_287G_PAGE;
  const seconds = opts.seconds ?? (Number(process.env.ICE_DOWNLOAD_SECONDS) || undefined);
  const log = opts.log ?? (() => {});
  const sources = opts.sources ?? DEFAULT_SOURCES;
  const iceDir = path.join(sources, 'ice-287g');

  const html = await fetchResource(page, { seconds });
  const links = findSheetLinks(html.bytes.toString('utf8'), html.url);
  if (!links.some((l) => l.kind === 'participating')) {
    throw new DiscoveryError(`${page} has no link to a participating-agencies spreadsheet (looked for links to .xlsx files whose text says "participating"); found ${links.length} other spreadsheet link(s). Has ICE changed the page? Give the file directly: npm run refresh -- FILE_OR_URL`);
  }
  for (const l of links) log(`Found ${l.kind} link "${l.text}": ${l.url}`);

  const known = storedHashes(iceDir);
  const fresh: NewSheet[] = [];
  const skipped: string[] = [];
  for (const link of links) {
    const res = await fetchResource(link.url, { seconds });
    if (!isZip(res.bytes)) {
      const type = res.headers.get('content-type') ?? 'no content type';
      throw new DiscoveryError(`${res.url} (linked as "${link.text}") is not an .xlsx spreadsheet: the server sent ${type}, starting ${JSON.stringify(res.bytes.subarray(0, 40).toString('latin1'))}`);
    }
    const sha = sha256(res.bytes);
    const already = known.get(sha) ?? fresh.find((f) => f.sha === sha)?.name;
    if (already) {
      skipped.push(already);
      log(`Skipped ${res.url}: the same bytes (sha256 ${sha.slice(0, 12)}…) are already stored as ice-287g/${already}.`);
      continue;
    }
    const fileName = nameFromDisposition(res.headers.get('content-disposition')) ?? decodeURIComponent(new URL(res.url).pathname.split('/').pop() ?? '');
    const lastModified = res.headers.get('last-modified');
    const byName = dateFromIceName(fileName);
    const when = byName ?? dateFromLastModified(lastModified);
    if (!when) {
      throw new DiscoveryError(`${res.url}: no date in the file name "${fileName}" (MMDDYYYY or MMDDYY) and no usable Last-Modified header (${lastModified ?? 'none'}); download it and run npm run refresh -- FILE --date YYYY-MM-DD`);
    }
    const dateFrom = byName ? `the file name ${fileName}` : `the Last-Modified header (${lastModified}), as a day in Washington, DC`;
    const sheet = await readIceSheet(fileName, res.bytes);
    normalizeSheet(sheet, when.date, new Warnings()); // validate before anything is stored
    const name = `${sheet.kind}-${when.date}${when.pm ? '-pm' : ''}.xlsx`;
    if (fs.existsSync(path.join(iceDir, name)) || fresh.some((f) => f.name === name)) {
      throw new DiscoveryError(`${res.url} would be stored as ice-287g/${name}, which already holds different bytes (ICE replaced the file under the same date?). Check both and store the right one with npm run refresh -- FILE --date YYYY-MM-DD`);
    }
    log(`New ${sheet.kind} sheet ${name}: date ${when.date} from ${dateFrom}.`);
    fresh.push({ name, bytes: res.bytes, link, from: res.url, sha, dateFrom });
  }
  if (fresh.length === 0) return { stored: [], skipped, result: null };

  const result = await runPipeline({ sources, out: opts.out, quiet: opts.quiet, cacheDir: opts.cacheDir, addedSheets: new Map(fresh.map((f) => [f.name, f.bytes])) });
  for (const f of fresh) {
    const partial = path.join(iceDir, `.${f.name}.partial`);
    fs.writeFileSync(partial, f.bytes);
    fs.renameSync(partial, path.join(iceDir, f.name));
  }
  appendProvenance(path.join(iceDir, 'SOURCES.md'), page, fresh);
  return { stored: fresh.map((f) => f.name), skipped, result };
}

/** One line per stored file under an "automatic downloads" heading, so a reviewer sees where it came from. */
function appendProvenance(file: string, page: string, fresh: NewSheet[]): void {
  const heading = '\n## Downloaded by `npm run refresh` (automatic)\n\n| file here | ICE URL | link text on the page | date from | sha256 |\n|---|---|---|---|---|\n';
  const cell = (s: string) => s.replace(/[|\r\n]/g, ' ');
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (!text.includes('## Downloaded by `npm run refresh` (automatic)')) text = `${text.trimEnd()}\n${heading}`;
  for (const f of fresh) text += `| \`${f.name}\` | ${cell(f.from)} | ${cell(f.link.text)} (on ${cell(page)}) | ${cell(f.dateFrom)} | \`${f.sha}\` |\n`;
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}
