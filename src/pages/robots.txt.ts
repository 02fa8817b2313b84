import type { APIRoute } from 'astro';
import { joinBase } from '../lib/url';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site
    ? new URL(joinBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site)
    : '';
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.toString()}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
