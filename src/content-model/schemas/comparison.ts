import { z } from 'astro/zod';
import { position, record, ruleIssue, slug, text } from './fields';

const cell = z.union([z.boolean(), z.enum(['yes', 'no']), text('A comparison cell', 40)], {
  error: 'A comparison cell must be yes, no, or a short text.',
});

export const comparisonRowSchema = record({
  id: slug('id').describe('Stable id of the row.'),
  order: position().describe('Position in the table, 1 at the top.'),
  label: text('label', 140).describe('What the row compares.'),
  explanation: text('explanation', 200).optional().describe('One line under the label.'),
  values: z
    .record(z.string(), cell, { error: 'values must list each plan id with yes, no or a text.' })
    .optional()
    .describe('The cell for each plan, by plan id.'),
  fromPlan: z
    .enum(['requests', 'responseTime'], { error: 'fromPlan must be requests or responseTime.' })
    .optional()
    .describe("Show this fact from each plan's own file instead of values."),
}).superRefine((row, ctx) => {
  const hasValues = row.values !== undefined;
  if (hasValues === (row.fromPlan !== undefined)) {
    ctx.addIssue(
      ruleIssue(
        hasValues
          ? 'The row has both values and fromPlan.'
          : 'The row has neither values nor fromPlan.',
        'Give the row either values (one per plan) or fromPlan, not both.',
        ['values'],
      ),
    );
  }
});
