// What the server could not do faithfully (unsupported models, Python expressions, unknown tags),
// collected while loading and printed once at start-up instead of being dropped silently.

export interface Notice {
  level: 'info' | 'warn';
  message: string;
}

export class Report {
  readonly notices: Notice[] = [];
  private readonly seen = new Set<string>();

  /** Records a notice once; the same message again is ignored. */
  add(level: Notice['level'], message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.notices.push({ level, message });
  }

  warn(message: string): void {
    this.add('warn', message);
  }

  info(message: string): void {
    this.add('info', message);
  }
}
