// The start-up report in one block per blueprint file: which file a notice is about, found from
// what the notice names (the file itself, a flow's slug, a policy, prompt or stage by name, a
// binding by pk), so the modules that report need not change. Notices about no one file (the
// engine, MFA support, the shared fixtures) come first, under "server".
import { basename } from 'node:path';
import type { Registry } from './blueprints/registry.js';
import type { Notice } from './report.js';

export const GENERAL = 'server';

/** The blueprint file (base name) a notice is about, or undefined. */
export function noticeFile(message: string, registry: Registry): string | undefined {
  const file = /^([\w.-]+\.ya?ml)\b/.exec(message)?.[1];
  if (file) return file;
  const sourceOf = (match: (attrs: Record<string, unknown>, pk: string) => boolean) => {
    const found = registry.objects.find((o) => match(o.attrs, o.pk));
    return found ? basename(found.source) : undefined;
  };
  const named = /^(?:expression policy|policy|prompt|stage) "([^"]+)"/.exec(message)?.[1];
  if (named !== undefined) return sourceOf((a) => a.name === named);
  const slug = /^flow ([\w-]+)\b/.exec(message)?.[1];
  if (slug !== undefined) return sourceOf((a) => a.slug === slug);
  const binding = /^policy binding (\S+)/.exec(message)?.[1];
  if (binding !== undefined) return sourceOf((_a, pk) => pk === binding);
  return undefined;
}

/** The notices in blocks: the general one first, then one per file in the order first named. */
export function reportBlocks(
  notices: readonly Notice[],
  registry: Registry,
): { file: string; notices: Notice[] }[] {
  const blocks = new Map<string, Notice[]>([[GENERAL, []]]);
  for (const notice of notices) {
    const file = noticeFile(notice.message, registry) ?? GENERAL;
    blocks.set(file, [...(blocks.get(file) ?? []), notice]);
  }
  return [...blocks]
    .filter(([, list]) => list.length)
    .map(([file, list]) => ({ file, notices: list }));
}

/** A notice as printed: `!` for a warning, `i` for information, with its file when found later. */
export function formatNotice(notice: Notice, file?: string): string {
  return `${notice.level === 'warn' ? '!' : 'i'} ${file && file !== GENERAL ? `[${file}] ` : ''}${notice.message}`;
}
