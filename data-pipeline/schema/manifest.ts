/** manifest.json: which pipeline run made the data, from which inputs (with sha256), and what it warned about. */
import * as v from 'valibot';

const IsoDate = v.pipe(v.string(), v.isoDate());
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const Manifest = v.object({
  pipelineVersion: v.string(),
  generatedAt: v.string(),
  commit: v.nullable(v.string()),
  inputs: v.array(
    v.object({
      path: v.string(),
      sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
      bytes: Count,
      kind: v.picklist(['participating', 'pending', 'policy', 'population', 'county-name-fixes', 'snapshot-notes', 'geometry', 'claims', 'politics', 'aliases', 'history']),
      snapshotDate: v.nullable(IsoDate),
      rows: v.nullable(Count),
    }),
  ),
  outputs: v.array(v.object({ path: v.string(), bytes: Count, records: v.nullable(Count) })),
  warnings: v.array(v.object({ code: v.string(), count: Count, examples: v.array(v.string()) })),
});
export type Manifest = v.InferOutput<typeof Manifest>;
