import type { Command } from 'commander';
export declare function registerScaleUp(program: Command): void;
