/**
 * Draws the social share image (public/og-image.png, 1200×630) and the logo
 * (public/logo.png, 512×512) with Chromium. Run again after a rebrand:
 *   node scripts/make-share-image.ts "Company" "Service name" "Tagline"
 * They carry names only, never prices or hours, so content edits never stale them.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tooling/chromium.ts';

const [company = 'CS-Cart', service = 'Customer Care', tagline = 'Technical support plans'] =
  process.argv.slice(2);
const mark = `<svg viewBox="0 0 32 32" width="100%" height="100%"><rect width="32" height="32" rx="8" fill="#0b6b57"/><path fill="#fff" d="M9 17.5c0-4.7 3.2-8 7.5-8 2.6 0 4.6 1.1 5.9 3l-2.6 1.9c-.8-1.1-1.9-1.7-3.3-1.7-2.5 0-4.2 1.9-4.2 4.8s1.7 4.8 4.2 4.8c1.4 0 2.5-.6 3.3-1.7l2.6 1.9c-1.3 1.9-3.3 3-5.9 3-4.3 0-7.5-3.3-7.5-8Z"/></svg>`;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const card = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;
  align-items:center;gap:64px;padding:0 96px;box-sizing:border-box;font-family:system-ui,sans-serif;
  background:radial-gradient(900px 400px at 90% 0%,#dcefe8,transparent 70%),#f7f8f6;color:#17211d">
  <div style="width:220px;height:220px;flex:none">${mark}</div>
  <div><div style="font-size:40px;color:#4a5852">${escape(company)}</div>
  <div style="font-size:88px;font-weight:800;letter-spacing:-2px;line-height:1.05">${escape(service)}</div>
  <div style="font-size:40px;margin-top:24px;color:#074d3f">${escape(tagline)}</div></div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(card);
  await page.screenshot({ path: 'public/og-image.png' });
  await page.setViewportSize({ width: 512, height: 512 });
  await page.setContent(`<body style="margin:0;width:512px;height:512px">${mark}</body>`);
  await page.screenshot({ path: 'public/logo.png', omitBackground: true });
} finally {
  await browser.close();
}
