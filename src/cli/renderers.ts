/** Renders one command's result as the text one `--format` value prints. */
export type Renderer<T> = (value: T) => string;

/**
 * The renderer a registry (`format → renderer`) holds for `format`, or undefined: commander only lets
 * listed formats through, but the run functions take any string.
 */
export function rendererFor<T>(registry: Readonly<Record<string, Renderer<T>>>, format: string): Renderer<T> | undefined {
  return Object.hasOwn(registry, format) ? registry[format] : undefined;
}
