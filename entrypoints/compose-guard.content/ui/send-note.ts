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
  place(button: HTMLElement | undefined): void {
    if (this.element.hidden) return;
    const rect = button?.getBoundingClientRect();
    const s = this.element.style;
    if (!rect || rect.width === 0) {
      s.display = 'none';
      return;
    }
    s.display = '';
    const { width, height } = this.element.getBoundingClientRect();
    const viewH = document.documentElement.clientHeight;
    const below = rect.bottom + 6;
    s.left = `${Math.round(Math.max(8, rect.right - width))}px`;
    s.top = `${Math.round(below + height <= viewH ? below : rect.top - height - 6)}px`;
  }

  remove(): void {
    this.element.remove();
  }
}
