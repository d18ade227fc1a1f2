/**
 * The bugs `npm run test:mutation` plants (issue 21), each with the test that must catch it. An edit
 * replaces text that must occur exactly once in the file, so a refactor that moves the code makes the
 * run fail loudly instead of silently planting nothing.
 */
const RPD = 'tests/unit/pipeline-real-data.test.ts';

export const MUTATIONS = [
  {
    id: 'library-drops-row',
    what: 'read-excel-file drops the last row of every sheet over 100 rows',
    edits: [{
      file: 'node_modules/read-excel-file/modules/export/readXlsxFileNode.js',
      from: 'return parseSpreadsheetContents(createWorkerFunction, parseXml, contents, options);',
      to: 'return Promise.resolve(parseSpreadsheetContents(createWorkerFunction, parseXml, contents, options)).then((sheets) => sheets.map((s) => (s.data.length > 101 ? { ...s, data: s.data.slice(0, -1) } : s)));',
    }],
    test: { file: 'tests/unit/read-ice-sheets.test.ts', name: 'rows and kind equal the pinned table and a recount from the sheet XML' },
  },
  {
    id: 'swapped-state-counts',
    what: 'summary swaps Kansas and Oklahoma',
    edits: [{
      file: 'data-pipeline/steps/summarize-states.ts',
      from: 'const c = counts.get(j.usps);',
      to: "const c = counts.get(j.usps === 'KS' ? 'OK' : j.usps === 'OK' ? 'KS' : j.usps);",
    }],
    test: { file: RPD, name: 'newest sheet: every state and territory' },
  },
  {
    id: 'wrong-same-day-file',
    what: 'the morning file stands for a date with two files (2026-02-06)',
    edits: [{
      file: 'data-pipeline/read-sources.ts',
      from: 'const used = participating.filter((s, i) => participating[i + 1]?.date !== s.date);',
      to: 'const used = participating.filter((s, i) => participating[i - 1]?.date !== s.date);',
    }],
    test: { file: RPD, name: 'uses the pinned file for each date' },
  },
  {
    id: 'contested-stance',
    what: 'the contested reading (possible_stance) replaces the stance (8 states)',
    edits: [{ file: 'data-pipeline/steps/summarize-states.ts', from: 'stance: p.stance,', to: 'stance: p.possible_stance ?? p.stance,' }],
    test: { file: RPD, name: 'stance, possible stance, confidence and mismatch of all 50 states + DC' },
  },
  {
    id: 'mismatch-without-limit',
    what: "the mismatch rule forgets 'limit' states with agreements",
    edits: [{ file: 'data-pipeline/steps/law-at-date.ts', from: "const RESTRICTS = new Set<Stance | null>(['limit', 'prohibit']);", to: "const RESTRICTS = new Set<Stance | null>(['prohibit']);" }],
    test: { file: RPD, name: 'stance, possible stance, confidence and mismatch of all 50 states + DC' },
  },
  {
    id: 'sheet-judged-by-todays-law',
    what: "the newest sheet is judged by today's stance, not the law on its date (NM's later ban flags it)",
    edits: [{ file: 'data-pipeline/steps/build-law.ts', from: 'atSheet: lawAt(p, asOf, reviewed)', to: 'atSheet: { stance: p.at(-1)!.stance }' }],
    test: { file: RPD, name: 'stance, possible stance, confidence and mismatch of all 50 states + DC' },
  },
  {
    id: 'law-history-ignored',
    what: "the timeline shows today's stance at every month",
    edits: [{ file: 'data-pipeline/steps/build-law.ts', from: 'law[usps] = dates.map((d) => lawAt(p, d, x.policy.reviewed));', to: 'law[usps] = dates.map(() => ({ stance: p.at(-1)!.stance }));' }],
    test: { file: RPD, name: 'the law in force at every month of the timeline' },
  },
  {
    id: 'no-formula-guard',
    what: 'CSV cells starting with = + - @ are written as they are',
    edits: [{ file: 'data-pipeline/steps/format-csv.ts', from: "return /^[=+\\-@\\t\\r]/.test(s) ? `'${s}` : s;", to: 'return s;' }],
    test: { file: 'tests/unit/pipeline-failures.test.ts', name: 'prefixes agency names starting with = + - @' },
  },
  {
    id: 'local-time-dates',
    what: 'SIGNED dates are converted in the local time zone',
    edits: [{
      file: 'data-pipeline/steps/normalize-agreements.ts',
      from: 'return { date: v.toISOString().slice(0, 10), text: false };',
      to: "return { date: `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`, text: false };",
    }],
    test: { file: 'tests/unit/dates-pacific-time.test.ts', name: 'every SIGNED day of the newest sheet equals the Excel serial day' },
  },
  {
    id: 'mirrored-qr',
    what: 'the printed QR code is drawn mirrored (same area, unscannable)',
    edits: [{
      file: 'src/lib/qr.ts',
      from: 'data.forEach((row, y) => {',
      to: 'data.map((r) => [...r].reverse()).forEach((row, y) => {',
    }],
    test: { file: 'tests/unit/classroom.test.ts', name: 'draws exactly the dark modules uqr encodes' },
  },
];

