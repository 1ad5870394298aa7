import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks an antd radio button until it is checked: under load a click during a dialog's opening
 * animation can be lost, and a test must not go on with the old choice.
 */
export async function checkRadio(radio: Locator): Promise<void> {
  await expect
    .poll(async () => {
      await radio.click();
      return radio.getAttribute('class');
    })
    .toContain('ant-radio-button-wrapper-checked');
}
