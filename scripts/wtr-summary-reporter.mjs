// web-test-runner's own closing line is a progress bar; CI reads a plain
// "N passed, N failed" line, so this reporter adds one when the process exits
// (writing from stop() would come out before wtr's buffered output).
export function summaryLineReporter({ label = 'wtr' } = {}) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites ?? []) count(child);
  };
  return {
    stop({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load has no results: count it as one failure.
        const broken = !session.passed && (!session.testResults || (session.testResults.tests.length === 0 && session.testResults.suites.length === 0));
        if (broken || (session.errors?.length && session.passed === false && !session.testResults)) failed += 1;
      }
      process.once('exit', () => {
        process.stdout.write(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
      });
    },
  };
}
