/** Which ATG layer a node is on, from its labels: scale operations read and write `abstracted` only. */
export type Layer = 'abstracted' | 'original';
export declare function layerOf(labels: readonly string[]): Layer | null;
