// Validates GraphQL SDL files with graphql-js, the reference implementation:
// the document must parse, pass SDL validation (buildSchema) and form a valid
// schema (assertValidSchema). Exits 1 naming the file and the error; 2 on usage
// or when graphql-js is not installed (run `npm ci` in tests/js).
//
//   node tests/js/validate-sdl.mjs FILE.graphql [FILE.graphql …]
import { readFileSync } from 'node:fs';

let graphql;
try {
  graphql = await import('graphql');
} catch {
  console.error('validate-sdl: graphql-js is not installed; run `npm ci` in tests/js');
  process.exit(2);
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node validate-sdl.mjs FILE.graphql [FILE.graphql …]');
  process.exit(2);
}

let failed = false;
for (const file of files) {
  try {
    const schema = graphql.buildSchema(readFileSync(file, 'utf8'));
    graphql.assertValidSchema(schema);
    console.log(`${file}: valid (${Object.keys(schema.getTypeMap()).length} types)`);
  } catch (error) {
    failed = true;
    console.error(`${file}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
