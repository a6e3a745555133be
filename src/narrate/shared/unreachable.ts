/** The end of an exhaustive switch: a new variant without words fails to compile. */
export function unreachable(value: never): never {
  throw new Error(`no words for ${JSON.stringify(value)}`);
}
