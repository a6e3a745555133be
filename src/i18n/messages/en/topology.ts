export const topology = {
} as const;
