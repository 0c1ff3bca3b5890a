import { Command } from 'commander';
/** The CLI: global options shared by every command, then one module per command. */
export declare function buildProgram(): Command;
