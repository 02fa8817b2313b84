import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowProblems } from '../support/workflow-rules';

/**
 * CI holds no more power than it needs: every workflow file in
 * .github/workflows keeps the rules of tests/support/workflow-rules.ts, which
 * are proven here on broken workflows, one mistake each.
 */
const folder = path.resolve('.github/workflows');
const files = readdirSync(folder).filter((file) => /\.ya?ml$/.test(file));
const read = (file: string) => readFileSync(path.join(folder, file), 'utf-8');

const checkout = `actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2`;
const upload = `actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2`;

/** A workflow that keeps every rule; each case below breaks it in one place. */
const good = `on: pull_request
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${checkout}
        with:
          persist-credentials: false
      - id: build
        run: npm run build
      - uses: ${upload}
        with:
          path: dist/
      - run: npm run test:e2e
  comment:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
    steps:
      - run: gh pr comment "$PR" --body-file report.md
`;

describe('the workflow rules', () => {
  it('accept a workflow that keeps them', () => {
    expect(workflowProblems(good)).toEqual([]);
  });

  it.each([
    ['on: pull_request', 'on: [pull_request_target]', 'runs on pull_request_target'],
    [
      'permissions:\n  contents: read\njobs',
      'jobs',
      'the top-level permissions are not contents: read',
    ],
    [
      'permissions:\n  contents: read\njobs',
      'permissions: write-all\njobs',
      [
        'the top-level permissions are not contents: read',
        'the top-level permissions give (write-all) more than read',
      ],
    ],
    [
      '  contents: read\njobs',
      '  contents: read\n  pull-requests: write\njobs',
      'the top-level permissions give pull-requests more than read',
    ],
    ['pull-requests: write', 'contents: write', 'job comment: gives contents more than read'],
    [
      '      - run: gh pr comment',
      `      - uses: ${checkout}\n        with:\n          persist-credentials: false\n      - run: gh pr comment`,
      'job comment: writes and checks out code',
    ],
    [
      '      - run: gh pr comment',
      '      - run: npm ci\n      - run: gh pr comment',
      'job comment: writes and runs project code (npm ci)',
    ],
    [
      'persist-credentials: false',
      'fetch-depth: 1',
      'job test: a checkout without persist-credentials: false',
    ],
    [
      checkout,
      'actions/checkout@v4',
      'actions/checkout@v4 is not pinned to a full commit with "# vX.Y.Z" after it',
    ],
    [
      checkout,
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 is not pinned to a full commit with "# vX.Y.Z" after it',
    ],
    [
      `      - uses: ${upload}`,
      `      - uses: ${upload}\n        if: \${{ !cancelled() }}`,
      'job test: uploads dist/ even when the build failed',
    ],
    [
      '        run: npm run build\n',
      '        run: npm run build\n      - run: npm run lint\n',
      'job test: a failing step between the build and the upload stops it',
    ],
    [
      '      - id: build\n        run: npm run build\n',
      '',
      'job test: uploads dist/ with no build step before it',
    ],
  ])('refuse a workflow with %j written as %j', (from, to, problems) => {
    const broken = good.replace(from, to);
    expect(broken).not.toBe(good);
    expect(workflowProblems(broken)).toEqual([problems].flat());
  });

  it('accept an upload after later failures only when it names the build passing', () => {
    const broken = good
      .replace(
        '        run: npm run build\n',
        '        run: npm run build\n      - run: npm run lint\n',
      )
      .replace(
        `      - uses: ${upload}`,
        `      - uses: ${upload}\n        if: \${{ !cancelled() && steps.build.outcome == 'success' }}`,
      );
    expect(workflowProblems(broken)).toEqual([]);
  });
});

/** A pull-request workflow whose preview job holds a secret and keeps every rule. */
const preview = `on: pull_request
permissions:
  contents: read
jobs:
  preview:
    if: \${{ github.event.pull_request.head.repo.full_name == github.repository }}
    runs-on: ubuntu-latest
    environment: preview
    steps:
      - uses: ${checkout}
        with:
          ref: \${{ github.event.pull_request.base.sha }}
          persist-credentials: false
      - run: npx wrangler versions upload
        env:
          CLOUDFLARE_API_TOKEN: \${{ secrets.CLOUDFLARE_API_TOKEN }}
`;

