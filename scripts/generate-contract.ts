import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { renderContractFiles } from './contract-codegen';

/**
 * Regenerates the vendor contract's types and document module after a change of openapi.yaml.
 * With --check it writes nothing and exits 1 when a committed file differs from what it would write.
 */
async function main() {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  for (const file of await renderContractFiles()) {
    const name = relative(process.cwd(), file.path);
    if (!check) {
      writeFileSync(file.path, file.contents);
      console.log(`written ${name}`);
    } else if (readFileSync(file.path, 'utf8') !== file.contents) {
      stale.push(name);
    }
  }
  if (stale.length > 0) {
    console.error(`stale (run npm run contract:generate): ${stale.join(', ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
