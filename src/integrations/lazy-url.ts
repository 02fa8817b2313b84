import path from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?lazy-url';

/**
 * `import url from './module.ts?lazy-url'` bundles the module as a chunk of its
 * own and gives its address, to load later with `import(url)`.
 *
 * A plain `import('./module')` would do the same, but Vite wraps it in its
 * preload helper (about 0.9 KB gzip), which alone would break the FAQ loader's
 * 1 KB budget. Nothing preloads the chunk's own imports: code it shares with
 * other chunks arrives one round trip after it.
 */
export function lazyUrl(): Plugin {
  let serving = false;
  let base = '/';
  return {
    name: 'customer-care:lazy-url',
    configResolved(config) {
      serving = config.command === 'serve';
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved ? `${resolved.id}${SUFFIX}` : null;
    },
    load(id) {
      if (!id.endsWith(SUFFIX)) return null;
      const file = id.slice(0, -SUFFIX.length);
      if (serving) {
        // The dev server compiles any project file on request.
        return `export default ${JSON.stringify(path.posix.join(base, '@fs', file))};`;
      }
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
