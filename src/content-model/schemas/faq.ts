import { z } from 'astro/zod';
import { position, record, text } from './fields';

export const faqSchema = record({
  question: text('question', 150).describe('The question as a visitor would ask it.'),
  topic: z
    .string({ error: 'topic must be the id of a topic in faq-topics.yaml, like reaching-us.' })
    .describe('Topic id from faq-topics.yaml.'),
  order: position().describe('Position within its topic, 1 first.'),
});
