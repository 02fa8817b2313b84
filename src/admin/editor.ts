/**
 * The content editor's own script, loaded before Decap's prebuilt one: it stops
 * Decap from starting on its own, then registers the formats and the save check
 * from src/cms and starts Decap with the configuration the build wrote beside
 * this page (config.json).
 */
import type { CmsConfig } from '../cms/config';
import { registerFormats, registerSaveCheck } from '../cms/browser';

type DecapGlobal = Parameters<typeof registerFormats>[0] &
  Parameters<typeof registerSaveCheck>[0] & {
    init(options: { config: CmsConfig }): void;
  };

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
  }
}

type EditorCollection = CmsConfig['collections'][number] & { editor: { preview: boolean } };

window.CMS_MANUAL_INIT = true;

/**
 * The local proxy (decap-server) answers at this page's own origin, so the
 * policy needs no loopback address; Decap uses it only on localhost and
 * 127.0.0.1, and wants an absolute address.
 */
const proxyUrl = new URL('api/v1', window.location.href).href;

async function start(): Promise<void> {
  const CMS = window.CMS;
  if (!CMS) throw new Error('Decap CMS did not load (decap-cms.js).');
  const response = await fetch(new URL('config.json', window.location.href));
  if (!response.ok) throw new Error(`The editor's configuration is missing (${response.status}).`);
  const built = (await response.json()) as CmsConfig;
  const config = {
    ...built,
    local_backend: { url: proxyUrl },
    // No preview pane: Decap's would render the MDX without the site's fact
    // components and styles, a misleading picture; the pull request's site diff
    // shows the real pages. It also halves the work of opening an entry.
    collections: built.collections.map((collection): EditorCollection => ({
      ...collection,
      editor: { preview: false },
    })),
  };
  // Formats before init: Decap checks each collection's format against those it knows.
  registerFormats(CMS, config);
  registerSaveCheck(CMS, {
    contentUrl: new URL('content.json', window.location.href).href,
    config,
  });
  CMS.init({ config });
}

// Deferred scripts run in order, Decap's after this one, all before DOMContentLoaded.
document.addEventListener('DOMContentLoaded', () => {
  start().catch((error: unknown) => {
    document.body.textContent = `The editor could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
});
