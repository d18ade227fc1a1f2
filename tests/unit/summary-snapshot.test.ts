/**
 * The national figures the site leads with, pinned to a reviewed snapshot. A change in the ICE sheets,
 * the policy table or the pipeline that moves any of them fails here until someone has looked at the
 * new figures and accepted them (the message says how). Reads public/data/summary.json as `npm run data`
 * wrote it; build-time fields (the manifest's generatedAt, code version) are not part of summary.json
 * and nothing here depends on the clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Summary } from '../../data-pipeline/schema/records.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SUMMARY = path.join(ROOT, 'public/data/summary.json');
const SNAPSHOT = path.join(import.meta.dirname, '__snapshots__/summary-national.json');
const UPDATE =
  'If the new national figures are right (check them against the ICE sheet and the policy table), update the ' +
  'reviewed snapshot with `npx vitest run --project unit tests/unit/summary-snapshot.test.ts -u` and commit ' +
  'tests/unit/__snapshots__/summary-national.json with the change.';

/** Only reviewed, reader-facing figures: national totals, stance counts, the sheet date, each state. */
function nationalFigures(s: Summary) {
  return {
    asOf: s.asOf,
    national: s.national,
    stanceCounts: s.stanceCounts,
    states: Object.fromEntries(
      [...s.states]
        .sort((a, b) => a.usps.localeCompare(b.usps))
        .map((st) => [st.usps, { stance: st.stance, agreements: st.agreements, agencies: st.agencies }]),
    ),
  };
}

it('national figures in summary.json match the reviewed snapshot', async () => {
  expect(fs.existsSync(SUMMARY), `${SUMMARY} is missing: run \`npm run data\` first`).toBe(true);
  // A deleted snapshot would otherwise be rewritten silently and pass.
  expect(fs.existsSync(SNAPSHOT), `${SNAPSHOT} is missing. ${UPDATE}`).toBe(true);
  const figures = nationalFigures(JSON.parse(fs.readFileSync(SUMMARY, 'utf8')) as Summary);
  try {
    await expect(`${JSON.stringify(figures, null, 2)}\n`).toMatchFileSnapshot(SNAPSHOT);
  } catch (err) {
    if (err instanceof Error) err.message = `National figures moved from the reviewed snapshot. ${UPDATE}\n${err.message}`;
    throw err;
  }
});
