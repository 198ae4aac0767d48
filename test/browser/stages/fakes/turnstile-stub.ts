// A Turnstile-style provider whose token is always `fake-token` (a task later, as over a network), installed before the dev
// provider's script loads (which then leaves it in place): the shared suite compares answers.
interface Options {
  callback: (token: string) => void;
}
const widgets: Options[] = [];
(window as unknown as { turnstile: unknown }).turnstile = {
  render(_el: HTMLElement, options: Options) {
    widgets.push(options);
    setTimeout(() => options.callback('fake-token'));
    return String(widgets.length - 1);
  },
  reset(id?: string) {
    const w = id === undefined ? widgets.at(-1) : widgets[Number(id)];
    if (w) setTimeout(() => w.callback('fake-token'));
  },
};
