// What the server could not do faithfully (unsupported models, Python expressions, unknown tags),
// collected while loading and printed once at start-up instead of being dropped silently.

export interface Notice {
  level: 'info' | 'warn';
  message: string;
}

export class Report {
  readonly notices: Notice[] = [];
  private readonly seen = new Set<string>();
  /** Told of every notice recorded after it is set (main.ts prints run-time notices with it). */
  onNotice?: (notice: Notice) => void;

  /** Records a notice once; the same message again is ignored. */
  add(level: Notice['level'], message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    const notice = { level, message };
    this.notices.push(notice);
    this.onNotice?.(notice);
  }

  warn(message: string): void {
    this.add('warn', message);
  }

  info(message: string): void {
    this.add('info', message);
  }
}
