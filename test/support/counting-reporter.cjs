'use strict';
// Mocha's spec reporter, plus two lines CI reads: how many tests were collected
// before the run, and the plain "N passed, N failed" summary after it.
const Mocha = require('mocha');
const { Spec } = Mocha.reporters;
const { EVENT_RUN_BEGIN, EVENT_RUN_END } = Mocha.Runner.constants;

class CountingReporter extends Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_BEGIN, () => {
      process.stdout.write(`collected ${runner.total} tests\n`);
    });
    runner.once(EVENT_RUN_END, () => {
      const { passes, failures, pending } = runner.stats;
      process.stdout.write(`\n${passes} passed, ${failures} failed, ${pending} skipped\n`);
    });
  }
}
module.exports = CountingReporter;
