import { collectSlice } from '../../slice/graph-slice.js';
import { checkOutputFile, writeGraphFile, type GraphFormat } from '../../io/graph-formats/index.js';
import type { TenantGraphReads } from '../../store/graph-store.js';
import type { CompactGraph } from '../../fidelity/compact-graph.js';
import type { SampleOutput } from './sample-output.js';

export interface ExportOutput {
  readonly mode: 'export';
  readonly file: string;
  readonly format: GraphFormat;
  /** Replace an existing file. */
  readonly force?: boolean;
  /** Also the sampled resources' Original twins, with SCAN_SOURCE_NODE and their resource group's CONTAINS. */
  readonly includeOriginal?: boolean;
}

export interface ExportResult {
  readonly file: string;
  readonly format: GraphFormat;
  readonly nodes: number;
  readonly relationships: number;
  readonly bytes: number;
}

/** Writes the sample, with its context, as a file (the ids sorted, so the bytes depend only on the sample). */
export async function exportSample(
  store: TenantGraphReads,
  tenantId: string,
  graph: CompactGraph,
  sampled: Uint32Array,
  output: ExportOutput,
  meta: Record<string, unknown>,
): Promise<ExportResult> {
  const ids = [...sampled].map((v) => graph.ids[v]!).sort();
  const slice = await collectSlice(store, tenantId, ids, { includeOriginal: Boolean(output.includeOriginal) });
  const bytes = await writeGraphFile(slice, output.format, output.file, meta);
  return { file: output.file, format: output.format, nodes: slice.nodes.length, relationships: slice.relationships.length, bytes };
}

/** The sample as a file: the file is checked before anything is read; nothing is written to the store. */
export const EXPORT_OUTPUT: SampleOutput<ExportOutput, ExportResult & { readonly mode: 'export' }> = {
  checkOptions: (output) => checkOutputFile(output.file, Boolean(output.force)),
  write: async (store, output, sample) => ({
    mode: 'export',
    ...(await sample.metrics.phase(
      'export',
      () => exportSample(store, sample.tenantId, sample.graph, sample.sampled, output, { source: sample.source }),
      (r) => r.nodes,
    )),
  }),
};
