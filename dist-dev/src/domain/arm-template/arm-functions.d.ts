import { type ArmValue } from './arm-expression.js';
/** The pure functions of the ARM template language the importer supports (deployment-dependent ones are added by the evaluator). */
export declare const PURE_FUNCTIONS: Readonly<Record<string, (args: ArmValue[]) => ArmValue>>;
