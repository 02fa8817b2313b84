/**
 * Everything the editor takes from the content model, in one place: when the
 * content model moves or renames a file, only these imports change. Nothing here
 * restates a rule; the forms, the formats and the save check all read the model.
 */
export { readContent, type ContentFiles, type ContentProblem } from '../content-model';
export { formatProblem } from '../content-model/problem';
export {
  contentDir,
  contentLayout,
  type CollectionFiles,
  type CollectionName,
} from '../content-model/files';
export { contentSchemas, imageExtensions, photoPath } from '../content-model/schemas';
