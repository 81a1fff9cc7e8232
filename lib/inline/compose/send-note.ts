/**
 * A short note beside the Send button while the message holds something Amazon blocks. It
 * only informs: it takes no pointer events and never stands between the seller and Send.
 */
export class SendNote {
  readonly element: HTMLElement;

  constructor(layer: ShadowRoot) {
    this.element = layer.ownerDocument.createElement('div');
    this.element.className = 'note';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
    layer.append(this.element);
  }

  render(text: string | undefined): void {
    this.element.hidden = !text;
    if (text && this.element.textContent !== text) this.element.textContent = text;
  }

  /**
   * Under the button, right-aligned with it: the buttons beside Send (Cancel, attachments)
   * stay visible and clickable.
   */
  place(button: DOMRect | undefined, view: { width: number; height: number }): void {
    if (this.element.hidden) return;
    const s = this.element.style;
    if (!button || button.width === 0) {
      s.display = 'none';
      return;
    }
    s.display = '';
    s.right = `${Math.round(Math.max(8, view.width - button.right))}px`;
    if (button.bottom + 30 <= view.height) {
      s.top = `${Math.round(button.bottom + 6)}px`;
      s.bottom = 'auto';
    } else {
      s.bottom = `${Math.round(view.height - button.top + 6)}px`;
      s.top = 'auto';
    }
  }

  remove(): void {
    this.element.remove();
  }
}
