import { record, text } from './fields';

export const pageTextSchema = record({
  shownOn: text('shownOn', 120).describe('Where the site shows this text, for editors.'),
});
