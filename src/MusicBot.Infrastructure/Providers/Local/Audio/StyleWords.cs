namespace MusicBot.Infrastructure.Providers.Local.Audio;

// The words of a lower-cased style text, plus each pair and triple of neighbours joined ("lo-fi" →
// "lofi", "no drums" → "nodrums"), and the instruments it asks for or rules out ("no drums", "without bass").
internal sealed class StyleWords
{
    private readonly HashSet<string> _words;

    private StyleWords(HashSet<string> words, HashSet<string> instruments, HashSet<string> excluded)
    {
        _words = words;
        Instruments = instruments;
        ExcludedInstruments = excluded;
    }

    public IReadOnlySet<string> Instruments { get; }

    public IReadOnlySet<string> ExcludedInstruments { get; }

    public static StyleWords Parse(string text)
    {
        var tokens = Tokenize(text);
        var words = new HashSet<string>(tokens, StringComparer.Ordinal);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            words.Add(tokens[i] + tokens[i + 1]);
            if (i + 2 < tokens.Count)
            {
                words.Add(tokens[i] + tokens[i + 1] + tokens[i + 2]);
            }
        }

        var instruments = new HashSet<string>(StringComparer.Ordinal);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!StyleVocabulary.InstrumentWords.TryGetValue(tokens[i], out var instrument))
            {
                continue;
            }

            var isNegated = i > 0 && StyleVocabulary.NegationWords.Contains(tokens[i - 1]);
            (isNegated ? excluded : instruments).Add(instrument);
        }

        if (words.Overlaps(StyleVocabulary.DrumlessWords))
        {
            excluded.Add(InstrumentNames.Drums);
        }

        instruments.ExceptWith(excluded);
        return new StyleWords(words, instruments, excluded);
    }

    public bool Contains(string word) => _words.Contains(word);

    public bool ContainsAny(IEnumerable<string> candidates) => candidates.Any(_words.Contains);

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
