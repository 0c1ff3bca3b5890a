import { DELETE_OUTPUT, type DeleteOutput, type DeleteResult } from './delete-in-place.js';
import { EXPORT_OUTPUT, type ExportOutput, type ExportResult } from './export-sample.js';
import { NEW_TENANT_OUTPUT, type NewTenantOutput, type NewTenantResult } from './new-tenant.js';
import type { SampleOutput } from './sample-output.js';

/** Where a sample goes: a file, a new tenant (in this store or another), or the tenant itself shrunk in place. */
export type ScaleDownOutput = ExportOutput | NewTenantOutput | DeleteOutput;
export type ScaleDownOutputResult = (ExportResult & { readonly mode: 'export' }) | NewTenantResult | DeleteResult;

/** Every output by its mode: a new output is a module in this folder (a SampleOutput) and one line here. */
const SAMPLE_OUTPUTS = {
  export: EXPORT_OUTPUT,
  'new-tenant': NEW_TENANT_OUTPUT,
  delete: DELETE_OUTPUT,
} as const satisfies { [M in ScaleDownOutput['mode']]: SampleOutput<Extract<ScaleDownOutput, { mode: M }>, ScaleDownOutputResult> };

/** The output of this mode (the mode and the output's type go together, which TypeScript cannot follow through the map). */
export function sampleOutput(output: ScaleDownOutput): SampleOutput<ScaleDownOutput, ScaleDownOutputResult> {
  return SAMPLE_OUTPUTS[output.mode] as SampleOutput<ScaleDownOutput, ScaleDownOutputResult>;
}
