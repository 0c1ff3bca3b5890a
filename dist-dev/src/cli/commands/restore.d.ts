import type { Command } from 'commander';
export declare function registerRestore(program: Command): void;
