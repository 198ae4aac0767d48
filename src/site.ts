// Same site or cross site: what decides whether a browser sends `SameSite=Lax` cookies with the
// widget's requests. Shared by the widget's run-time diagnosis and the embed doctor (Node).

/** A second-level label under a two-letter country code that is itself a public suffix (co.uk). */
const SHORT_SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac|or|ne|go)$/;

/**
 * The site of a URL: its scheme and registrable domain. The domain approximates the Public Suffix
 * List: the last two labels, three under `co.uk`-like suffixes; an IP address or a one-label host
 * (`localhost`) is its own site. (Hosted suffixes such as `github.io` are not known here.)
 */
export function siteOf(url: string | URL): string {
  const { protocol, hostname } = new URL(url);
  const host = hostname.replace(/\.$/, '');
  const labels = host.split('.');
  const ip = /^[\d.]+$/.test(host) || host.includes(':');
  let domain = host;
  if (!ip && labels.length > 2) {
    const tld = labels[labels.length - 1];
    const keep = tld.length === 2 && SHORT_SECOND_LEVEL.test(labels[labels.length - 2]) ? 3 : 2;
    domain = labels.slice(-keep).join('.');
  }
  return `${protocol}//${domain}`;
}

/** Whether the browser counts a request from `page` to `target` as same-site. */
export function sameSite(page: string | URL, target: string | URL): boolean {
  return siteOf(page) === siteOf(target);
}
