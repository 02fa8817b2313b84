/**
 * The editor's forms, formats and save check, generated from the content model.
 * Every content-model import goes through ./content-model.ts.
 *
 * Build time (Node):
 * - `cmsConfig({ backend: 'local' | 'github', repo?, branch?, proxyUrl?, siteUrl?, content? })`
 *   returns the whole Decap configuration: one collection per collection of the
 *   content model, each field from its schema (label from the name, hint from the
 *   description, required flag, number limits and steps, patterns with the
 *   schema's messages, selects for enums, relations from ./relations.ts, team
 *   photos into the team folder with the schema's image types, MDX bodies in a
 *   raw text editor). Pass it to `CMS.init({ config })`; the build writes it.
 * - `contentMap(files)`: the content as built, as JSON, for the save check.
 * - `browserAliases`: the bundler aliases the admin bundle needs.
 *
 * In the admin page (browser), from ./browser.ts:
 * - `registerFormats(CMS, config)` registers one custom format per collection
 *   (./formats.ts): a save splices only the changed values into the file's current
 *   text (./yaml-splice.ts); a top-level YAML list is shown under `entries`.
 * - `registerSaveCheck(CMS, { contentUrl, config })` registers the preSave handler
 *   (./save-check.ts): the content model's `readContent` on the entry as it will be
 *   written, with the rest of the content; a refused save shows the check's
 *   problems. There every rule runs but the prose rules of
 *   src/content-model/prose.ts (Sätteri's browser build needs cross-origin
 *   isolation, which the GitHub login popup cannot have; see
 *   ./browser-shims/satteri.ts): those stay with the pull request's check.
 */
export {
  cmsConfig,
  collectionJsonSchemas,
  fieldFor,
  fieldsOf,
  formatNameOf,
  listKey,
  numberPattern,
  type CmsCollection,
  type CmsConfig,
  type CmsConfigOptions,
  type CmsField,
  type JsonSchema,
} from './config';
export { browserAliases } from './browser-aliases';
export { contentMap, type ContentMapJson } from './content-map';
export { relations, type Relation } from './relations';
