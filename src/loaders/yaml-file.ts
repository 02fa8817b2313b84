import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseEntryList, parseRecord } from '../lib/yaml-entries';

interface RawEntry {
  id: string;
  data: Record<string, unknown>;
}
type Parse = (text: string, file: string) => RawEntry[];

// Astro's own file() loader logs a YAML syntax error and carries on with an empty
// collection; editors need the build to stop and name the file instead.
function yamlLoader(name: string, file: string, parse: Parse): Loader {
  return {
    name,
    load: async (context: LoaderContext) => {
      const absolute = path.join(fileURLToPath(context.config.root), file);
      const sync = async () => {
        const entries = parse(await readFile(absolute, 'utf-8'), file);
        context.store.clear();
        for (const { id, data: raw } of entries) {
          const data = await context.parseData({ id, data: raw, filePath: absolute });
          context.store.set({ id, data, filePath: file, digest: context.generateDigest(raw) });
        }
      };
      await sync();
      context.watcher?.add(absolute);
      context.watcher?.on('change', (changed) => {
        if (path.resolve(changed) !== absolute) return;
        sync().catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}

/** A YAML list of entries, each with a unique `id`. */
export const yamlEntries = (file: string) =>
  yamlLoader('yaml-entries', file, (text, name) =>
    parseEntryList(text, name).map((data) => ({ id: String(data['id']), data })),
  );

/** A YAML file holding one record, stored under `id`. */
export const yamlRecord = (file: string, id: string) =>
  yamlLoader('yaml-record', file, (text, name) => [{ id, data: parseRecord(text, name) }]);
