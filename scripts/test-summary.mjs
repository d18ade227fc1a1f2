// Prints one closing line for the whole suite ("N passed, N failed") from vitest's JSON reports,
// so CI can read the total of unit and browser tests together.
import fs from 'node:fs';
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of ['test-artifacts/unit.json', 'test-artifacts/e2e.json']) {
  if (!fs.existsSync(f)) {
    console.error(`missing ${f}`);
    process.exit(1);
  }
  const r = JSON.parse(fs.readFileSync(f, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
