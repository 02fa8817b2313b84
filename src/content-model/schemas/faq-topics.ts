import { position, record, slug, text } from './fields';

export const faqTopicSchema = record({
  id: slug('id').describe('Stable id that questions use in their topic field.'),
  name: text('name', 60).describe('Topic heading shown on the FAQ page.'),
  order: position().describe('Position on the FAQ page, 1 first.'),
});
