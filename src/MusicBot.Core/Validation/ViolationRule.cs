namespace MusicBot.Core.Validation;

/// <summary>The rules a draft can break, each with the data a message needs: the limit, what the draft has, and where it applies.</summary>
public abstract record ViolationRule
{
    private protected ViolationRule()
    {
    }

    /// <summary>
    /// The field must be set in <paramref name="Context"/>. <paramref name="DescribesSong"/>: the field is the song's
    /// description there (non-custom modes), so the fix says to describe the song.
    /// </summary>
    public sealed record Required(RuleContext Context, bool DescribesSong = false) : ViolationRule;

    /// <summary>Topview with instrumental off needs lyrics or a style; the violation is on the lyrics.</summary>
    public sealed record LyricsOrStyleRequired(string Provider) : ViolationRule;

    /// <summary>
    /// At most <paramref name="Limit"/> characters (UTF-16 units) in <paramref name="Context"/>; the draft has
    /// <paramref name="Length"/>. <paramref name="Roomier"/> are the provider's models the text would fit, by limit.
    /// </summary>
    public sealed record TooLong(RuleContext Context, int Limit, int Length, IReadOnlyList<ModelAllowance> Roomier) : ViolationRule
    {
        public int Excess => Length - Limit;
    }

    /// <summary>A weight must be from 0 to 1 in steps of 0.01; <paramref name="Nearest"/> is the closest allowed value.</summary>
    public sealed record NotUnitInterval(string Provider, decimal Value, decimal Nearest) : ViolationRule;

    /// <summary>The vocal gender must be exactly <c>m</c> or <c>f</c>.</summary>
    public sealed record NotMaleOrFemale(string Provider, string Value) : ViolationRule;

    /// <summary>A vocal gender works only with <paramref name="Models"/>, not with <paramref name="Model"/>.</summary>
    public sealed record VocalGenderNeedsModel(string Provider, string Value, string Model, IReadOnlyList<string> Models) : ViolationRule;

    /// <summary>The provider has no model <paramref name="Value"/>; it has <paramref name="Models"/>.</summary>
    public sealed record UnknownModel(string Provider, string Value, IReadOnlyList<string> Models, string DefaultModel) : ViolationRule;
}

/// <summary>Models that allow <paramref name="Limit"/> characters.</summary>
public sealed record ModelAllowance(int Limit, IReadOnlyList<string> Models);
