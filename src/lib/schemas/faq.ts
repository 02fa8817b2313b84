import { position, record, text } from './fields';
import type { z } from 'astro/zod';

export const faqSchema = <Reference extends z.ZodType>(topicReference: Reference) =>
  record({
    question: text('question').describe('The question as a visitor would ask it.'),
    topic: topicReference.describe('Topic id from faq-topics.yaml.'),
    order: position().describe('Position within its topic, 1 first.'),
  });
