import { z } from 'astro/zod';
import { position, record, ruleIssue, slug, text, wholeCount } from './fields';
import { centsAsText, pricesPerMonth } from './money';

const feature = record({
  id: slug('A feature id').describe('Stable id of the feature, unique across all plans.'),
  label: text('A feature label', 80).describe('The feature, in a few words.'),
  explanation: text('A feature explanation', 300).describe('One line that says what the feature does.'),
  note: text('A feature note', 300).optional().describe('A caveat shown under the explanation.'),
  annualOnly: z
    .boolean({ error: 'annualOnly must be true or false.' })
    .default(false)
    .describe('True when the feature is not available with monthly billing.'),
  hostingClientsOnly: z
    .boolean({ error: 'hostingClientsOnly must be true or false.' })
    .default(false)
    .describe("True when only clients of the hosting provider in site.yaml (hostingTrial) get the feature."),
});

const requests = z
  .union([z.literal('unlimited'), record({ perMonth: wholeCount('requests.perMonth') })], {
    error:
      'requests must be the word unlimited, or perMonth: followed by a number (like perMonth: 15).',
  })
  .describe('How many support requests the plan allows.');

/**
 * Whether a plan gives a list price: decided here once, for the schema (which
 * makes it the plan's kind) and for the rules that read plans with mistakes.
 */
export const isPriced = (plan: { pricePerMonth?: unknown }) => plan.pricePerMonth !== undefined;

export const planSchema = record({
    name: text('name', 60).describe('Full plan name, like "Customer Care Plus".'),
    shortName: text('shortName', 20).describe('Name used in tight spaces, like "Plus".'),
    order: position().describe('Position among the plans, 1 first.'),
    role: text('role', 80).describe('What the plan does for the customer, in a few words.'),
    tagline: text('tagline', 160).describe('One sentence for the plan card.'),
    highlighted: z
      .boolean({ error: 'highlighted must be true or false.' })
      .default(false)
      .describe('True for the one plan the page emphasises.'),
    extends: z
      .string({
        error: 'extends must name another plan by its file name without .mdx, like standard.',
      })
      .optional()
      .describe('The plan this one includes everything of (its file name without .mdx).'),
    includedWithLicense: z
      .literal(true, { error: 'includedWithLicense can only be true; leave it out otherwise.' })
      .optional()
      .describe('True for the plan that comes with licenses and has no list price.'),
    pricePerMonth: pricesPerMonth('pricePerMonth')
      .optional()
      .describe('List prices per month, as the page shows them (184 or 184.50).'),
    requests,
    minorModificationsPerMonth: wholeCount('minorModificationsPerMonth')
      .optional()
      .describe('Minor code modifications included each month.'),
    responseTimeHours: wholeCount('responseTimeHours').describe('Average response time in hours.'),
    features: z
      .array(feature, { error: 'features must be a list (each item starts with "- id:").' })
      .default([])
      .describe('What this plan adds to the plan it extends.'),
  }).superRefine((plan, ctx) => {
    const priced = isPriced(plan);
    if (priced === (plan.includedWithLicense === true)) {
      ctx.addIssue(
        priced
          ? ruleIssue(
              'A plan included with licenses has no list price.',
              'Remove pricePerMonth or includedWithLicense.',
              ['pricePerMonth'],
            )
          : ruleIssue(
              'The plan has no price.',
              'Give it pricePerMonth with billedAnnually and billedMonthly, or mark it includedWithLicense: true.',
              ['pricePerMonth'],
            ),
      );
    }
    const price = plan.pricePerMonth;
    if (price && price.billedAnnually >= price.billedMonthly) {
      ctx.addIssue(
        ruleIssue(
          `It is not lower than the monthly price, billedMonthly (${centsAsText(price.billedMonthly)}).`,
          'Make billedAnnually the lower of the two: paying for a year is the cheaper way.',
          ['pricePerMonth', 'billedAnnually'],
        ),
      );
    }
  })
  // The one schema output that is not the input's shape: a plan is priced or included.
  // includedWithLicense and pricePerMonth become the plan's kind, which the model's types carry.
  .transform(({ includedWithLicense, pricePerMonth, ...plan }) =>
    includedWithLicense || pricePerMonth === undefined
      ? { ...plan, kind: 'included' as const }
      : { ...plan, kind: 'priced' as const, prices: pricePerMonth },
  );
