// The one element we add to a page, and only while a card or an announcement needs it: <counterpoint-overlay>
// with a shadow root holding the card and the aria-live region. Page CSS cannot reach inside; our CSS is
// adopted (CSP-safe). `destroy()` takes it out again so the page's DOM is as it was.
import { h, render } from 'preact';
import { Card, CARD_CSS } from '../../components/card/Card';
import { adoptStyleSheet } from '../highlights/stylesheet';
import type { CardModel } from './card-model';

export const HOST_TAG = 'counterpoint-overlay';

export interface CardHost {
  show(card: CardModel, anchor: DOMRect): void;
  hide(): void;
  readonly visible: CardModel | null;
  /** Says `text` through the polite live region (custom highlights are invisible to assistive technology). */
  announce(text: string): void;
  /** True for events inside our card (the pointer moved onto it). */
  isOurs(event: Event): boolean;
  destroy(): void;
}

export function createCardHost(doc: Document, onHide: () => void = () => {}): CardHost {
  let host: HTMLElement | null = null;
  let cardRoot: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let visible: CardModel | null = null;

  const ensure = () => {
    if (host) return;
    host = doc.createElement(HOST_TAG);
    // Through the CSSOM, which CSP allows; !important so page rules on `*` cannot give the host a box.
    for (const [prop, value] of [
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
      ['overflow', 'visible'],
    ]) {
      host.style.setProperty(prop, value, 'important');
    }
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyleSheet(shadow, CARD_CSS);
    cardRoot = doc.createElement('div');
    live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    shadow.append(cardRoot, live);
    doc.documentElement.appendChild(host);
  };

  const hide = () => {
    if (!visible || !cardRoot) return;
    render(null, cardRoot);
    visible = null;
    onHide();
  };

  const place = (anchor: DOMRect) => {
    const card = cardRoot?.firstElementChild as HTMLElement | null;
    if (!card) return;
    const view = doc.defaultView!;
    const { width, height } = card.getBoundingClientRect();
    const gap = 8;
    let top = anchor.bottom + gap;
    if (top + height > view.innerHeight - gap && anchor.top - gap - height > gap) top = anchor.top - gap - height;
    const left = Math.max(gap, Math.min(anchor.left, view.innerWidth - width - gap));
    card.style.top = `${Math.max(gap, top)}px`;
    card.style.left = `${left}px`;
  };

  return {
    show(card, anchor) {
      ensure();
      visible = card;
      render(h(Card, { card, onClose: hide }), cardRoot!);
      place(anchor);
    },
    hide,
    get visible() {
      return visible;
    },
    announce(text) {
      ensure();
      // Emptying first makes a repeated message be read again.
      live!.textContent = '';
      doc.defaultView?.setTimeout(() => {
        if (live) live.textContent = text;
      }, 50);
    },
    isOurs: (event) => !!host && event.composedPath().includes(host),
    destroy() {
      if (cardRoot) render(null, cardRoot);
      host?.remove();
      host = cardRoot = live = null;
      visible = null;
    },
  };
}
