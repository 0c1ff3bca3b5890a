/**
 * ARM template expressions (`[concat('a', parameters('p'))]`), parsed and evaluated offline. Written
 * here because no maintained JavaScript library evaluates ARM expressions (the ones that exist wrap
 * the Azure CLI or Bicep, which need the network or .NET). The grammar: strings in single quotes
 * ('' escapes a quote), integers, function calls, `.property` and `[index]` access.
 */
export type ArmValue = string | number | boolean | null | ArmValue[] | {
    [key: string]: ArmValue;
};
export type ArmNode = {
    readonly kind: 'literal';
    readonly value: ArmValue;
} | {
    readonly kind: 'call';
    readonly name: string;
    readonly args: readonly ArmNode[];
} | {
    readonly kind: 'member';
    readonly target: ArmNode;
    readonly property: string;
} | {
    readonly kind: 'index';
    readonly target: ArmNode;
    readonly index: ArmNode;
};
/** A malformed expression or an unsupported function: the message says what, the caller says where. */
export declare class ArmExpressionError extends Error {
}
/** True for a string ARM evaluates (`[…]`, not `[[…` which is a literal starting with `[`). */
export declare function isExpression(s: string): boolean;
export declare function parseExpression(text: string): ArmNode;
/** The functions an evaluation may call, by lower-case name; each gets evaluated arguments. */
export type ArmFunctions = Readonly<Record<string, (args: ArmValue[]) => ArmValue>>;
export declare function evaluate(node: ArmNode, functions: ArmFunctions): ArmValue;
