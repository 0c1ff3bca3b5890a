import type { ScenarioDefinition } from './scenario-definition.js';
/** One resource of one repetition of a scenario. */
export interface PlannedResource {
    readonly group: string;
    readonly instance: number;
    readonly role: string;
    readonly index: number;
    readonly type: string;
    readonly name: string;
    readonly location: string;
    readonly environment?: string;
    readonly properties?: Readonly<Record<string, unknown>>;
    /** Index into ScenarioPlan.stamps. */
    readonly stamp: number;
}
/** A resource-to-resource relationship, by positions in ScenarioPlan.resources. */
export interface PlannedLink {
    readonly src: number;
    readonly dst: number;
    readonly type: string;
}
/** Relationships leaving the operation's resources, counted by source type, type and target (a type, or `:Label` for a shared node). */
export interface RelationshipProfileEntry {
    readonly from: string;
    readonly type: string;
    readonly to: string;
    readonly count: number;
}
export interface ScenarioPlan {
    readonly definition: ScenarioDefinition;
    /** Times the whole scenario is written (--scale-factor); each repetition has its own stamps. */
    readonly repetitions: number;
    /** One repetition; every repetition has the same shape with its own ids. */
    readonly resources: readonly PlannedResource[];
    readonly links: readonly PlannedLink[];
    /** Stamp labels of one repetition: group instances joined by links form one stamp. */
    readonly stamps: readonly string[];
    readonly plannedResources: number;
    /** Resource links plus LOCATED_IN and TAGGED_WITH, over every repetition. */
    readonly plannedRelationships: number;
    readonly byType: readonly {
        key: string;
        count: number;
    }[];
    readonly profile: readonly RelationshipProfileEntry[];
}
/** Most resources one repetition may hold in memory while it is written; larger sizes repeat a stamp. */
export declare const MAX_RESOURCES_PER_REPETITION = 1000000;
/**
 * Expands a scenario into one repetition's resources and links (pure), works out its stamps and
 * proves every stamp is one connected piece, so a scenario file with an unwired role is refused
 * before anything is written.
 */
export declare function planScenario(definition: ScenarioDefinition, repetitions: number): ScenarioPlan;
export declare function compareProfile(a: RelationshipProfileEntry, b: RelationshipProfileEntry): number;
