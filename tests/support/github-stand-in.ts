import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the parts of github.com the editor's login and Publish
 * talk to, on 127.0.0.1, answering as GitHub documents it:
 * - GET /login/oauth/authorize: the user "clicks Authorize" at once; the browser
 *   goes back to the app's callback URL with a one-time code and the state;
 * - POST /login/oauth/access_token: a code is good once, for the app that got it
 *   (with its secret and the same redirect_uri); anything else gets GitHub's
 *   `bad_verification_code`, with status 200 as GitHub sends it.
 */
export interface OAuthApp {
  clientId: string;
  clientSecret: string;
  /** The app's "Authorization callback URL". */
  callbackUrl: string;
}

export interface StandIn {
  url: string;
  /** Tokens handed out, in order. */
  tokens: string[];
  /** Every code-for-token request, with what it was answered. */
  exchanges: { code: string; answer: 'token' | 'bad_verification_code' }[];
  /** What the next authorize sends back instead of a fresh code or the given state. */
  next: { code?: string; state?: string };
  /** Codes issued so far (the used ones included). */
  codes: string[];
  close(): Promise<void>;
}

export async function startGitHubStandIn(app: OAuthApp): Promise<StandIn> {
  const issued = new Map<string, { redirectUri: string; used: boolean }>();
  const standIn: StandIn = {
    url: '',
    tokens: [],
    exchanges: [],
    next: {},
    codes: [],
    close: () => Promise.resolve(),
  };

  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    if (request.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const redirectUri = url.searchParams.get('redirect_uri') ?? '';
      if (url.searchParams.get('client_id') !== app.clientId || redirectUri !== app.callbackUrl) {
        response.writeHead(400).end('The redirect_uri is not associated with this application.');
        return;
      }
      // A code set by the test is sent as it is (never issued, or issued and used).
      const code = standIn.next.code ?? randomBytes(10).toString('hex');
      if (standIn.next.code === undefined) issued.set(code, { redirectUri, used: false });
      const state = standIn.next.state ?? url.searchParams.get('state') ?? '';
      standIn.next = {};
      standIn.codes.push(code);
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      back.searchParams.set('state', state);
      response.writeHead(302, { Location: back.href }).end();
      return;
    }
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      const body = JSON.parse((await text(request)) || '{}') as Record<string, string>;
      const grant = issued.get(body['code'] ?? '');
      const good =
        grant !== undefined &&
        !grant.used &&
        body['client_id'] === app.clientId &&
        body['client_secret'] === app.clientSecret &&
        body['redirect_uri'] === grant.redirectUri;
      standIn.exchanges.push({
        code: body['code'] ?? '',
        answer: good ? 'token' : 'bad_verification_code',
      });
      if (!good) {
        json(response, 200, {
          error: 'bad_verification_code',
          error_description: 'The code passed is incorrect or expired.',
          error_uri:
            'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code',
        });
        return;
      }
      grant.used = true;
      const token = `gho_${randomBytes(18).toString('hex')}`;
      standIn.tokens.push(token);
      json(response, 200, { access_token: token, token_type: 'bearer', scope: 'repo' });
      return;
    }
    response.writeHead(404).end('Not found');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  standIn.url = `http://127.0.0.1:${port}`;
  standIn.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return standIn;
}

async function text(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf-8');
}
