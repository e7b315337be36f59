import 'react';

declare module 'react' {
  interface HTMLAttributes<T> {
    /** Element Timing API: the browser records when this element first paints (React passes it through as is). */
    elementtiming?: string;
  }
}
