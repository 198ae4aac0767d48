import { LitElement, css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { safeImageUrl, safeNavigationUrl, srcsetSafe } from '../../src/url.js';
import { define } from '../stages/kit/define.js';
import { tokens } from '../styles/theme.js';

/** What the widget reads of authentik's `CurrentBrand` (`GET /api/v3/core/brands/current/`). */
interface Brand {
  branding_title?: string;
  branding_logo?: string;
  branding_logo_themed_urls?: { light?: string; dark?: string } | null;
  ui_footer_links?: { name?: string; href?: string | null }[];
}

/** One request per brand URL, shared by the logo and the footer. */
const brands = new Map<string, Promise<Brand | null>>();

function loadBrand(url: string): Promise<Brand | null> {
  let brand = brands.get(url);
  if (!brand) {
    // As the flow client: `same-origin` on authentik's own origin (so a page's
    // `<link rel="preload" as="fetch" crossorigin>` of it is used), `include` across origins.
    const credentials: RequestCredentials =
      new URL(url, location.href).origin === location.origin ? 'same-origin' : 'include';
    brand = fetch(url, { credentials, headers: { accept: 'application/json' } })
      .then((res) => (res.ok ? (res.json() as Promise<Brand>) : null))
      .then((b) => (b && typeof b === 'object' ? b : null))
      .catch(() => null);
    brands.set(url, brand);
  }
  return brand;
}

/**
 * The brand of authentik's flow page, for `<ak-flow-executor brand>` (a lazy chunk, loaded only
 * then): `kind="logo"` is the brand's logo above the title, `kind="links"` the brand's footer
 * links and "Powered by authentik" below the card. Every URL from the server is scheme-checked;
 * a brand that cannot be read draws nothing.
 *
 * @csspart logo - the logo `<img>`
 * @csspart links - the footer list
 */
export class AkFlowBrand extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      :host([kind='logo']) {
        text-align: center;
      }
      img {
        max-width: 100%;
        max-height: 4rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0.5rem;
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: 0.25rem 1rem;
        font-size: 0.85rem;
      }
      li {
        padding: 0.15rem 0.5rem;
        border-radius: var(--_radius);
        background: var(--_bg);
        color: var(--_text);
      }
      a {
        color: var(--_primary);
      }
    `,
  ];

  /** `logo` or `links`. */
  @property({ reflect: true }) kind: 'logo' | 'links' = 'logo';
  /** The brand API's URL; the brand's own URLs are relative to it (authentik's origin). */
  @property() src = '';

  @state() private brand: Brand | null = null;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('src') && this.src) {
      const src = this.src;
      void loadBrand(src).then((b) => {
        if (this.src === src) this.brand = b;
      });
    }
  }

  private renderLogo(b: Brand): TemplateResult | typeof nothing {
    const themed = b.branding_logo_themed_urls;
    const light = safeImageUrl(themed?.light, this.src) ?? safeImageUrl(b.branding_logo, this.src);
    if (!light) return nothing;
    const dark = safeImageUrl(themed?.dark, this.src);
    return html`<picture>
      ${dark ? html`<source media="(prefers-color-scheme: dark)" srcset=${srcsetSafe(dark)} />` : nothing}
      <img part="logo" src=${light} alt=${b.branding_title || 'authentik'} />
    </picture>`;
  }

  private renderLinks(b: Brand): TemplateResult {
    const links = (Array.isArray(b.ui_footer_links) ? b.ui_footer_links : [])
      .map((l) => [safeNavigationUrl(l?.href, this.src), String(l?.name ?? '')] as const)
      .filter(([href, name]) => href && name);
    return html`<ul part="links">
      ${links.map(([href, name]) => html`<li><a href=${href!}>${name}</a></li>`)}
      <li>${msg('Powered by authentik')}</li>
    </ul>`;
  }

  override render() {
    const b = this.brand;
    if (!b) return nothing;
    return this.kind === 'links' ? this.renderLinks(b) : this.renderLogo(b);
  }
}
define('ak-flow-brand', AkFlowBrand);

declare global {
  interface HTMLElementTagNameMap {
    'ak-flow-brand': AkFlowBrand;
  }
}
