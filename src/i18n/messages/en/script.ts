export const script = {
} as const;
