/** Strings for the classroom feature, English and Spanish side by side (spread into en.ts / es.ts). */
export const en = {
} as const;

export const es: Record<keyof typeof en, string> = {
};
