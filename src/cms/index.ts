/**
 * The editor's forms, formats and save check, generated from the content model.
 *
 * Build time (Node):
 * - `cmsConfig({ backend, repo?, branch?, proxyUrl?, siteUrl?, content? })` returns the
 *   whole Decap configuration (collections and fields from the schemas). Pass it to
 *   `CMS.init({ config })`; the build writes it, nothing is committed.
 * - `contentMap(files)` turns the content as built into the JSON the admin fetches for
 *   the save check (`ContentMapJson`).
 *
 * In the admin page (browser), from `./browser`:
 * - `registerFormats(CMS, config)` registers one custom format per collection: each
 *   save splices only the changed values into the file's current text.
 * - `registerSaveCheck(CMS, { contentUrl, config })` registers the preSave
 *   handler: the content model's own check on the entry as it will be written,
 *   together with the rest of the content; a save it refuses shows the check's message.
 *   Bundle browser.ts with `browserAliases` as the bundler's resolve.alias.
 */
export {
  cmsConfig,
  collectionJsonSchemas,
  fieldFor,
  fieldsOf,
  formatNameOf,
  listKey,
  type CmsCollection,
  type CmsConfig,
  type CmsConfigOptions,
  type CmsField,
  type JsonSchema,
} from './config';
export { browserAliases } from './browser-aliases';
export { contentMap, type ContentMapJson } from './content-map';
export { relations, type Relation } from './relations';
