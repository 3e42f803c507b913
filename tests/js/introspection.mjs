// Checks lys's GraphQL introspection with graphql-js: runs getIntrospectionQuery()
// (every 16.x option on) through the engine (introspect_tool) over an SDL file,
// rebuilds a schema from the answer and requires it to print exactly as the SDL does.
// Usage: node introspection.mjs INTROSPECT_TOOL SCHEMA.graphql
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } from 'graphql';

const [tool, sdlPath] = process.argv.slice(2);
if (!tool || !sdlPath) {
  console.error('usage: node introspection.mjs INTROSPECT_TOOL SCHEMA.graphql');
  process.exit(2);
}
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const output = execFileSync(tool, [sdlPath], { input: query, encoding: 'utf8' });
const result = JSON.parse(output);
if (result.errors) {
  console.error('introspection failed:', JSON.stringify(result.errors, null, 2));
  process.exit(1);
}
const expected = printSchema(buildSchema(readFileSync(sdlPath, 'utf8')));
const actual = printSchema(buildClientSchema(result.data));
if (actual !== expected) {
  const expectedLines = expected.split('\n');
  const actualLines = actual.split('\n');
  const at = expectedLines.findIndex((line, i) => line !== actualLines[i]);
  console.error(`schemas differ at line ${at + 1}:\n-want ${expectedLines[at]}\n+got  ${actualLines[at]}`);
  process.exit(1);
}
console.log(`introspection of ${sdlPath} rebuilds the same schema (${expectedLines(expected)} lines)`);

function expectedLines(text) {
  return text.split('\n').length;
}
