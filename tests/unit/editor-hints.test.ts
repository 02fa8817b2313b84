import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { getLanguageService } from 'yaml-language-server';
import { generateJsonSchemas } from '../../src/content-model/json-schemas';

/**
 * The JSON Schemas behind an editor's hints and squiggles: committed, current,
 * wired to each YAML file, and read by the same YAML language server that VS
 * Code's YAML extension runs.
 */
const repoRoot = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFile(path.join(repoRoot, file), 'utf-8');
const generated = generateJsonSchemas();

function languageServer() {
  const service = getLanguageService({
    schemaRequestService: (uri) => readFile(fileURLToPath(uri), 'utf-8'),
    workspaceContext: {
      resolveRelativePath: (relative, resource) => new URL(relative, resource).href,
    },
  });
  service.configure({ validate: true, completion: true, hover: true, schemas: [] });
  return service;
}

// The language server caches documents by address and version, as an editor's would.
let version = 0;

async function diagnose(yamlFile: string, text: string) {
  const uri = pathToFileURL(path.join(repoRoot, yamlFile)).href;
  const document = TextDocument.create(uri, 'yaml', ++version, text);
  return { document, diagnostics: await languageServer().doValidation(document, false) };
}

describe('JSON Schemas for the YAML content files', () => {
  it('cover every YAML content file', () => {
    expect(generated.map(({ yamlFile }) => yamlFile).sort()).toEqual([
      'src/content/comparison.yaml',
      'src/content/faq-topics.yaml',
      'src/content/licenses.yaml',
      'src/content/site.yaml',
      'src/content/support-hours.yaml',
      'src/content/team.yaml',
    ]);
  });

  for (const { yamlFile, schemaFile, text } of generated) {
    describe(yamlFile, () => {
      it(`is described by an up-to-date ${schemaFile} (else run npm run schemas)`, async () => {
        expect(await read(schemaFile)).toBe(text);
      });

      it('names its schema on its first line, for the YAML language server', async () => {
        const firstLine = (await read(yamlFile)).split('\n')[0];
        const relative = path.relative(path.dirname(yamlFile), schemaFile);
        expect(firstLine).toBe(`# yaml-language-server: $schema=${relative}`);
      });

      it('gets no squiggles as it is', async () => {
        const { diagnostics } = await diagnose(yamlFile, await read(yamlFile));
        expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
      });
    });
  }

  it('give fields their descriptions', () => {
    for (const { schemaFile, text } of generated) {
      const described = text.match(/"description"/g)?.length ?? 0;
      expect(described, schemaFile).toBeGreaterThan(3);
    }
  });
});

describe('an editor typing a mistake into team.yaml', async () => {
  const original = await read('src/content/team.yaml');
  const lastEntry = original.trimEnd().split('\n').slice(-3).join('\n');
  const mistaken = `${original.trimEnd()}\n- id: New Person\n  nmae: New Person\n  order: "12"\n`;
  const { diagnostics } = await diagnose('src/content/team.yaml', mistaken);
  const lineOf = (text: string) => mistaken.split('\n').findIndex((line) => line.includes(text));
  const messagesOn = (text: string) =>
    diagnostics
      .filter((diagnostic) => diagnostic.range.start.line === lineOf(text))
      .map((diagnostic) => diagnostic.message);

  it('starts from a file that ends with an entry', () => {
    expect(lastEntry).toMatch(/- id: /);
  });

  it('sees a misspelt field flagged on its line', () => {
    expect(messagesOn('nmae:')).toEqual(['Property nmae is not allowed.']);
  });

  it("sees the id's rule in words, not as a pattern", () => {
    expect(messagesOn('- id: New Person')).toContain(
      'id must use lowercase letters, digits and single hyphens only, like "store-builder-plus-lifetime".',
    );
  });

  it('sees an order in quotes flagged as not a number', () => {
    expect(messagesOn('order: "12"')).toEqual(['Incorrect type. Expected "integer".']);
  });

  it('is offered the fields of a team member, with their descriptions', async () => {
    const typing = `${original.trimEnd()}\n- id: new-person\n  \n`;
    const { document: typingDocument } = await diagnose('src/content/team.yaml', typing);
    const completion = await languageServer().doComplete(
      typingDocument,
      { line: typing.split('\n').length - 2, character: 2 },
      false,
    );
    const labels = completion.items.map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['role', 'photo']));
    const photo = completion.items.find((item) => item.label === 'photo');
    expect(JSON.stringify(photo?.documentation)).toContain('./team/name.jpg');
  });
});
