// Pastes into a field the way Ctrl+V or a password manager does: a real, cancelable paste
// event with clipboard data first (throws if the page blocks it), then the text arrives.

import type { Page } from '@playwright/test';

export async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.evaluate(
    ([sel, value]) => {
      const el = document.querySelector<HTMLInputElement>(sel);
      if (!el) throw new Error(`no ${sel}`);
      const data = new DataTransfer();
      data.setData('text/plain', value);
      const allowed = el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
      if (!allowed) throw new Error('paste was blocked');
    },
    [selector, text] as const,
  );
  await page.keyboard.insertText(text);
}
