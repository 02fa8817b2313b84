import { position, record, slug, text } from './fields';
import type { z } from 'astro/zod';

/** @param photo Astro's `image()` in the build, a file check elsewhere. */
export const teamMemberSchema = <Photo extends z.ZodType>(photo: Photo) =>
  record({
    id: slug('id').describe('Short lowercase name, unique in the team.'),
    name: text('name', 60).describe('Name as shown on the team page.'),
    order: position().describe('Position on the team page, 1 first.'),
    role: text('role', 60).optional().describe('Job title, if known.'),
    photo: photo.optional().describe('Path to a photo from team.yaml, like ./team/name.jpg.'),
  });
