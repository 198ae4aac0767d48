import { css } from 'lit';

// The card's column never grows with its content and long tokens (a request id, an e-mail
// address) wrap: no sideways scroll at 320 px. Its transparent border is invisible except in
// forced colours, where the shadow is gone and it is the card's edge. The first load shows the
// card at a stage's height with a spinner. (No comments inside the CSS: they ship.)
// Wide/narrow follows the executor's own width (a container query), not the viewport: the
// widget is usually embedded in a column of someone else's page.
export const executorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    container-name: ak-flow;
  }
  :host([hidden]) {
    display: none;
  }
  .flow {
    position: relative;
    isolation: isolate;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: 1fr;
    min-height: var(--ak-min-height, auto);
    padding: var(--ak-flow-padding, 1rem);
    box-sizing: border-box;
  }
  .background {
    position: absolute;
    inset: 0;
    z-index: -1;
    overflow: hidden;
    border: 0;
    width: 100%;
    height: 100%;
  }
  .background img {
    width: 100%;
    height: 100%;
    object-fit: cover;
    display: block;
  }
  .card {
    box-sizing: border-box;
    width: 100%;
    min-width: 0;
    max-width: var(--ak-card-width, 28rem);
    margin: auto;
    padding: var(--ak-card-padding, 2rem);
    background: var(--_bg);
    color: var(--_text);
    border-radius: var(--ak-card-radius, 10px);
    box-shadow: var(--ak-card-shadow, 0 1px 3px rgb(0 0 0 / 0.2), 0 8px 24px rgb(0 0 0 / 0.12));
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    overflow-wrap: anywhere;
    border: 1px solid transparent;
  }
  [data-slot]:empty {
    display: none;
  }
  .title {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0;
  }
  .loading {
    color: var(--_muted);
    margin: 0;
    min-height: 14rem;
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    font-size: 1rem;
    font-weight: normal;
  }
  .request-error {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    align-items: flex-start;
  }
  .request-error p {
    margin: 0;
  }
  @container ak-flow (min-width: 48rem) {
    .layout-content_left {
      justify-items: start;
    }
    .layout-content_right {
      justify-items: end;
    }
    .layout-content_left .card,
    .layout-content_right .card {
      margin: auto 5%;
    }
    .layout-sidebar_left,
    .layout-sidebar_left_frame_background,
    .layout-sidebar_right,
    .layout-sidebar_right_frame_background {
      padding: 0;
    }
    .layout-sidebar_left .card,
    .layout-sidebar_left_frame_background .card,
    .layout-sidebar_right .card,
    .layout-sidebar_right_frame_background .card {
      margin: 0;
      max-width: var(--ak-sidebar-width, 30rem);
      min-height: var(--ak-min-height, 100%);
      border-radius: 0;
      justify-content: center;
    }
    .layout-sidebar_right .card,
    .layout-sidebar_right_frame_background .card {
      justify-self: end;
    }
  }
`;
