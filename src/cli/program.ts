import { Command, Option } from 'commander';
import { createRequire } from 'node:module';
import { LOG_LEVELS } from '../index.js';
import { registerGenerateTenant } from './commands/generate-tenant.js';
import { registerScaleDown } from './commands/scale-down.js';
import { registerScaleStats } from './commands/scale-stats.js';
import { registerScaleCleanup, registerScaleValidate } from './commands/scale-operations.js';
import { registerScaleUp } from './commands/scale-up.js';
import { registerRestore } from './commands/restore.js';
import { registerTransfer } from './commands/transfer.js';
import { registerUi } from './commands/ui.js';
import { usageFix } from './usage-fix.js';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

/** The CLI: global options shared by every command, then one module per command. */
export function buildProgram(): Command {
  const program = new Command('tenant-scale')
    .description('Scale operations on Azure tenant graphs (ATG schema) in Neo4j or an embedded SQLite store.')
    .version(pkg.version)
    .option('--db <url>', 'store: bolt://… | neo4j://… | neo4j+s://… | sqlite:PATH | a file path (default: NEO4J_URI, else ./tenant-graph.db)')
    .option('--neo4j-database <name>', 'Neo4j database name (default: NEO4J_DATABASE, else the server default)')
    .option('--tenant-id <id>', 'tenant to work on (default: AZURE_TENANT_ID)')
    .option('--json', 'print exactly one JSON object on stdout (logs and progress go to stderr)')
    .addOption(new Option('--log-level <level>', 'log level on stderr').choices(LOG_LEVELS).default('warn'))
    .option('--config <path>', 'scale-config.yaml (default: SCALE_CONFIG_PATH, else ~/.config/tenant-scale/scale-config.yaml)')
    .exitOverride();
  registerGenerateTenant(program);
  registerScaleStats(program);
  registerScaleUp(program);
  registerScaleDown(program);
  registerScaleValidate(program);
  registerScaleCleanup(program);
  registerRestore(program);
  registerTransfer(program);
  registerUi(program);
  // Commander has printed the problem; the fix line follows it, as for every other usage error.
  const exitOverride = (c: Command): void => {
    c.exitOverride((err) => {
      const fix = usageFix(err, c);
      if (fix) process.stderr.write(`  fix: ${fix}\n`);
      throw err;
    });
    c.commands.forEach(exitOverride);
  };
  exitOverride(program);
  return program;
}
