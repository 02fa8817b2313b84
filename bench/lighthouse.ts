import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tooling/chromium.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, simulated on Lighthouse's mobile preset, in ms. */
  lcp: number;
  /** Why Lighthouse could not rate the page (a busy machine can make it miss LCP), if so. */
  error?: string;
}

/** Lighthouse's default (mobile, simulated throttling) run of each URL. */
export async function runLighthouse(
  urls: string[],
  port = 9333,
): Promise<Map<string, LighthouseScores>> {
  const browser = await chromium.launch(chromiumLaunchOptions([`--remote-debugging-port=${port}`]));
  const results = new Map<string, LighthouseScores>();
  try {
    for (const url of urls) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
      const categories = result?.lhr.categories;
      const score = (key: string) => Math.round((categories?.[key]?.score ?? 0) * 100);
      results.set(url, {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: Math.round(result?.lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        ...(result?.lhr.runtimeError ? { error: result.lhr.runtimeError.code } : {}),
        ...(result?.lhr.audits['largest-contentful-paint']?.errorMessage
          ? { error: result.lhr.audits['largest-contentful-paint'].errorMessage }
          : {}),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}
