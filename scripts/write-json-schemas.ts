/** npm run schemas: regenerates the committed JSON Schemas of the YAML content files. */
import { mkdir, writeFile } from 'node:fs/promises';
import { generateJsonSchemas, jsonSchemaDir } from '../src/content-model/json-schemas';

await mkdir(jsonSchemaDir, { recursive: true });
for (const { schemaFile, text } of generateJsonSchemas()) {
  await writeFile(schemaFile, text);
  console.log(`wrote ${schemaFile}`);
}
