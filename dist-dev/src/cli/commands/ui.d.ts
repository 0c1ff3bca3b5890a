import type { Command } from 'commander';
export declare function registerUi(program: Command): void;
