/** Properties of a template that a copy must not carry: they point at the template's Original. */
export const PROPERTIES_NOT_COPIED = ['original_id', 'original_name'];
//# sourceMappingURL=template-replication.js.map