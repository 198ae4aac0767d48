// Which layout and background a challenge gets: flow_info first, the flow instance as fallback.
import { FLOW_LAYOUTS } from './challenges.js';
import type { ContextualFlowInfo, FlowInstance, FlowLayout } from './challenges.js';
import { safeImageUrl, safeNavigationUrl } from './url.js';

export function isFlowLayout(value: unknown): value is FlowLayout {
  return typeof value === 'string' && (FLOW_LAYOUTS as readonly string[]).includes(value);
}

/** An explicit override wins, then flow_info, then the flow instance, then `stacked`. */
export function resolveLayout(
  override: string | undefined,
  info: ContextualFlowInfo | undefined,
  instance: FlowInstance | null | undefined,
): FlowLayout {
  for (const candidate of [override, info?.layout, instance?.layout]) {
    if (isFlowLayout(candidate)) return candidate;
  }
  return 'stacked';
}

export function isFrameLayout(layout: FlowLayout): boolean {
  return layout.endsWith('_frame_background');
}

export interface ResolvedBackground {
  /** The light (default) image or, in frame layouts, the page shown in the iframe. */
  light: string;
  /** A separate dark-scheme image when the server themes it. */
  dark?: string;
}

/**
 * The background with every URL scheme-checked against `base`. Frame layouts show a web page,
 * so only http(s) passes there; images may also be inline `data:image/`.
 */
export function resolveBackground(
  info: ContextualFlowInfo | undefined,
  instance: FlowInstance | null | undefined,
  layout: FlowLayout,
  base: string,
): ResolvedBackground | null {
  const check = isFrameLayout(layout) ? safeNavigationUrl : safeImageUrl;
  const themed = info?.background_themed_urls;
  const light =
    check(themed?.light, base) ??
    check(info?.background, base) ??
    check(instance?.background, base) ??
    // A flow-error challenge carries no flow_info: the page keeps the flow's (default) background.
    check(instance?.background_url, base);
  if (!light) return null;
  const dark = check(themed?.dark, base) ?? undefined;
  return dark && dark !== light && !isFrameLayout(layout) ? { light, dark } : { light };
}
