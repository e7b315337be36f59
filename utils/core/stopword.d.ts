// stopword 3.x ships no types; only the lists Digest reads are declared.
declare module 'stopword' {
  export const eng: string[];
  export const zho: string[];
  export const fra: string[];
  export const deu: string[];
  export const spa: string[];
  export const ita: string[];
  export const por: string[];
  export const nld: string[];
  export const jpn: string[];
  export const kor: string[];
}
