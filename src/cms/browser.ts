/**
 * The admin page's side of the editor: the formats and the save check, for the
 * page's bundle. Bundle it with `browserAliases` (./browser-aliases.ts): the
 * content model's check runs here, but for its prose rules (see
 * ./browser-shims/satteri.ts), which the pull request's check runs.
 */
import type { CmsConfig } from './config';
import type { ContentMapJson } from './content-map';
import { registerFormats, type FormatRegistry } from './formats';
import { registerSaveCheckWith, type EventRegistry } from './save-check';

export { registerFormats };
export { checkEntryBeforeSave, SaveRefused } from './save-check';

/** How the configuration names its backend (the parts the file reader needs). */
type BackendConfig = Pick<CmsConfig, 'backend' | 'local_backend' | 'collections'>;

/** The token Decap keeps for the GitHub user it logged in. */
function githubToken(): string | undefined {
  try {
    const user = JSON.parse(localStorage.getItem('decap-cms-user') ?? 'null') as {
      token?: string;
    } | null;
    return user?.token;
  } catch {
    return undefined;
  }
}

/**
 * A file's text on the branch entries are published to, as it is now: through
 * the local proxy (decap-server's `getEntry`) when the page uses it, else through
 * GitHub's contents API with the editor's own login.
 */
export function currentFileReader(config: BackendConfig, onLocalProxy: boolean) {
  const branch = config.backend.branch;
  return async (path: string): Promise<string | undefined> => {
    if (onLocalProxy && config.local_backend) {
      const response = await fetch(config.local_backend.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'getEntry', params: { branch, path } }),
      });
      if (!response.ok) return undefined;
      const entry = (await response.json()) as { data?: unknown };
      return typeof entry.data === 'string' ? entry.data : undefined;
    }
    const token = githubToken();
    if (config.backend.repo === undefined || token === undefined) return undefined;
    const address = `https://api.github.com/repos/${config.backend.repo}/contents/${path
      .split('/')
      .map(encodeURIComponent)
      .join('/')}?ref=${encodeURIComponent(branch)}`;
    const response = await fetch(address, {
      headers: { Accept: 'application/vnd.github.raw+json', Authorization: `token ${token}` },
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`GitHub did not give the file ${path} (${response.status}).`);
    return response.text();
  };
}

export interface SaveCheckSetup {
  /** Where the build wrote the content as built (content.json). */
  contentUrl: string;
  /** The configuration given to `CMS.init` (with its local_backend, if any). */
  config: BackendConfig;
}

/** Decap uses the local proxy only on these hosts (its own rule). */
const onLoopback = () => ['localhost', '127.0.0.1'].includes(window.location.hostname);

/**
 * Registers the preSave check: the content model's check on the entry as it will
 * be written, with the rest of the content; a refused save shows the problems.
 */
export function registerSaveCheck(CMS: EventRegistry, setup: SaveCheckSetup) {
  let content: Promise<ContentMapJson> | undefined;
  const loadContent = () => {
    content ??= fetch(setup.contentUrl).then(async (response) => {
      if (!response.ok) throw new Error(`The content as built is missing (${response.status}).`);
      return (await response.json()) as ContentMapJson;
    });
    // A failed fetch is tried again at the next save.
    content.catch(() => {
      content = undefined;
    });
    return content;
  };
  registerSaveCheckWith(CMS, {
    config: setup.config,
    loadContent,
    readCurrentFile: currentFileReader(setup.config, onLoopback()),
  });
}

export type { FormatRegistry, EventRegistry };
