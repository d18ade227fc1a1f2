/** timeline.json (month by month, with the law in force) and changes.json (what each sheet added and removed, renames followed). */
import { Changes, MODELS, Timeline } from '../schema/records.ts';
import { monthsFrom } from '../steps/build-timeline.ts';
import { factsBySnapshot, monthFacts } from '../steps/content-facts.ts';
import { lawSeries } from '../steps/build-law.ts';
import { archivedTimelineRows } from '../steps/archived-months.ts';
import { json, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function timelineFiles(_ctx: RunContext, src: Sources, agg: Aggregates, out: OutputFiles): void {
  const { factsOf, changes, snapshots, policy, periods, latest, captures } = src;
  const { states, drawn } = agg;
  const snapshotDates = snapshots.map((s) => s.date);
  // Months before the first sheet come from the archived ICE web tables (from 2021-01).
  const archived = archivedTimelineRows(captures, snapshotDates[0] ?? '');
  // The sheets' months from their facts (content-facts.ts), the archived captures' from their rows.
  const archivedFacts = factsBySnapshot(archived.rows, drawn);
  const sheetDates = new Set(snapshotDates);
  const months = monthsFrom((d) => monthFacts(sheetDates.has(d) ? factsOf(d) : archivedFacts.get(d), d), [...archived.dates, ...snapshotDates], policy.reviewed.slice(0, 7));
  const everListed = [...new Set([...archived.rows.map((r) => r.state), ...snapshotDates.flatMap((d) => Object.keys(factsOf(d)?.byState ?? {}))].filter((st) => drawn.has(st)))].sort();
  const timeline = validate(
    Timeline,
    {
      months: months.map((m) => m.month),
      snapshotForMonth: months.map((m) => m.snapshot),
      national: months.map((m) => m.total),
      agencies: months.map((m) => m.agencies),
      byModel: { JEM: months.map((m) => m.byModel.JEM), WSO: months.map((m) => m.byModel.WSO), TFM: months.map((m) => m.byModel.TFM) },
      states: Object.fromEntries(everListed.map((st) => [st, months.map((m) => m.byState[st] ?? 0)])),
      stateModels: Object.fromEntries(
        everListed.map((st) => [st, Object.fromEntries(MODELS.map((md) => [md, months.map((m) => m.byStateModel[st]?.[md] ?? 0)]))]),
      ),
      ...lawSeries({
        policy,
        periods,
        months: months.map((m) => m.month),
        snapshotForMonth: months.map((m) => m.snapshot),
        count: (usps, sheet) => months.find((m) => m.snapshot === sheet)?.byState[usps] ?? 0,
        latestSheet: latest,
        latestMismatch: new Map(states.map((s) => [s.usps, s.mismatch])),
      }),
    },
    'timeline.json',
  );
  out.set('timeline.json', json(timeline));
  out.set('changes.json', json(validate(Changes, changes, 'changes.json')));
}