/** `npm run refresh` (data-pipeline/refresh.ts). */
const REFRESH = 'tests/unit/refresh.test.ts';
MUTATIONS.push(
  {
    id: 'refresh-date-ignored',
    what: 'refresh: a date in the file name wins over --date',
    edits: [{ file: 'data-pipeline/refresh.ts', from: 'const date = opts.date ?? fromName?.date;', to: 'const date = fromName?.date ?? opts.date;' }],
    test: { file: REFRESH, name: '--date names a file whose name has no date, and wins over a date in the name' },
  },
  {
    id: 'refresh-pm-dropped',
    what: 'refresh: an afternoon (pm) file is stored under the morning name',
    edits: [{ file: 'data-pipeline/refresh.ts', from: "${fromName?.pm ? '-pm' : ''}", to: '' }],
    test: { file: REFRESH, name: 'stores an afternoon (pm) file under its -pm name' },
  },
  {
    id: 'refresh-overwrites-stored',
    what: 'refresh: a stored date is overwritten by a file with other bytes',
    edits: [{ file: 'data-pipeline/refresh.ts', from: "throw new InputError({ file: name }, 'a snapshot date not already stored with different bytes', target);", to: '' }],
    test: { file: REFRESH, name: 'refuses a file for a date already stored with different bytes' },
  },
  {
    id: 'refresh-keeps-failed-sheet',
    what: 'refresh: the sheet is stored before the pipeline runs, and stays when it fails',
    edits: [{
      file: 'data-pipeline/refresh.ts',
      from: 'const result = await runPipeline({ sources, out: opts.out, quiet: opts.quiet, cacheDir: opts.cacheDir, addedSheets: new Map([[name, bytes]]) });',
      to: 'fs.writeFileSync(target, bytes);\n  const result = await runPipeline({ sources, out: opts.out, quiet: opts.quiet, cacheDir: opts.cacheDir, addedSheets: new Map([[name, bytes]]) });',
    }],
    test: { file: REFRESH, name: 'a sheet that passes validation but fails the pipeline' },
  },
);

/** Bugs planted in the production build (a copy of dist/), caught by browser tests. */
MUTATIONS.push(
  {
    id: 'loader-any-origin',
    what: "the embed loader accepts heights whatever the sender's origin",
    edits: [{ file: 'dist/embed.js', from: 'if (event.origin !== origin) return;', to: '' }],
    test: { project: 'e2e', file: 'tests/e2e/embed-loader.test.ts', name: 'ignores a well-formed height from the right window once it shows another origin' },
  },
  {
    id: 'worker-waits-for-slow-network',
    what: 'the offline worker waits 20 s (not 4 s) for the network before using its cache',
    edits: [{ file: 'dist/sw.js', from: 'const SLOW_MS = 4000;', to: 'const SLOW_MS = 20000;' }],
    test: { project: 'e2e', file: 'tests/e2e/offline.test.ts', name: 'a slow network (over 4 s) gets the cached page' },
  },
  {
    id: 'inline-script-on-a-page',
    what: 'a state page carries an inline script (blocked by the CSP, so it silently does nothing)',
    edits: [{ file: 'dist/states/tx/index.html', from: '</body>', to: '<script>document.title += "!"</script></body>' }],
    test: { project: 'e2e', file: 'tests/e2e/real-headers.test.ts', name: 'pages and their scripts run without a single CSP violation' },
  },
  {
    id: 'site-frameable',
    what: "_headers lets any site frame every page (frame-ancestors * instead of 'none')",
    edits: [{ file: 'dist/_headers', from: "frame-ancestors 'none'", to: 'frame-ancestors *', all: true }],
    test: { project: 'e2e', file: 'tests/e2e/real-headers.test.ts', name: 'another origin may frame an embed but not a state page' },
  },
  {
    id: 'series-every-sheet',
    what: 'state series store a point for every sheet, not only where the count changes',
    edits: [{
      file: 'data-pipeline/steps/summarize-states.ts',
      from: '(p) => p.agreements)]));',
      to: '(p) => p.date)]));',
    }],
    test: { file: 'tests/unit/change-points.test.ts', name: 'add no bytes to states/tx.json, people-covered.json/.csv or changes.json, and no point to any state series' },
  },
  {
    id: 'cache-dates-as-text',
    what: 'the parse cache stores Date cells as JSON text, so a warm run reads ISO strings instead of dates',
    edits: [{
      file: 'data-pipeline/parse-cache.ts',
      from: '(c instanceof Date ? { d: c.getTime() } : c ?? null)',
      to: '(c ?? null)',
    }],
    test: { file: 'tests/unit/parse-cache.test.ts', name: 'gives back exactly what the parser gives (cells, Date values, links), under the file name asked for' },
  },
  {
    id: 'state-ignores-earlier-sheets',
    what: 'a stored sheet state is reused after an earlier sheet changed (only the chain length is checked)',
    edits: [{
      file: 'data-pipeline/sheet-state.ts',
      from: '      if (!s.chain.every(([d, c], i) => sheets[i]!.date === d && sheets[i]!.content === c)) return null;',
      to: '',
    }],
    test: { file: 'tests/unit/sheet-state.test.ts', name: 'is not used for other sheets, another version or a damaged file' },
  },
  {
    id: 'state-reuses-other-renames',
    what: 'changes with renames followed are taken from the stored state although the renames changed',
    edits: [{
      file: 'data-pipeline/sheet-state.ts',
      from: '  const reuse = s.renamed?.key === key ? s.renamed.diffs : {};',
      to: '  const reuse = s.renamed ? s.renamed.diffs : {};',
    }],
    test: { file: 'tests/unit/sheet-state.test.ts', name: 'follows renames in the changes as every row of every sheet does, for one set of renames and then another' },
  },
  {
    id: 'hash-memo-ignores-ctime',
    what: 'the sheet hash memo trusts a file rewritten in place with the same size and modification time',
    edits: [{
      file: 'data-pipeline/hash-memo.ts',
      from: '[st.dev, st.ino, st.size, st.mtimeNs, st.ctimeNs]',
      to: '[st.dev, st.ino, st.size, st.mtimeNs, 0n]',
    }],
    test: { file: 'tests/unit/hash-memo.test.ts', name: 'remembers an unchanged file and hashes again one rewritten with the same size and modification time' },
  },
);
