// Small pieces the panes share: icons, flags, the error line, the main button, form submission.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translate } from '../i18n/index.js';

export type { Translate };

const icon = (size: number, path: string, className?: string) =>
  html`<svg class=${className ?? nothing} viewBox="0 0 24 24" aria-hidden="true" width=${size} height=${size}><path d=${path} /></svg>`;

export const closeIcon = (): TemplateResult => icon(20, 'M6 6l12 12M18 6L6 18');
// Drawn pointing left; mirrored in right-to-left text (the `flip` class).
export const backIcon = (): TemplateResult => icon(20, 'M15 5l-7 7 7 7', 'flip');
export const chevronIcon = (): TemplateResult => icon(16, 'M7 10l5 5 5-5', 'chevron');
export const checkIcon = (): TemplateResult => icon(40, 'M5 12.5l4.5 4.5L19 7.5');
const alertIcon = (): TemplateResult => icon(18, 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7.5v5.5M12 16.5v.01');

/** A country's flag emoji from its ISO code ('FR' → regional indicators F and R). */
export function flagOf(code: string): string {
  return String.fromCodePoint(...[...code.toUpperCase()].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

/** A submit listener that keeps the page where it is and runs `action`. */
export const onSubmit = (action: () => void) => (event: Event) => {
  event.preventDefault();
  action();
};

/**
 * The step's error line: a live region, always in the tree (empty when there is no error). Its icon says
 * "error" where colour can't (colour blindness, forced colours).
 */
export const errorLine = (message: string): TemplateResult =>
  html`<p id="error" class="error" part="error" role="alert">${message ? [alertIcon(), message] : nothing}</p>`;

/** The step's main button; while busy it says what is happening and is marked disabled (yet stays focusable). */
export const submitButton = (label: string, busy: boolean, { id, part }: { id?: string; part?: string } = {}): TemplateResult =>
  html`<button
    type="submit"
    id=${ifDefined(id)}
    class="primary"
    part=${part ? `submit-button ${part}` : 'submit-button'}
    aria-disabled=${busy ? 'true' : 'false'}
  >
    ${label}
  </button>`;
