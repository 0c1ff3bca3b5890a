import type { GraphStore } from '../../src/store/graph-store.js';
import { type StoreState } from '../harness/state.js';
import { type StoreFactory, type TrialStore } from '../harness/stores.js';
/**
 * The store both input families run against: tenant A (300 resources) with a completed template
 * scale-up, tenant B (100) shrunk in place by a scale-down delete whose backup is kept, and A
 * exported as json. Cases that must not write share it; the state check proves they did not.
 */
export interface InputBase {
    readonly trial: TrialStore;
    /** Holds the backup and the export (never inside a case's directory). */
    readonly fixtureDir: string;
    readonly scaleUpId: string;
    readonly deleteId: string;
    readonly backupFile: string;
    readonly exportFile: string;
    /** A subscription of tenant B (a subscription of the wrong tenant). */
    readonly subscriptionOfB: string;
    readonly state: StoreState;
    /**
     * Operation records (id and status): bad input writes none, not even a failed one. A write that
     * is undone leaves its record as history: the injection family moves this on past it.
     */
    operations: string;
    dispose(): Promise<void>;
}
export declare function prepareBase(factory: StoreFactory): Promise<InputBase>;
export declare const fixtureTexts: (base: InputBase) => {
    exportJson: string;
    backupJson: string;
};
export declare function operationList(store: GraphStore): Promise<string>;
