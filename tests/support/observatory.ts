/**
 * Scores response headers by the MDN HTTP Observatory's published rules
 * (github.com/mdn/mdn-http-observatory, src/grader/charts.js): start at 100,
 * apply each test's modifier, and count bonuses only when the score without them
 * is at least 90. Only the header tests are scored here; the site sets no
 * cookies, loads no third-party scripts and serves no CORS headers, which score 0.
 */

export interface ObservatoryResult {
  score: number;
  grade: string;
  tests: Record<string, { result: string; modifier: number }>;
}

function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function cspTest(policy: string | undefined): [string, number] {
  if (!policy) return ['csp-not-implemented', -25];
  const directives = directivesOf(policy);
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  const objects = directives.get('object-src') ?? directives.get('default-src');
  const unsafeScripts =
    !scripts ||
    !objects ||
    scripts.some((source) => ["'unsafe-inline'", 'data:', '*', 'https:', 'http:'].includes(source));
  if (unsafeScripts) return ['csp-implemented-with-unsafe-inline', -20];
  if ([...directives.values()].flat().includes("'unsafe-eval'")) {
    return ['csp-implemented-with-unsafe-eval', -10];
  }
  const styles = directives.get('style-src') ?? directives.get('default-src') ?? [];
  if (styles.some((source) => ["'unsafe-inline'", 'data:', 'https:', '*'].includes(source))) {
    return ['csp-implemented-with-unsafe-inline-in-style-src-only', 0];
  }
  const formAction = directives.get('form-action') ?? [];
  const defaultNone = directives.get('default-src')?.join(' ') === "'none'";
  if (defaultNone && (formAction.includes("'none'") || formAction.includes("'self'"))) {
    return ['csp-implemented-with-no-unsafe-default-src-none', 10];
  }
  return ['csp-implemented-with-no-unsafe', 5];
}

function hstsTest(value: string | undefined): [string, number] {
  const maxAge = Number(value?.match(/max-age=(\d+)/i)?.[1] ?? Number.NaN);
  if (value === undefined) return ['hsts-not-implemented', -20];
  if (Number.isNaN(maxAge)) return ['hsts-header-invalid', -20];
  return maxAge >= 15_768_000
    ? ['hsts-implemented-max-age-at-least-six-months', 0]
    : ['hsts-implemented-max-age-less-than-six-months', -10];
}

function referrerTest(value: string | undefined): [string, number] {
  if (value === undefined) return ['referrer-policy-not-implemented', 0];
  const last = value.split(',').at(-1)?.trim().toLowerCase() ?? '';
  if (
    ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(
      last,
    )
  ) {
    return ['referrer-policy-private', 5];
  }
  return ['referrer-policy-unsafe', -5];
}

function frameTest(xfo: string | undefined, policy: string | undefined): [string, number] {
  if (policy && directivesOf(policy).get('frame-ancestors')) {
    return ['x-frame-options-implemented-via-csp', 5];
  }
  if (xfo === undefined) return ['x-frame-options-not-implemented', -20];
  return /^(deny|sameorigin)$/i.test(xfo.trim())
    ? ['x-frame-options-sameorigin-or-deny', 0]
    : ['x-frame-options-header-invalid', -20];
}

function corpTest(value: string | undefined): [string, number] {
  if (value === undefined) return ['cross-origin-resource-policy-not-implemented', 0];
  const policy = value.trim().toLowerCase();
  if (policy === 'same-origin')
    return ['cross-origin-resource-policy-implemented-with-same-origin', 10];
  if (policy === 'same-site')
    return ['cross-origin-resource-policy-implemented-with-same-site', 10];
  if (policy === 'cross-origin')
    return ['cross-origin-resource-policy-implemented-with-cross-origin', 0];
  return ['cross-origin-resource-policy-header-invalid', -5];
}

const grades: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function scoreHeaders(headers: Record<string, string>): ObservatoryResult {
  const get = (name: string) =>
    Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const csp = get('content-security-policy');
  const xcto = get('x-content-type-options');
  const entries: [string, [string, number]][] = [
    ['content-security-policy', cspTest(csp)],
    ['strict-transport-security', hstsTest(get('strict-transport-security'))],
    ['referrer-policy', referrerTest(get('referrer-policy'))],
    ['x-frame-options', frameTest(get('x-frame-options'), csp)],
    ['cross-origin-resource-policy', corpTest(get('cross-origin-resource-policy'))],
    [
      'x-content-type-options',
      xcto === undefined
        ? ['x-content-type-options-not-implemented', -5]
        : xcto.trim().toLowerCase() === 'nosniff'
          ? ['x-content-type-options-nosniff', 0]
          : ['x-content-type-options-header-invalid', -5],
    ],
  ];
  const modifiers = entries.map(([, [, modifier]]) => modifier);
  const penalties = 100 + modifiers.filter((m) => m < 0).reduce((sum, m) => sum + m, 0);
  const bonus = modifiers.filter((m) => m > 0).reduce((sum, m) => sum + m, 0);
  const score = Math.max(0, penalties >= 90 ? penalties + bonus : penalties);
  const grade = grades.find(([minimum]) => score >= minimum)?.[1] ?? 'F';
  return {
    score,
    grade,
    tests: Object.fromEntries(
      entries.map(([name, [result, modifier]]) => [name, { result, modifier }]),
    ),
  };
}
