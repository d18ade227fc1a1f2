/**
 * The "Embed this map" dialog, imported on the first click by <embed-button> (components/embed/embed-button.ts)
 * so the pages' first view does not carry it. Builds a modal <dialog> (strings from the page's data-strings, put in
 * with textContent / value only), fills it with iframe code for the current view (so a state the reader
 * selected or a view they switched to is what gets embedded) and copies it. Escape closes the modal
 * natively; focus returns to the button.
 */
/**
 * What the page shows, never the raw address: a value the map rejected (?view=constructor) must not
 * reach the code a newsroom pastes. The map keeps its checked view, model and state on its dataset.
 */
function carried(): Array<[string, string | undefined]> {
  const map = document.querySelector<HTMLElement>('divide-map');
  const date = new URLSearchParams(location.search).get('date') ?? '';
  const d = map?.dataset ?? {};
  return [
    ['view', d.view === 'divide' ? undefined : d.view],
    ['model', d.view === 'model' ? d.model : undefined],
    ['state', d.selected?.toLowerCase()],
    ['date', /^\d{4}-\d{2}$/.test(date) ? date : undefined],
  ];
}
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
let uid = 0;

export class EmbedDialog {
  private dialog?: HTMLDialogElement;
  private code?: HTMLTextAreaElement;
  private status?: HTMLElement;

  private host: HTMLElement;

  constructor(host: HTMLElement) {
    this.host = host;
  }

  open() {
    const dialog = this.dialog ?? this.build();
    this.code!.value = this.snippet();
    this.status!.textContent = '';
    dialog.showModal();
    this.code!.focus();
    this.code!.select();
  }

  private build(): HTMLDialogElement {
    const s = this.strings();
    const n = ++uid;
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
      const e = document.createElement(tag);
      e.textContent = text;
      return e;
    };
    const dialog = make('dialog');
    dialog.className = 'embed-dialog';
    dialog.setAttribute('aria-labelledby', `embed-h-${n}`);
    const h = make('h2', s.title);
    h.id = `embed-h-${n}`;
    const label = make('label', s.code);
    label.htmlFor = `embed-code-${n}`;
    const code = make('textarea');
    code.id = label.htmlFor;
    code.readOnly = true;
    code.rows = 6;
    code.spellcheck = false;
    const copy = make('button', s.copy);
    const close = make('button', s.close);
    copy.type = close.type = 'button';
    copy.className = 'embed-copy';
    const status = make('span');
    status.className = 'embed-status';
    status.setAttribute('role', 'status');
    const actions = make('div');
    actions.className = 'embed-actions';
    actions.append(copy, close, status);
    dialog.append(h, make('p', s.intro), label, code, actions);
    close.addEventListener('click', () => dialog.close());
    // Escape is the dialog's own (the map behind it would otherwise take it to close its panel).
    dialog.addEventListener('keydown', (e) => e.key === 'Escape' && e.stopPropagation());
    dialog.addEventListener('close', () => this.host.querySelector('button')?.focus());
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.value);
        status.textContent = s.copied ?? '';
      } catch {
        // No clipboard (permissions, old browser): leave the code selected for the reader to copy.
        code.focus();
        code.select();
        status.textContent = s.selected ?? '';
      }
    });
    document.body.append(dialog);
    this.dialog = dialog;
    this.code = code;
    this.status = status;
    return dialog;
  }

  /** The iframe and optional loader for the embed of this page, with the current view's query. */
  private strings() {
    return JSON.parse(this.host.dataset.strings ?? '{}') as Record<string, string>;
  }

  snippet(): string {
    const s = this.strings();
    const d = this.host.dataset;
    const src = new URL(d.src ?? '', location.href);
    for (const [k, v] of carried()) if (v) src.searchParams.set(k, v);
    const loader = new URL(d.loader ?? '', location.href).href;
    return (
      `<iframe src="${attr(src.href)}" title="${attr(s.frameTitle ?? '')}" data-cooperation-divide ` +
      `style="width:100%;border:0" height="${Number(d.height) || 600}" loading="lazy"></iframe>\n` +
      `<script async src="${attr(loader)}"></script>`
    );
  }
}
