import { z } from 'astro/zod';
import { position, record, ruleIssue, slug, text, wholeCount } from './fields';

const includedSupport = record({
  entireSubscription: z
    .literal(true, { error: 'entireSubscription can only be true; leave it out otherwise.' })
    .optional()
    .describe('Standard support for as long as the subscription runs.'),
  months: wholeCount('includedSupport.months')
    .optional()
    .describe('Months of Standard support from the purchase date.'),
}).superRefine((value, ctx) => {
  const hasMonths = value.months !== undefined;
  if (hasMonths === (value.entireSubscription === true)) {
    ctx.addIssue(
      hasMonths
        ? ruleIssue(
            'It gives both entireSubscription and months.',
            'Keep one: entireSubscription: true for an annual subscription, or months: N for a lifetime license.',
          )
        : ruleIssue(
            'It says neither how long nor how much support is included.',
            'Add entireSubscription: true (annual subscriptions) or months: N (lifetime licenses).',
          ),
    );
  }
});

export const licenseSchema = record({
  id: slug('id').describe('Stable id used in links and by <IncludedSupport license="…" />.'),
  name: text('name', 80).describe('License name as customers know it.'),
  product: text('product', 40).describe('The product the license is for.'),
  kind: z
    .enum(['annual-subscription', 'lifetime'], {
      error: 'kind must be annual-subscription or lifetime.',
    })
    .describe('Whether the license renews every year or is bought once.'),
  order: position().describe('Position in lists, 1 first.'),
  includedSupport,
}).superRefine((license, ctx) => {
  const { entireSubscription, months } = license.includedSupport;
  // Both at once is already reported on includedSupport itself.
  if (license.kind === 'lifetime' && entireSubscription && months === undefined) {
    ctx.addIssue(
      ruleIssue(
        'A lifetime license has no subscription period to cover.',
        'Replace entireSubscription: true with months: N.',
        ['includedSupport', 'entireSubscription'],
      ),
    );
  }
});
