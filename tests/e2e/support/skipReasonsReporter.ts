import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints, after the run, every skipped test with the reason it gave, so no skip goes unexplained. */
export default class SkipReasonsReporter implements Reporter {
  private readonly reasons = new Map<string, number>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return;
    const reason = test.annotations.find((annotation) => annotation.type === 'skip')?.description ?? 'no reason given';
    const key = `[${test.parent.project()?.name ?? '?'}] ${reason}`;
    this.reasons.set(key, (this.reasons.get(key) ?? 0) + 1);
  }

  onEnd(): void {
    for (const [reason, count] of this.reasons) console.log(`  skipped ${count}: ${reason}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
