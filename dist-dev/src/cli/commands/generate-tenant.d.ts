import type { Command } from 'commander';
export declare function registerGenerateTenant(program: Command): void;
