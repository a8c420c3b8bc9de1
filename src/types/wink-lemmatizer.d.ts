declare module 'wink-lemmatizer' {
  interface WinkLemmatizer {
    lemmatizeVerb(word: string): string;
    lemmatizeNoun(word: string): string;
    lemmatizeAdjective(word: string): string;
  }
  const lemmatizer: WinkLemmatizer;
  export default lemmatizer;
}
