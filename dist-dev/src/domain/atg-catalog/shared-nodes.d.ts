/** Shared nodes every tenant references: Azure regions, a tag vocabulary, built-in roles. */
export declare const REGIONS: readonly {
    code: string;
    name: string;
}[];
/** Tag keys and values; the first values are the common ones (drawn with a skew). */
export declare const TAG_VOCABULARY: readonly {
    key: string;
    values: readonly string[];
}[];
/** Azure built-in role definitions (real GUIDs), shared by every tenant. */
export declare const BUILTIN_ROLES: readonly {
    guid: string;
    name: string;
}[];
export declare const VM_SIZES: readonly string[];
export declare const STORAGE_SKUS: readonly string[];
export declare const PRIVATE_DNS_ZONES: readonly string[];
/** Azure public-cloud region codes (`az account list-locations`), for validating `--regions`. */
export declare const AZURE_REGION_CODES: readonly string[];
/** Display name of a region code: the catalog's, else the code itself. */
export declare function regionName(code: string): string;
