import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What password fields remember between renders: which ones the user chose to show in clear text,
 * and whether Caps Lock is on (as the last keyboard event in one of them reported).
 */
export class PasswordController implements ReactiveController {
  /** The field (input name) whose last keyboard event found Caps Lock on; '' when off. */
  capsLock = '';
  private shown = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  isShown(field: string): boolean {
    return this.shown.has(field);
  }

  toggle(field: string): void {
    if (!this.shown.delete(field)) this.shown.add(field);
    this.host.requestUpdate();
  }

  /** keydown/keyup listener for password inputs. */
  readonly track = (e: KeyboardEvent): void => {
    if (typeof e.getModifierState !== 'function') return;
    // Said under that field only: a password and its repeat must not both announce it.
    const on = e.getModifierState('CapsLock') ? (e.target as HTMLInputElement).name : '';
    if (on === this.capsLock) return;
    this.capsLock = on;
    this.host.requestUpdate();
  };
}
