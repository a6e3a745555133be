// Sizes of the reliability suites come from the environment (small in `npm test`, larger on demand).

/** A whole number from the environment variable `name`, or `fallback` when it is unset or empty. */
export function wholeFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new Error(`${name}=${raw} is not a whole number.`);
  return Number(raw.trim());
}
