/**
 * Grades a served page with the MDN HTTP Observatory's own code
 * (@mdn/mdn-http-observatory): its tests, score table and grade chart.
 *
 * Its `scan()` fetches a bare hostname over the network on ports 80 and 443, so
 * it cannot reach a local server; this fetches the page itself, fills the same
 * `Requests` object its retriever fills, and totals the results as `scan()` does
 * (src/scanner/index.js). The page is graded as the host serves it, over HTTPS:
 * the plain-HTTP redirect is the host's setting and has nothing here to test.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { parseHttpEquivHeaders } from '@mdn/mdn-http-observatory/src/retriever/utils.js';
import { Requests } from '@mdn/mdn-http-observatory/src/types.js';
// The Observatory's own HTTP client: its tests read headers as axios records them.
import { AxiosHeaders } from 'axios';

/**
 * The HSTS preload list, which the package's own install script downloads (npm
 * does not run it here: no downloads at install). The site is not on the list,
 * and an empty one grades it on its own HSTS header.
 */
const packageRoot = path.dirname(
  createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'),
);
const preloadList = path.join(packageRoot, 'conf', 'hsts-preload.json');
if (!existsSync(preloadList)) {
  mkdirSync(path.dirname(preloadList), { recursive: true });
  writeFileSync(preloadList, '{}');
}

/** The Observatory's CORS probe sends this Origin (its default configuration). */
const CORS_ORIGIN = 'https://http-observatory.security.mozilla.org';

export interface ObservatoryGrade {
  score: number;
  grade: string;
  /** Each test's name and result, as the Observatory reports them. */
  tests: Record<string, { result: string | null; pass: boolean | null; modifier: number }>;
}

function headersOf(response: Response): AxiosHeaders {
  return new AxiosHeaders(Object.fromEntries(response.headers.entries()));
}

/** The response as the Observatory's retriever records it (an axios response). */
function recorded(response: Response, body: string, url: URL, request: Record<string, string>) {
  return {
    status: response.status,
    headers: headersOf(response),
    data: body,
    verified: true,
    config: { url: url.href },
    request: { headers: new AxiosHeaders(request) },
  };
}

/** Fetches `url` (a page, or any address for the 404 page) and grades it. */
export async function gradeServed(url: string): Promise<ObservatoryGrade> {
  const served = new URL(url);
  const asHosted = new URL(served.href.replace(/^http:/, 'https:'));
  const response = await fetch(served, { redirect: 'manual' });
  const body = await response.text();
  const preflightHeaders = { 'Access-Control-Request-Method': 'GET', Origin: CORS_ORIGIN };
  const preflight = await fetch(served, { method: 'OPTIONS', headers: preflightHeaders });

  const requests = new Requests(asHosted.hostname);
  const page = {
    ...recorded(response, body, asHosted, {}),
    httpEquiv: parseHttpEquivHeaders(body, asHosted.href),
  };
  requests.responses.auto = page;
  requests.responses.https = page;
  requests.responses.cors = recorded(preflight, '', asHosted, preflightHeaders);
  requests.resources.path = body;
  requests.session = { url: asHosted };

  // As scan() totals them: penalties always count, bonuses only from an A up.
  let withExtraCredit = 100;
  let withoutExtraCredit = 100;
  const tests: ObservatoryGrade['tests'] = {};
  for (const test of ALL_TESTS) {
    const output = test(requests);
    const modifier = output.result ? getScoreModifier(output.result) : 0;
    withExtraCredit += modifier;
    if (modifier < 0) withoutExtraCredit += modifier;
    tests[output.constructor.name] = { result: output.result, pass: output.pass, modifier };
  }
  const total =
    withoutExtraCredit >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : withoutExtraCredit;
  return { ...getGradeForScore(total), tests };
}
