/** A locale file imported by the CLI, as its text (the bundler's `text` loader). */
declare module '*.yml' {
  const text: string;
  export default text;
}
