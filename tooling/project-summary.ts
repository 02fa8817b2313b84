import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Ends a Playwright run with one line per project (chromium, firefox, ...): how
 * many of its tests passed, failed and were skipped, and why each skip was made,
 * so a run's output says what each browser covered.
 */
export default class ProjectSummary implements Reporter {
  #root: Suite | undefined;

  onBegin(_config: FullConfig, root: Suite) {
    this.#root = root;
  }

  onEnd() {
    // A listing (--list) runs nothing: nothing to sum up.
    if (!this.#root?.allTests().some((test) => test.results.length > 0)) return;
    const lines = ['', 'Tests by project:'];
    for (const project of this.#root?.suites ?? []) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const skipReasons = new Map<string, number>();
      for (const test of project.allTests()) {
        const outcome = test.outcome();
        if (outcome === 'skipped') {
          counts.skipped += 1;
          const reason =
            [...test.annotations, ...(test.results.at(-1)?.annotations ?? [])].find(
              (annotation) => annotation.type === 'skip',
            )?.description ?? 'no reason given';
          skipReasons.set(reason, (skipReasons.get(reason) ?? 0) + 1);
        } else if (outcome === 'expected') counts.passed += 1;
        else counts.failed += 1;
      }
      const use = project.project()?.use;
      const browser = use?.browserName ?? use?.defaultBrowserType ?? 'chromium';
      lines.push(
        `  ${project.title} (${browser}): ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
      for (const [reason, count] of skipReasons) lines.push(`    skipped ${count}: ${reason}`);
    }
    console.log(lines.join('\n'));
  }

  printsToStdio() {
    return true;
  }
}
