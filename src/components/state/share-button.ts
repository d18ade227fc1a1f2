/** <share-button>: navigator.share where present, else copy location.href; status via textContent. */
class ShareButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('.share-status');
    if (!button || !status) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = location.href;
      status.textContent = '';
      if (typeof navigator.share === 'function') {
        try {
          await navigator.share({ title: document.title, url });
          return;
        } catch (e) {
          // The reader closed the share sheet: nothing to report. Other failures fall through to copying.
          if (e instanceof DOMException && e.name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = this.dataset.copied ?? '';
      } catch {
        status.textContent = this.dataset.failed ?? '';
      }
    });
  }
}

if (!customElements.get('share-button')) customElements.define('share-button', ShareButton);
