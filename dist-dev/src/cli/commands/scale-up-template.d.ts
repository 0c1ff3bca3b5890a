import type { Command } from 'commander';
export declare function registerScaleUpTemplate(scaleUp: Command): void;
