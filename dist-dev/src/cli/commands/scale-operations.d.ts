import type { Command } from 'commander';
export declare function registerScaleCleanup(program: Command): void;
export declare function registerScaleValidate(program: Command): void;
