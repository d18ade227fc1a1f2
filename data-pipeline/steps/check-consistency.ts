/**
 * Cross-checks between outputs before anything is written (national = sum of states = sum of
 * counties + agreements without a county; every state with agreements has a policy entry; snapshot
 * moves beyond a threshold need a note). A failure here is a pipeline bug or an
 * input ICE changed under us, so the run stops rather than publishing numbers that disagree.
 */
import type { Agreement, CountyCounts, Summary } from '../schema/records.ts';

/** Snapshot-to-snapshot moves outside these bounds need a line in snapshot-notes.csv. */
export const MAX_DROP = 0.1;
export const MAX_RISE = 1.0;

export function checkConsistency(
  summary: Summary,
  agreements: Agreement[],
  counties: CountyCounts,
  snapshotNotes: Map<string, string>,
  /** States (and DC) with an entry in the policy table. */
  policyEntries: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const drawn = new Set(summary.states.map((s) => s.usps));
  const active = agreements.filter((a) => a.active && drawn.has(a.state));

  const sumStates = summary.states.reduce((n, s) => n + s.agreements, 0);
  if (sumStates !== summary.national.agreements) problems.push(`national agreements ${summary.national.agreements} != sum of states ${sumStates}`);
  if (active.length !== summary.national.agreements) problems.push(`active agreements in agreements.csv ${active.length} != national ${summary.national.agreements}`);
  const inCounties = Object.values(counties).reduce((n, c) => n + c.agreements, 0);
  const countyless = agreements.filter((a) => a.active && a.countyFips === null).length;
  const allActive = agreements.filter((a) => a.active).length;
  if (inCounties + countyless !== allActive) problems.push(`county counts ${inCounties} + without county ${countyless} != active agreements ${allActive}`);
  for (const s of summary.states) {
    const m = s.byModel.JEM + s.byModel.WSO + s.byModel.TFM;
    if (m !== s.agreements) problems.push(`${s.usps}: models add to ${m}, not ${s.agreements}`);
  }
  // A state with agreements must be explained by the policy table, never shown with a defaulted stance.
  // Territories are listed, not mapped, and may lack an entry (GU and MP do): they are not checked.
  for (const s of summary.states) if (s.agreements > 0 && !policyEntries.has(s.usps)) problems.push(`${s.usps} has agreements but no entry in the policy table`);
  const latest = summary.snapshots[summary.snapshots.length - 1];
  if (latest && latest.agreements !== summary.national.agreements) problems.push(`newest snapshot ${latest.agreements} != national ${summary.national.agreements}`);

  summary.snapshots.forEach((p, i) => {
    const prev = summary.snapshots[i - 1];
    if (!prev || prev.agreements === 0 || snapshotNotes.has(p.date)) return;
    const change = (p.agreements - prev.agreements) / prev.agreements;
    if (change < -MAX_DROP || change > MAX_RISE) {
      problems.push(
        `snapshot ${p.date}: ${prev.agreements} -> ${p.agreements} (${(change * 100).toFixed(0)}%) is outside -${MAX_DROP * 100}%/+${MAX_RISE * 100}%; ` +
          'check the file, then explain it in sources/ice-287g/snapshot-notes.csv',
      );
    }
  });
  return problems;
}
