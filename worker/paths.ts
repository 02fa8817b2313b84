/**
 * Where the editor-login Worker answers. The admin's Decap configuration names
 * AUTH_PATH as its `auth_endpoint` (without the leading slash) with the site's
 * origin as `base_url`; the GitHub OAuth app's callback URL is the origin plus
 * CALLBACK_PATH; wrangler.json's `run_worker_first` sends /oauth/* here.
 * Apart from the Worker's module, whose every export the runtime takes for a handler.
 */
export const AUTH_PATH = '/oauth/auth';
export const CALLBACK_PATH = '/oauth/callback';
