import { type Command } from 'commander';
import { type FidelityReport } from '../../scale-down/fidelity/fidelity.js';
import { type ScaleDownSummary } from '../../scale-down/scale-down.js';
export declare function registerScaleDown(program: Command): void;
export declare function renderScaleDown(s: ScaleDownSummary): string;
export declare function renderFidelity(f: FidelityReport): string;
