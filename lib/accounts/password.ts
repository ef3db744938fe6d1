// Passwords: Argon2id (RFC 9106) with OWASP's minimum (19 MiB, 2 passes, 1 lane: ~20 ms on one core, off the
// event loop in libuv's pool); one-time passwords from crypto's random source, without look-alike characters.
import { randomInt } from "node:crypto";
import argon2 from "argon2";

const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, OPTIONS);

/** False for a wrong password and for a stored value that is not a hash (never throws). */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** The same work for an unknown user name as for a known one, so timing tells nothing. */
export const verifyNothing = async (password: string) => void (await verifyPassword(await (dummy ??= hashPassword("nianbao-no-such-user")), password));

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

/** 14 characters from 56: about 81 bits. */
export function randomPassword(length = 14): string {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export const MIN_PASSWORD_LENGTH = 10;

/** Why a new password is refused (Chinese), or null when it is acceptable. */
export function newPasswordProblem(oldPassword: string, newPassword: string, username: string): string | null {
  if ([...newPassword].length < MIN_PASSWORD_LENGTH) return `新密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`;
  if ([...newPassword].length > 200) return "新密码不能超过 200 个字符。";
  if (newPassword === oldPassword) return "新密码不能与原密码相同。";
  if (newPassword.toLowerCase().includes(username.toLowerCase())) return "新密码不能包含账号名。";
  if (new Set(newPassword).size < 4) return "新密码过于简单，请混用不同的字母、数字或符号。";
  return null;
}
