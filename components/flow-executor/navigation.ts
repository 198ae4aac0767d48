/** How the executor leaves the page (the flow's redirect, a source's login); replaced in tests. */
export const navigator_ = {
  assign(url: string): void {
    window.location.assign(url);
  },
};
