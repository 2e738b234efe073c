/**
 * The wording function the conversation uses: i18next's fixed `t` fits it,
 * and tests can pass a simple one. Keeping the type here keeps the core free of i18next.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
