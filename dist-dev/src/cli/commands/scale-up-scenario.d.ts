import type { Command } from 'commander';
export declare function registerScaleUpScenario(scaleUp: Command): void;
