// Each answer is sealed with a key of its own (AES-256-GCM, random nonce). The answer's id,
// day and question are authenticated with it, so a key or a sealed text can't be moved onto
// another answer. The pairing key only wraps the sync files; it never opens an answer.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

export interface SealedAnswer {
  /** base64: nonce | ciphertext | tag */
  sealed: string;
  /** base64, 32 bytes */
  key: string;
}

export interface AnswerBinding {
  id: string;
  localDate: string;
  questionId: string;
}

const aad = (b: AnswerBinding) =>
  Buffer.from(`nuzzle-answer v1|${b.id}|${b.localDate}|${b.questionId}`);

export function sealAnswer(text: string, binding: AnswerBinding): SealedAnswer {
  const key = randomBytes(32);
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad(binding));
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return {
    sealed: Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64'),
    key: key.toString('base64'),
  };
}

/** The words, or null if this key doesn't open this answer (wrong, altered, or moved). */
export function openAnswer(sealed: string, key: string, binding: AnswerBinding): string | null {
  const data = Buffer.from(sealed, 'base64');
  const secret = Buffer.from(key, 'base64');
  if (secret.length !== 32 || data.length < NONCE + TAG) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, NONCE));
    decipher.setAAD(aad(binding));
    decipher.setAuthTag(data.subarray(data.length - TAG));
    return Buffer.concat([
      decipher.update(data.subarray(NONCE, data.length - TAG)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}

export const isKey = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(v);
export const isSealed = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 8192 && /^[A-Za-z0-9+/]+=*$/.test(v);
