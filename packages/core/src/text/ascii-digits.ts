/**
 * Replaces Arabic-Indic (٠–٩) and Persian (۰–۹) digits with ASCII digits. Each digit is one UTF-16
 * code unit in both forms, so offsets into the result are offsets into the input.
 *
 * @example
 * asciiDigits('٠١/٠٧/٢٠٢٣'); // '01/07/2023'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90));
}
