#!/usr/bin/env node
import { CommanderError } from 'commander';
import { buildProgram } from './program.js';
try {
    await buildProgram().parseAsync(process.argv);
}
catch (err) {
    if (!(err instanceof CommanderError))
        throw err;
    // Help and version exit 0; every other parse error is a usage error (commander printed it).
    process.exitCode = err.exitCode === 0 ? 0 : 2;
}
//# sourceMappingURL=main.js.map