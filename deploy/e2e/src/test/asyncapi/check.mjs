// Parses an AsyncAPI document with the official parser (schemas, references, the spec's rules) and prints every
// diagnostic; exits 1 when the parser reports an error. Usage: node check.mjs <document.json>
import { readFileSync } from 'node:fs';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'));
const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
for (const d of diagnostics) {
  console.log(`${DiagnosticSeverity[d.severity]} ${d.code} at ${d.path.join('.')}: ${d.message}`);
}
if (!document || errors.length > 0) {
  console.log(`INVALID: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`VALID: AsyncAPI ${document.version()}, ${document.allChannels().length} channels, `
  + `${document.allOperations().length} operations, ${document.allMessages().length} messages`);
