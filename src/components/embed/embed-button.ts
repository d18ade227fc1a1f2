/**
 * <embed-button>: the "Embed this map" button. Only this stays in the page's first-view module; the
 * dialog (components/embed/embed-dialog.ts) is imported on the first click.
 */
class EmbedButton extends HTMLElement {
  private dialog?: Promise<{ open(): void }>;

  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => {
      this.dialog ??= import('./embed-dialog.ts').then((m) => new m.EmbedDialog(this));
      void this.dialog.then((d) => d.open());
    });
  }
}

if (!customElements.get('embed-button')) customElements.define('embed-button', EmbedButton);
