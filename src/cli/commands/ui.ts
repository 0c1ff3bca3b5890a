import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { numberOption } from '../parse-options.js';
import { runCommand } from '../run-command.js';

/** The bundled page, built beside the compiled code (dist/web). */
const WEB_ROOT = fileURLToPath(new URL('../../../web/', import.meta.url));

export function registerUi(program: Command): void {
  program
    .command('ui')
    .description(
      'serve the web console: tenants and their operations, scale-up and scale-down with live progress and Stop, fidelity plots, import, export and copy, a graph view',
    )
    .option('--port <n>', 'port to listen on (default 4780; 0: any free port)', numberOption)
    .option('--host <address>', 'address to listen on (default 127.0.0.1; any other address requires the access token in the printed URL)')
    .option('--backup-dir <folder>', 'where a scale-down delete started from the page writes its backup (default: the working folder)')
    .option('--copy-to <url>', 'a second store the page copies tenants to and from (a Neo4j URL, sqlite:PATH or a file path)')
    .option('--open', 'open the console in the default browser')
    .action(async (flags: { port?: number; host?: string; backupDir?: string; copyTo?: string; open?: boolean }, command: Command) => {
      await runCommand(command, {}, async (ctx) => {
        const store = await ctx.store({ mustExist: true });
        const otherStore = flags.copyTo ? await ctx.otherStore(flags.copyTo) : undefined;
        // Loaded by the one command that serves it: the web server is not every command's start-up cost.
        const { startConsole } = await import('../../console/console-server.js');
        const running = await startConsole({
          store,
          config: ctx.config,
          webRoot: WEB_ROOT,
          ...(flags.host ? { host: flags.host } : {}),
          ...(flags.backupDir ? { backupDir: flags.backupDir } : {}),
          ...(otherStore ? { otherStore } : {}),
          ...(flags.port !== undefined ? { port: flags.port } : {}),
        });
        process.stderr.write(`tenant-scale console on ${store.target}: ${running.url}\n(Ctrl-C stops it; a running operation rolls back)\n`);
        if (flags.open) openBrowser(running.url);
        await new Promise<void>((resolve) => (ctx.signal.aborted ? resolve() : ctx.signal.addEventListener('abort', () => resolve(), { once: true })));
        await running.close();
        return { result: { url: running.url, stopped: true }, text: 'console stopped' };
      });
    });
}

/** The desktop's opener; where there is none (a server), the printed URL is the way in. */
function openBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.once('error', () => process.stderr.write(`could not start ${opener}: open ${url} yourself\n`));
  child.unref();
}
