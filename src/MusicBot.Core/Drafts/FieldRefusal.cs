using MusicBot.Core.Songs;

namespace MusicBot.Core.Drafts;

/// <summary>Why a value was not stored in a draft field (the draft is then unchanged).</summary>
public abstract record FieldRefusal
{
    private protected FieldRefusal()
    {
    }

    /// <summary>The field whose value was refused.</summary>
    public abstract DraftField Field { get; init; }

    /// <summary>More than any provider accepts in one field.</summary>
    public sealed record TooLongForAnyProvider(DraftField Field, int Length, int Max) : FieldRefusal;

    public sealed record UnknownProvider(string Value, IReadOnlyList<string> Available) : FieldRefusal
    {
        public override DraftField Field { get; init; } = DraftField.Provider;
    }

    /// <summary>A known provider without an API key on this bot.</summary>
    public sealed record ProviderNotSetUp(string Provider, IReadOnlyList<string> Available) : FieldRefusal
    {
        public override DraftField Field { get; init; } = DraftField.Provider;
    }

    public sealed record UnknownModel(string Provider, string Value, IReadOnlyList<string> Models) : FieldRefusal
    {
        public override DraftField Field { get; init; } = DraftField.Model;
    }

    public sealed record NotAVocalGender(string Value) : FieldRefusal
    {
        public override DraftField Field { get; init; } = DraftField.VocalGender;
    }

    /// <summary>A weight that is not a number.</summary>
    public sealed record NotANumber(DraftField Field, string Value) : FieldRefusal;

    /// <summary>A switch that is neither on nor off.</summary>
    public sealed record NotASwitch(DraftField Field) : FieldRefusal;

    /// <summary>The field needs a value and none was given.</summary>
    public sealed record Empty(DraftField Field) : FieldRefusal;
}
