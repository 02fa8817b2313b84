import { joinBase } from '../lib/url';

/** A site path under the configured base path. */
export const href = (path: string) => joinBase(import.meta.env.BASE_URL, path);
