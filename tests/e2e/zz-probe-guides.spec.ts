import { isAllowedExternalUrl } from '../../main/shell/decisions/external-links.ts';
export const x = isAllowedExternalUrl('https://www.thehotline.org/');
