/**
 * Serves the built site like a static host would: pages at their folder
 * addresses, 404.html for anything missing, and the headers of dist/_headers
 * (Netlify / Cloudflare Pages format), so local runs and the browser tests see
 * the production security headers. Listens on 127.0.0.1 only.
 *
 *   node scripts/serve.ts [--port 4321] [--dir dist]   (BASE_PATH sets the base)
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseBasePath } from '../src/settings.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4321' }, dir: { type: 'string', default: 'dist' } },
});
const root = path.resolve(values.dir);
const base = parseBasePath(process.env['BASE_PATH']);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${escaped}$`), headers: [] });
      continue;
    }
    const separator = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
  }
  return rules;
}

async function loadRules(): Promise<Rule[]> {
  try {
    return parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf-8'));
  } catch {
    return [];
  }
}

/** Every matching rule applies; a header set by two rules is joined, as Netlify does. */
function headersFor(rules: Rule[], urlPath: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => pattern.test(urlPath))) {
    for (const [name, value] of rule.headers) {
      headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** The file for a URL path, or undefined: folders serve their index.html. */
async function resolveFile(urlPath: string): Promise<string | undefined> {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(base.length));
  const file = path.join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (relative === '' || relative.endsWith('/')) {
    const index = path.join(file, 'index.html');
    return (await isFile(index)) ? index : undefined;
  }
  return (await isFile(file)) ? file : undefined;
}

function send(
  response: ServerResponse,
  status: number,
  file: string,
  headers: Record<string, string>,
) {
  response.writeHead(status, {
    ...headers,
    'Content-Type': types[path.extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}

const rules = await loadRules();
const server = createServer((request, response) => {
  void (async () => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = await resolveFile(urlPath);
    if (file) return send(response, 200, file, headersFor(rules, urlPath));
    if (await resolveFile(`${urlPath}/`)) {
      response.writeHead(301, { Location: `${urlPath}/` });
      return response.end();
    }
    const notFound = path.join(root, '404.html');
    if (await isFile(notFound)) return send(response, 404, notFound, headersFor(rules, urlPath));
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  })();
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(
    `Serving ${path.relative(process.cwd(), root) || '.'} at http://127.0.0.1:${values.port}${base}`,
  );
});
