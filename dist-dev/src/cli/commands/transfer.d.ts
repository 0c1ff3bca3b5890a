import { type Command } from 'commander';
export declare function registerTransfer(program: Command): void;
