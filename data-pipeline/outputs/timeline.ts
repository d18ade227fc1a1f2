/** timeline.json (month by month, with the law in force) and changes.json (what each sheet added and removed, renames followed). */
import { Changes, MODELS, Timeline } from '../schema/records.ts';
import { diffSnapshots, monthlySeries, type SnapshotRow } from '../steps/build-timeline.ts';
import { lawSeries } from '../steps/build-law.ts';
import { archivedTimelineRows } from '../steps/archived-months.ts';
import { json, validate, type RunContext } from '../run-context.ts';
import type { Sources } from '../read-sources.ts';
import type { Aggregates } from './summary.ts';
import type { OutputFiles } from '../steps/write-outputs.ts';

export function timelineFiles(_ctx: RunContext, src: Sources, agg: Aggregates, out: OutputFiles): void {
  const { rows, runs, snapshots, policy, periods, latest, knownAs, captures } = src;
  const { states, drawn } = agg;
  const timelineRows: SnapshotRow[] = rows.map((r) => ({ snapshot: r.snapshot, state: r.state, agreementId: `${r.agencyId}--${r.model.toLowerCase()}`, agencyId: r.agencyId, agencyName: r.agencyName, model: r.model }));
  const snapshotDates = snapshots.map((s) => s.date);
  // Months before the first sheet come from the archived ICE web tables (from 2021-01).
  const archived = archivedTimelineRows(captures, snapshotDates[0] ?? '');
  const months = monthlySeries([...archived.rows, ...timelineRows], [...archived.dates, ...snapshotDates], drawn, policy.reviewed.slice(0, 7), runs.sameAs);
  const everListed = [...new Set([...archived.rows, ...timelineRows].filter((r) => drawn.has(r.state)).map((r) => r.state))].sort();
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
  out.set('changes.json', json(validate(Changes, diffSnapshots(timelineRows.map((r) => ({ ...r, agreementId: knownAs(r.agreementId) })), runs.firstDates), 'changes.json')));
}
