// Form fields in the preview become look-alike boxes. A real field, even outside any form, is parsed by
// Chromium for autofill (and Chrome then asks content-autofill.googleapis.com about it: the network
// silence test caught it), and nothing in a mail preview is there to be typed into.

const KEPT_ATTRIBUTES = ['class', 'style', 'width', 'height', 'align', 'title', 'dir', 'lang', 'data-ml-ref'];

function shownValue(field: Element): string {
  switch (field.localName) {
    case 'select':
      return (field.querySelector('option[selected]') ?? field.querySelector('option'))?.textContent ?? '';
    case 'textarea':
      return field.textContent ?? '';
    default:
      return field.getAttribute('type')?.toLowerCase() === 'password' ? '' : (field.getAttribute('value') ?? '');
  }
}

export function replaceFormFields(root: Element): void {
  for (const field of root.querySelectorAll('input, textarea, select')) {
    const type = field.getAttribute('type')?.toLowerCase();
    // <input type="image"> is a picture (and maybe a remote reference, now a placeholder with its marker).
    const image = field.localName === 'input' && type === 'image';
    const box = field.ownerDocument.createElement(image ? 'img' : 'span');
    for (const name of [...KEPT_ATTRIBUTES, ...(image ? ['src', 'alt'] : [])]) {
      const value = field.getAttribute(name);
      if (value !== null) box.setAttribute(name, value);
    }
    if (!image) {
      box.classList.add('ml-field');
      box.textContent = shownValue(field);
      if (type === 'hidden') box.setAttribute('hidden', '');
    }
    field.replaceWith(box);
  }
}
