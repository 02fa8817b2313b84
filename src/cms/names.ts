import type { CollectionName } from './content-model';

/** Under this key the form holds the entries of a file that is a YAML list. */
export const listKey = 'entries';

/** Team photos live in this folder beside the team file (CONTRIBUTING's recipe). */
export const photoFolderName = 'team';

/**
 * The custom format ./formats.ts registers for a collection: one per collection,
 * since Decap hands a format the file's text and nothing else.
 */
export const formatNameOf = (collection: CollectionName) => `content-${collection}`;
