import type { Command } from 'commander';
import { type TenantStatsReport } from '../../operations/tenant-stats.js';
export declare function registerScaleStats(program: Command): void;
export declare function renderStats(r: TenantStatsReport): string;
