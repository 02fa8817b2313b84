import { z } from 'astro/zod';
import { ruleIssue } from './fields';

/**
 * Which addresses content may hold: https web addresses, mailto: e-mail
 * addresses, and paths on this site. Everything else (javascript:, data:,
 * file:, http:, an address that starts with // and so leaves the site) is
 * refused, by the schemas for fields and by the prose check for links.
 */

interface Found {
  message: string;
  fix: string;
}

/** What is wrong with an address a visitor would follow, if anything. */
export function addressProblem(address: string, what: string): Found | undefined {
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(address)) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(address);
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password) {
    return undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  return {
    message:
      scheme === undefined
        ? `The ${what} is not a full web address.`
        : `The ${what} uses "${scheme}:", which this site does not allow.`,
    fix: 'Write a full address that starts with https://, like https://www.cs-cart.com/, or mailto: with an e-mail address.',
  };
}

/** What is wrong with a path on this site, if anything. */
export function sitePathProblem(path: string, example: string): Found | undefined {
  if (/^\/(?!\/)[^\\\s]*$/.test(path)) return undefined;
  return {
    message: path.startsWith('//')
      ? 'A path starting with // leads to another site.'
      : 'It is not a path on this site.',
    fix: `Start it with a single /, with no \\ or spaces, like ${example}.`,
  };
}

/** A web address field: https only, with a message that says so. */
export const httpsUrl = (what: string) => {
  const form = `${what} must be a full web address starting with https://, like https://www.cs-cart.com/.`;
  return z
    .string({ error: `${what} must be text: a web address starting with https://.` })
    .superRefine((address, ctx) => {
      const problem = address.startsWith('mailto:')
        ? { message: 'It is an e-mail address.', fix: form }
        : addressProblem(address, 'address');
      if (problem) ctx.addIssue(ruleIssue(problem.message, form));
    })
    .meta({ pattern: '^https://[^/]', patternErrorMessage: form });
};
