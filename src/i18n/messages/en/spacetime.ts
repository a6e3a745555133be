export const spacetime = {
} as const;
