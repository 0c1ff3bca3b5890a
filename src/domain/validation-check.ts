/** One check over written data: its name, whether it passed, and what it found (in words). */
export interface ValidationCheck {
  readonly name: string;
  readonly passed: boolean;
  readonly detail: string;
}
