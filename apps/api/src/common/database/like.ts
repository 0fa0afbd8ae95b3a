/** Escapes LIKE / ILIKE wildcards so user text matches literally (PostgreSQL's default escape character is \). */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
