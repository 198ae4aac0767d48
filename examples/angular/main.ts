// Angular: the element itself (the package import defines it) in a standalone component, with
// CUSTOM_ELEMENTS_SCHEMA; ngc checks the template, events typed through the package's
// declarations (`$event` of `(ak-flow-redirect)` is a CustomEvent<FlowRedirectDetail>).
import {
  CUSTOM_ELEMENTS_SCHEMA,
  ChangeDetectionStrategy,
  Component,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@ak-widget/flow';
import type { FlowChallengeDetail, FlowRedirectDetail } from '@ak-widget/flow';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (signedIn(); as done) {
      <p role="status">Signed in (Angular), next: {{ done.to }}</p>
    } @else {
      <main [attr.data-stage]="stage()">
        <ak-flow-executor
          slug="demo-login"
          (ak-flow-challenge)="onChallenge($event)"
          (ak-flow-redirect)="onRedirect($event)"
        ></ak-flow-executor>
      </main>
    }
  `,
})
class App {
  readonly stage = signal('');
  readonly signedIn = signal<FlowRedirectDetail | null>(null);

  onChallenge(event: CustomEvent<FlowChallengeDetail>) {
    this.stage.set(event.detail.challenge.component);
  }

  onRedirect(event: CustomEvent<FlowRedirectDetail>) {
    // The app routes itself: keep the page, show the signed-in state.
    event.preventDefault();
    this.signedIn.set(event.detail);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error) =>
  console.error(error),
);
