import { z } from 'astro/zod';
import { position, record, slug, text, wholeCount } from './fields';

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
    ctx.addIssue({
      code: 'custom',
      message: hasMonths
        ? 'Give either entireSubscription: true or months: N, not both.'
        : 'Say how much support is included: entireSubscription: true, or months: N.',
    });
  }
});

export const licenseSchema = record({
  id: slug('id').describe('Stable id used in links and by <IncludedSupport license="…" />.'),
  name: text('name').describe('License name as customers know it.'),
  product: text('product').describe('The product the license is for.'),
  kind: z
    .enum(['annual-subscription', 'lifetime'], {
      error: 'kind must be annual-subscription or lifetime.',
    })
    .describe('Whether the license renews every year or is bought once.'),
  order: position().describe('Position in lists, 1 first.'),
  includedSupport,
}).superRefine((license, ctx) => {
  if (license.kind === 'lifetime' && license.includedSupport.entireSubscription) {
    ctx.addIssue({
      code: 'custom',
      path: ['includedSupport', 'entireSubscription'],
      message: 'A lifetime license has no subscription period: give months: N instead.',
    });
  }
});
