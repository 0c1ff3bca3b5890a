import type { Command } from 'commander';
export declare function registerScaleUpRandom(scaleUp: Command): void;
