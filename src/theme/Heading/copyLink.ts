/**
 * Browser helpers for the heading "copy link" button: the URL to copy, the copy itself (async
 * Clipboard API, with a hidden-textarea fallback for insecure origins and older browsers) and a
 * single shared polite live region for the announcement.
 */

/** The section's absolute URL: the current page without its query (search highlight params) plus #id. */
export function sectionUrl(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${encodeURIComponent(id)}`;
}

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  const active = document.activeElement as HTMLElement | null;
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}

export async function copyText(text: string): Promise<boolean> {
  if (navigator.clipboard?.writeText && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied or unavailable: fall through to the legacy path.
    }
  }
  return copyWithTextarea(text);
}

const REGION_ID = 'copy-link-status';

/** Creates the shared live region once; it must exist before the first announcement to be read. */
export function ensureLiveRegion(): HTMLElement {
  let region = document.getElementById(REGION_ID);
  if (!region) {
    region = document.createElement('div');
    region.id = REGION_ID;
    region.className = 'sr-only';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.appendChild(region);
  }
  return region;
}

export function announce(message: string): void {
  const region = ensureLiveRegion();
  // Clear first so the same message twice in a row is announced again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