describe('the rules on secrets', () => {
  it('accept a pull request job that keeps them', () => {
    expect(workflowProblems(preview)).toEqual([]);
  });

  it.each([
    ['    environment: preview\n', '', 'job preview: uses secrets outside an environment'],
    [
      '    if: ${{ github.event.pull_request.head.repo.full_name == github.repository }}\n',
      '',
      'job preview: gives secrets to pull requests from forks',
    ],
    [
      '          ref: ${{ github.event.pull_request.base.sha }}\n',
      '',
      'job preview: checks out the pull request where secrets are',
    ],
    [
      '      - run: npx wrangler',
      '      - run: npm run build\n      - run: npx wrangler',
      'job preview: builds where secrets are',
    ],
    [
      'permissions:\n  contents: read\njobs',
      'permissions:\n  contents: read\nenv:\n  TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}\njobs',
      'the workflow env holds secrets',
    ],
  ])('refuse a workflow with %j written as %j', (from, to, problem) => {
    const broken = preview.replace(from, to);
    expect(broken).not.toBe(preview);
    expect(workflowProblems(broken)).toEqual([problem]);
  });

  it("allow the run's own token anywhere, and secrets in an environment on push", () => {
    const onPush = preview
      .replace('on: pull_request', 'on:\n  push:\n    branches: [main]')
      .replace(/ {4}if: .*\n/, '')
      .replace(/ {10}ref: .*\n/, '')
      .replace('    environment: preview\n', '    environment: production\n')
      .replace(
        '      - run: npx wrangler',
        '      - run: npm run build\n      - run: npx wrangler',
      );
    expect(workflowProblems(onPush)).toEqual([]);
    const withToken = preview.replace(
      '    environment: preview\n',
      '    env:\n      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n',
    );
    expect(workflowProblems(withToken)).toEqual([
      'job preview: uses secrets outside an environment',
    ]);
  });
});

it('finds the workflows', () => {
  expect(files).toContain('ci.yml');
  expect(files).toContain('deploy.yml');
});

describe.each(files)('%s', (file) => {
  it('keeps the rules', () => {
    expect(workflowProblems(read(file))).toEqual([]);
  });
});

describe('ci.yml', () => {
  interface Step {
    run?: string;
    uses?: string;
    with?: Record<string, unknown>;
  }
  const { jobs } = parse(read('ci.yml')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = jobs['test']?.steps ?? [];

  it('builds the site in its own step and uploads it', () => {
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(build).toBeGreaterThan(-1);
    expect(steps[build + 1]?.uses).toMatch(/^actions\/upload-artifact@/);
    expect(steps[build + 1]?.with?.['path']).toBe('dist/');
  });

  it('runs every part of npm test', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf-8')) as {
      scripts: Record<string, string>;
    };
    const parts = pkg.scripts['test']?.split('&&').map((part) => part.trim()) ?? [];
    expect(parts.length).toBeGreaterThan(1);
    const runs = steps.map((step) => step.run);
    for (const part of parts) expect(runs).toContain(part);
  });
});

describe('deploy.yml', () => {
  interface Step {
    run?: string;
    uses?: string;
    with?: Record<string, unknown>;
    env?: Record<string, string>;
  }
  interface Job {
    needs?: string;
    environment?: { name: string };
    steps: Step[];
  }
  const workflow = parse(read('deploy.yml')) as {
    on: Record<string, { branches?: string[] }>;
    jobs: Record<string, Job>;
  };

  it('deploys every push to main, and nothing else', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on['push']?.branches).toEqual(['main']);
  });

  it('deploys the built site in the production environment, the token there only', () => {
    const jobs = Object.entries(workflow.jobs);
    const holding = jobs.filter(([, job]) => JSON.stringify(job).includes('secrets.'));
    expect(holding.map(([name]) => name)).toEqual(['deploy']);
    const deploy = workflow.jobs['deploy'];
    expect(deploy?.environment?.name).toBe('production');
    expect(deploy?.needs).toBe('build');
    const steps = deploy?.steps ?? [];
    const download = steps.findIndex((step) => step.uses?.startsWith('actions/download-artifact@'));
    const publish = steps.findIndex((step) => step.run === 'npx wrangler deploy');
    expect(steps[download]?.with?.['path']).toBe('dist/');
    expect(publish).toBeGreaterThan(download);
    expect(Object.keys(steps[publish]?.env ?? {})).toContain('CLOUDFLARE_API_TOKEN');
  });
});

describe('site-diff.yml', () => {
  const text = read('site-diff.yml');
  const workflow = parse(text) as {
    jobs: Record<string, { needs?: string | string[]; environment?: { name: string } }>;
  };

  it("carries the preview's address into the comment", () => {
    expect(workflow.jobs['preview']?.environment?.name).toBe('preview');
    expect(workflow.jobs['comment']?.needs).toContain('preview');
    expect(text).toContain('PREVIEW_URL: ${{ needs.preview.outputs.url }}');
    expect(text).toContain('wrangler versions upload --preview-alias');
  });
});
