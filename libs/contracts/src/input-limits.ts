/**
 * Limits of what a person can type, shared by the API's validation and the web's inputs (`maxLength`, `max`), so a
 * form never lets through what the server will refuse (issue 10).
 */
export const INPUT_LIMITS = {
  /** A search keyword, in characters. */
  searchKeyword: 50,
  /** A monthly pay figure in yuan, in a search filter. */
  monthlyPay: 1_000_000,
} as const;
