import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The pictures of the content editor that CONTRIBUTING.md shows. They live in
 * one folder, and tests/e2e/admin.spec.ts takes each of them while it drives
 * the editor, so they follow the interface; it fails if the guide shows one
 * it did not take.
 */
export const GUIDE_PICTURES_FOLDER = path.resolve('docs/editing');

/** The file names of the pictures CONTRIBUTING.md links from docs/editing/. */
export async function guidePictures(guide = path.resolve('CONTRIBUTING.md')): Promise<string[]> {
  const text = await readFile(guide, 'utf-8');
  return [...text.matchAll(/!\[[^\]]*\]\(docs\/editing\/([^)\s]+)\)/g)].map(
    (match) => match[1] ?? '',
  );
}
