using MusicBot.Core.Songs;

namespace MusicBot.Core.Validation;

/// <summary>Something about a draft that does not block it, but that the user should know (what the provider will not use).</summary>
public abstract record DraftNote
{
    private protected DraftNote()
    {
    }

    /// <summary>The provider makes instrumentals only; the lyrics are kept in the draft but not sung.</summary>
    public sealed record LyricsNotSung(string Provider) : DraftNote;

    /// <summary>
    /// Instrumental is on, so the provider will not sing the lyrics (<paramref name="IsSent"/> false: they are not even
    /// sent); they stay in the draft.
    /// </summary>
    public sealed record InstrumentalKeepsLyrics(string Provider, bool IsSent) : DraftNote;

    /// <summary>
    /// Without lyrics the provider makes up its own title; adding lyrics keeps it, and (<paramref name="InstrumentalKeepsTitle"/>)
    /// so does turning instrumental on.
    /// </summary>
    public sealed record TitleNotUsed(string Provider, bool InstrumentalKeepsTitle) : DraftNote;

    /// <summary>The provider has no use for these set fields.</summary>
    public sealed record SettingsIgnored(string Provider, IReadOnlyList<DraftField> Fields) : DraftNote;
}
