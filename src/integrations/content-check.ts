import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { checkContent, type CheckResult } from '../lib/content-check/check';
import { readContentFiles } from '../lib/content-check/read-files';
import { formatReport } from '../lib/content-check/report';
import { contentDir } from '../lib/content-layout';

/** Stops a build with the content check's whole report. */
export class ContentCheckError extends Error {
  readonly result: CheckResult;

  constructor(result: CheckResult) {
    super(`${formatReport(result)}\n\nThe build stopped here: nothing was built.`);
    this.name = 'ContentCheckError';
    this.result = result;
    // Where in our code the check ran means nothing to an editor; the report says it all.
    this.stack = '';
  }
}

async function check(root: URL): Promise<CheckResult> {
  return checkContent(await readContentFiles(fileURLToPath(root)));
}

function logReport(logger: AstroIntegrationLogger, result: CheckResult) {
  if (result.problems.length > 0) logger.warn(`\n${formatReport(result)}`);
  else logger.info(formatReport(result));
}

/**
 * Runs `npm run check`'s content check before anything else: a build with a
 * content mistake stops at once with every problem listed (file, line, field,
 * value, what is wrong, how to fix), rather than with the first one Astro meets.
 * The development server reports the same problems whenever content changes.
 */
export function contentCheck(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config }) => {
        root = config.root;
        if (command !== 'build') return;
        const result = await check(config.root);
        if (result.problems.length > 0) throw new ContentCheckError(result);
      },
      'astro:server:setup': async ({ server, logger }) => {
        // Vitest starts a Vite server through Astro's config too: nobody reads its log.
        if (root === undefined || process.env['VITEST']) return;
        const projectRoot = root;
        const contentFolder = path.join(fileURLToPath(projectRoot), contentDir);
        logReport(logger, await check(projectRoot));
        // One save can fire several events: check once they settle.
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(contentFolder)) return;
          clearTimeout(pending);
          pending = setTimeout(() => {
            check(projectRoot).then(
              (result) => logReport(logger, result),
              (error: unknown) => logger.error(String(error)),
            );
          }, 150);
        });
      },
    },
  };
}
