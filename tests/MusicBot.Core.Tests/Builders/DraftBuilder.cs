using MusicBot.Core.Songs;

namespace MusicBot.Core.Tests.Builders;

/// <summary>Fluent test data for drafts: start from a shape, then override only what the test is about.</summary>
public sealed class DraftBuilder
{
    private Draft _draft = Draft.Empty;

    public static DraftBuilder ADraft() => new();

    /// <summary>Text of exactly <paramref name="length"/> characters, for hitting limits.</summary>
    public static string Text(int length) => new('a', length);

    public DraftBuilder WithModel(string? model) => With(_draft with { Model = model });

    public DraftBuilder WithStyle(string? style) => With(_draft with { Style = style });

    public DraftBuilder WithLyrics(string? lyrics) => With(_draft with { Lyrics = lyrics });

    public DraftBuilder WithTitle(string? title) => With(_draft with { Title = title });

    public DraftBuilder Instrumental(bool isOn = true) => With(_draft with { Instrumental = isOn });

    public DraftBuilder WithEnhancePrompt(bool isOn = true) => With(_draft with { EnhancePrompt = isOn });

    public DraftBuilder WithNegativeTags(string? tags) => With(_draft with { NegativeTags = tags });

    public DraftBuilder WithVocalGender(string? gender) => With(_draft with { VocalGender = gender });

    public DraftBuilder WithStyleWeight(decimal? weight) => With(_draft with { StyleWeight = weight });

    public DraftBuilder WithWeirdness(decimal? weight) => With(_draft with { Weirdness = weight });

    public DraftBuilder WithAudioWeight(decimal? weight) => With(_draft with { AudioWeight = weight });

    /// <summary>Sets one of the text fields, so a table can name the field under test.</summary>
    public DraftBuilder WithText(DraftField field, string text) => field switch
    {
        DraftField.Style => WithStyle(text),
        DraftField.Lyrics => WithLyrics(text),
        DraftField.Title => WithTitle(text),
        DraftField.NegativeTags => WithNegativeTags(text),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a text field."),
    };

    public DraftBuilder WithTextOfLength(DraftField field, int length) => WithText(field, Text(length));

    /// <summary>Sets one of the 0..1 weights, so a table can name the weight under test.</summary>
    public DraftBuilder WithWeight(DraftField field, decimal weight) => field switch
    {
        DraftField.StyleWeight => WithStyleWeight(weight),
        DraftField.Weirdness => WithWeirdness(weight),
        DraftField.AudioWeight => WithAudioWeight(weight),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a weight."),
    };

    public Draft Build() => _draft;

    private DraftBuilder With(Draft draft)
    {
        _draft = draft;
        return this;
    }
}
